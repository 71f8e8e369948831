import { useState } from 'preact/hooks';
import { isValidBirthday } from '../../lib/follow-up';
import { ErrorMessage } from '../shared/ErrorSummary';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Birthday as day and month (no year: a greeting needs none). Only a complete, possible day – or
 * none – is saved; a half-picked one shows a message.
 */
export function BirthdayField({ id, value, onBirthday }: { id: string; value: string; onBirthday: (monthDay: string) => void }) {
  const [month, setMonth] = useState(value.slice(0, 2));
  const [day, setDay] = useState(value.slice(3));
  const raw = month || day ? `${month}-${day}` : '';
  const error = raw && !isValidBirthday(raw) ? (month && day ? 'Diesen Tag gibt es im gewählten Monat nicht.' : 'Wähl Tag und Monat – oder lass beides leer.') : undefined;
  const pick = (m: string, d: string) => {
    setMonth(m);
    setDay(d);
    const next = m || d ? `${m}-${d}` : '';
    if (!next || isValidBirthday(next)) onBirthday(next);
  };
  const select = (part: 'tag' | 'monat', label: string, current: string, options: string[], names: (i: number) => string) => (
    <div>
      <label for={`${id}-${part}`}>{label}</label>
      <select id={`${id}-${part}`} value={current} aria-describedby={error && `${id}-error`} onChange={(e) => (part === 'tag' ? pick(month, e.currentTarget.value) : pick(e.currentTarget.value, day))}>
        <option value="">–</option>
        {options.map((o, i) => (
          <option key={o} value={o}>
            {names(i)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset class={error ? 'field field-error' : 'field'}>
      <legend>Geburtstag (optional)</legend>
      <ErrorMessage id={`${id}-error`} message={error} />
      <div class="inline-fields">
        {select('tag', 'Tag', day, Array.from({ length: 31 }, (_, i) => pad(i + 1)), (i) => `${i + 1}.`)}
        {select('monat', 'Monat', month, MONTHS.map((_, i) => pad(i + 1)), (i) => MONTHS[i]!)}
      </div>
    </fieldset>
  );
}
