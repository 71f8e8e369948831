/** Fields whose text must pass a check before it is saved: numbers, required names, birthdays. */
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../i18n/format';
import type { PlanerTexts } from '../../i18n/de/planer';
import { filledText, readNumber, type NumberRange } from '../../lib/planner/input-checks';
import { Field } from './fields';

type FieldProps = Parameters<typeof Field>[0];

/**
 * A field for a value that must pass `check` before it is saved: what the reader typed stays in
 * the field with a message, and only valid values reach the store (so storage never holds a
 * half-typed number or an empty name). `check` returns the value to save or an error message.
 */
export function CheckedField<T>(props: Omit<FieldProps, 'value' | 'onValue' | 'type'> & { value: T; show: (value: T) => string; check: (text: string) => { ok: T } | string; onValid: (value: T) => void; rows?: number; maxLength?: number; inputMode?: 'numeric' | 'decimal' }) {
  const { value, show, check, onValid } = props;
  const [text, setText] = useState(show(value));
  const result = check(text);
  // A change from elsewhere (another tab) replaces the text unless it means the same.
  useEffect(() => {
    const current = check(text);
    if (typeof current === 'string' || current.ok !== value) setText(show(value));
  }, [value]);
  return (
    <Field
      {...props}
      value={text}
      error={typeof result === 'string' ? result : undefined}
      onValue={(t) => {
        setText(t);
        const next = check(t);
        if (typeof next !== 'string') onValid(next.ok);
      }}
    />
  );
}

/**
 * The check for a number field: `readNumber` with the field's range, its problem in the page's words.
 * @example numberCheck(NUMBER_RANGES.channelTimes, texts.numbers)('12') // { ok: 12 }
 */
export function numberCheck(range: NumberRange, texts: PlanerTexts['common']['numbers']) {
  return (text: string): { ok: number | null } | string => {
    const result = readNumber(text, range);
    return 'ok' in result ? result : fill(texts[result.problem.code], { min: result.problem.min, max: result.problem.max });
  };
}

/** The check for text that must not be blank (`filledText`); the text is kept as typed. */
export const requiredCheck =
  (message: string) =>
  (text: string): { ok: string } | string =>
    filledText(text) === null ? message : { ok: text };
