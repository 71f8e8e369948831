/** Fields whose text must pass a check before it is saved: numbers, required names, birthdays. */
import { useEffect, useState } from 'preact/hooks';
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
 * The check for a whole number (or with `decimals`, a decimal with comma or point) in a range;
 * with `empty`, an empty field is valid and means null.
 * @example numberCheck(0, 99)('12') // { ok: 12 }
 */
export function numberCheck(min: number, max: number, decimals = false, empty = false) {
  return (text: string): { ok: number | null } | string => {
    const t = text.trim();
    if (t === '' && empty) return { ok: null };
    const n = Number(t.replace(',', '.'));
    return t && Number.isFinite(n) && n >= min && n <= max && (decimals || Number.isInteger(n)) ? { ok: n } : `Gib eine ${decimals ? '' : 'ganze '}Zahl von ${min} bis ${max} ein.`;
  };
}

/** The check for text that must not be empty. */
export const requiredCheck =
  (message: string) =>
  (text: string): { ok: string } | string =>
    text.trim() ? { ok: text } : message;
