import { useState } from 'preact/hooks';
import { type IsoDay } from '../../lib/dates/iso-day';
import { INTERACTION_LABELS } from '../../i18n/de/planner-choices';
import type { Contact, InteractionChannel } from '../../lib/planner/planner-schema';
import { logInteraction, removeInteraction } from '../../stores/planner-contacts';
import { ErrorSummary, useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import { announce } from './announce';
import { Field, opts, Select } from './fields';
import { focusSoon } from './Item';
import { formatDay } from '../../i18n/format';

const channels = opts(INTERACTION_LABELS);

/** A contact's log, newest first, and the form to add an interaction. */
export function InteractionLog({ contact, today, onLogged }: { contact: Contact; today: IsoDay; onLogged: () => void }) {
  const [date, setDate] = useState<string>(today);
  const [channel, setChannel] = useState<InteractionChannel>('treffen');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  useErrorTitle(errors.length > 0);
  const p = `verlauf-${contact.id}`;
  const log = [...contact.log].sort((a, b) => b.date.localeCompare(a.date));

  const submit = (event: Event) => {
    event.preventDefault();
    const message = !date ? 'Trag ein, wann ihr Kontakt hattet.' : date > today ? 'Dieser Tag liegt in der Zukunft. Geplante Treffen gehören zu den Aktionen.' : '';
    setErrors(message ? [{ fieldId: `${p}-datum`, message }] : []);
    if (message) return;
    logInteraction(contact.id, { date, channel, note: note.trim() });
    setNote('');
    onLogged();
  };

  return (
    <>
      <h4>Verlauf</h4>
      {log.length ? (
        <ul class="plain-list log-list">
          {log.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.date}>{formatDay(entry.date)}</time> · {INTERACTION_LABELS[entry.channel]}
              {entry.note && ` – ${entry.note}`}{' '}
              <button
                type="button"
                class="link"
                aria-label={`Löschen: Eintrag vom ${formatDay(entry.date)}`}
                onClick={() => {
                  removeInteraction(contact.id, entry.id);
                  announce('Eintrag gelöscht.');
                  focusSoon(`${p}-datum`);
                }}
              >
                Löschen
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>Noch kein Kontakt eingetragen. Dein Rhythmus zählt ab dem Tag, an dem du die Person angelegt hast.</p>
      )}
      <form class="add-form" onSubmit={submit} noValidate aria-labelledby={`${p}-titel`}>
        <h4 id={`${p}-titel`}>Kontakt eintragen</h4>
        <ErrorSummary errors={errors} />
        <div class="inline-fields">
          <Field id={`${p}-datum`} type="date" label="Wann?" value={date} onValue={setDate} error={errors[0]?.message} />
          <Select id={`${p}-weg`} label="Wie?" value={channel} options={channels} onValue={setChannel} />
        </div>
        <Field id={`${p}-notiz`} label="Notiz" optional maxLength={1000} value={note} onValue={setNote} hint="Worüber ihr gesprochen habt, was du zugesagt hast." />
        <button type="submit">Eintragen</button>
      </form>
    </>
  );
}
