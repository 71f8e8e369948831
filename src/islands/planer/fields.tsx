/** Labelled form controls in the shared look (`.field`, `.hint`, `.error-message`). */
import type { ComponentChildren } from 'preact';
import { ErrorMessage } from '../shared/ErrorSummary';
import { useCommonTexts } from './common-texts';

interface Base {
  id: string;
  label: string;
  hint?: string | undefined;
  optional?: boolean;
  error?: string | undefined;
}

/** Label, hint and error message around a control; `children` gets the ids to describe it by. */
function Shell({ id, label, hint, optional, error, children }: Base & { children: (describedBy: string | undefined) => ComponentChildren }) {
  const texts = useCommonTexts();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>
        {label}
        {optional && ` ${texts.optional}`}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      {children(describedBy)}
    </div>
  );
}

/**
 * A text field (a text area with `rows`, a date field with `type="date"`) that reports every
 * keystroke. Dates are '' while empty or incomplete. `maxLength` comes from `PLANNER_LIMITS`.
 */
export function Field(props: Base & { value: string; onValue: (value: string) => void; type?: 'text' | 'date'; rows?: number; maxLength?: number; inputMode?: 'numeric' | 'decimal'; list?: string | undefined }) {
  const { id, value, onValue, type = 'text', rows, maxLength, error, inputMode, list } = props;
  return (
    <Shell {...props}>
      {(describedBy) => {
        const common = { id, value, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, onInput: (e: Event) => onValue((e.currentTarget as HTMLInputElement).value) };
        return rows ? <textarea {...common} rows={rows} maxLength={maxLength} /> : <input {...common} type={type} {...(type === 'date' ? { min: '1900-01-01', max: '2200-12-31' } : { maxLength, autoComplete: 'off', inputMode, list, class: inputMode && 'narrow' })} />;
      }}
    </Shell>
  );
}

/** The `[value, label]` pairs of a label record, in its order. */
export const opts = <K extends string>(labels: Record<K, string>) => Object.entries(labels) as [K, string][];

/** A select from `[value, label]` pairs. */
export function Select<T extends string>(props: Base & { value: T; options: readonly (readonly [T, string])[]; onValue: (value: T) => void }) {
  const { id, value, options, onValue } = props;
  return (
    <Shell {...props}>
      {(describedBy) => (
        <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onValue(e.currentTarget.value as T)}>
          {options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Shell>
  );
}
