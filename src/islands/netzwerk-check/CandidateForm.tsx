/**
 * The add/edit form of a candidate. Its fields come from lib's CANDIDATE_FORM with their words
 * added on the server (texts.ts); this renders any of them and keeps the draft until „Speichern“.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DRAFT_FIELD_IDS, emptyDraft, sameName, validateDraft, type CandidateDraft, type DraftError } from '../../lib/fit/candidate-draft';
import { answeredKeys, withKindDefaults } from '../../lib/fit/kind-defaults';
import type { KindId } from '../../lib/profile/network-kinds';
import type { Candidate } from '../../lib/fit/candidates-schema';
import { fill } from '../../i18n/format';
import { CancelButton } from '../shared/CancelButton';
import { ErrorMessage, ErrorSummary, useErrorTitle, type FieldError } from '../shared/ErrorSummary';
import type { EditorTexts, FormField } from './texts';

interface Props {
  texts: EditorTexts;
  /** The draft to start from: a saved candidate's, or empty for a new one. */
  initial?: CandidateDraft | undefined;
  /** Hours per month from the questionnaire, shown with the time item. */
  budget: string | null;
  onSave: (draft: CandidateDraft) => void;
  /** Told whether the form differs from what it opened with, so the page's „Zurück“ link can ask too. */
  onChanged?: (changed: boolean) => void;
  /** The save button's words when not „Speichern“ (e.g. „Als neuen Eintrag speichern“ after a delete elsewhere). */
  saveLabel?: string | undefined;
  /** Where „Abbrechen“ leads. */
  cancelHref: string;
  /** The list's candidates, for the hint on a name that is already there; `ownId` is the edited one. */
  others: readonly Pick<Candidate, 'id' | 'name'>[];
  ownId: string | null;
}

type Value = string | string[];

/** The value at `key` of a draft; „ratings.form“ reaches into the ratings. */
function read(draft: CandidateDraft, key: string): Value {
  const [head, tail] = key.split('.') as [keyof CandidateDraft, string | undefined];
  const value = draft[head];
  return tail ? (value as unknown as Record<string, Value>)[tail]! : (value as Value);
}

/** A copy of the draft with `value` at `key`. */
function write(draft: CandidateDraft, key: string, value: Value): CandidateDraft {
  const [head, tail] = key.split('.') as [keyof CandidateDraft, string | undefined];
  return { ...draft, [head]: tail ? { ...(draft[head] as object), [tail]: value } : value };
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function CandidateForm({ texts, initial, budget, onSave, onChanged, saveLabel, cancelHref, others, ownId }: Props) {
  const [start] = useState<CandidateDraft>(() => initial ?? emptyDraft());
  const [draft, setDraft] = useState<CandidateDraft>(start);
  const changed = JSON.stringify(draft) !== JSON.stringify(start);
  useEffect(() => onChanged?.(changed), [changed]);
  // Fields the reader set (or that a saved candidate already had): choosing a kind never overwrites them.
  const kept = useRef<Set<string>>(answeredKeys(start));
  const [errors, setErrors] = useState<DraftError[]>([]);
  useErrorTitle(errors.length > 0);
  const messages: FieldError[] = errors.map((e) => ({ fieldId: DRAFT_FIELD_IDS[e.field], message: fill(texts.errors[e.code], e) }));

  const save = () => {
    const found = validateDraft(draft);
    setErrors(found);
    if (found.length === 0) onSave(draft);
  };
  const set = (key: string, value: Value) => {
    if (key === 'kind') return setDraft((d) => withKindDefaults(d, value as KindId | '', kept.current));
    kept.current.add(key);
    setDraft((d) => write(d, key, value));
  };

  function field(f: FormField) {
    const hintText = f.type === 'group' && f.showsBudget && budget ? `${f.hint} ${fill(texts.ui.budget, { stunden: budget })}` : f.type !== 'select' && f.hint;
    const hintId = hintText && `${f.id}-hinweis`;
    const hintLine = hintText && (
      <p class="hint" id={hintId || undefined}>
        {hintText}
      </p>
    );

    if (f.type === 'group') {
      return (
        <fieldset class="group" key={f.id} aria-describedby={hintId || undefined}>
          <legend>{f.label}</legend>
          {hintLine}
          <div class={f.id === 'bewertung' ? 'ratings' : undefined}>{f.fields.map(field)}</div>
        </fieldset>
      );
    }

    const value = read(draft, f.key);
    if (f.type === 'checkboxes' || f.type === 'radios') {
      const list = Array.isArray(value) ? value : [value];
      return (
        <fieldset class={f.type === 'radios' ? 'field check-item' : 'field'} key={f.id} aria-describedby={hintId || undefined}>
          <legend>{f.label}</legend>
          {hintLine}
          <div class={f.type === 'radios' ? 'choices-inline' : 'choices'}>
            {f.options.map(([option, label]) => (
              <div class="choice" key={option}>
                <input
                  type={f.type === 'radios' ? 'radio' : 'checkbox'}
                  id={`${f.id}-${option}`}
                  name={f.id}
                  checked={list.includes(option)}
                  onChange={(event) => {
                    const checked = event.currentTarget.checked;
                    // Against the newest draft, so that quick successive ticks all count.
                    kept.current.add(f.key);
                    setDraft((d) => {
                      const current = read(d, f.key);
                      const ticked = (o: string) => (o === option ? checked : current.includes(o));
                      return write(d, f.key, f.type === 'radios' ? option : f.options.map(([o]) => o).filter(ticked));
                    });
                  }}
                />
                <label for={`${f.id}-${option}`}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      );
    }

    if (f.type === 'select') {
      return (
        <div class="field" key={f.id}>
          <label for={f.id}>{f.label}</label>
          <select id={f.id} value={value as string} onChange={(event) => set(f.key, event.currentTarget.value)}>
            {f.options.map(([option, label]) => (
              <option key={option} value={option}>
                {label}
              </option>
            ))}
          </select>
        </div>
      );
    }

    const error = messages.find((m) => m.fieldId === f.id)?.message;
    const errorId = error && `${f.id}-fehler`;
    const twin = f.key === 'name' && sameName(draft.name, others, ownId);
    const common = {
      id: f.id,
      value: value as string,
      'aria-describedby': describedBy(hintId, errorId, twin && 'kandidat-doppelt'),
      onInput: (event: Event) => set(f.key, (event.currentTarget as HTMLInputElement).value),
    };
    return (
      <div class={error ? 'field field-error' : 'field'} key={f.id}>
        <label for={f.id}>{f.label}</label>
        {hintLine}
        <ErrorMessage id={`${f.id}-fehler`} message={error} />
        {f.type === 'textarea' ? (
          <textarea {...common} rows={3} />
        ) : (
          <input {...common} type="text" inputMode={f.key === 'stunden' ? 'decimal' : undefined} autoComplete="off" spellcheck={f.key === 'name'} onKeyDown={(event) => event.key === 'Enter' && save()} />
        )}
        {twin && (
          <p class="hint" id="kandidat-doppelt">
            {texts.ui.duplicate}
          </p>
        )}
      </div>
    );
  }

  return (
    <div class="candidate-form">
      <ErrorSummary errors={messages} />
      {texts.form.map(field)}
      <div class="actions">
        <button type="button" id="kandidat-speichern" onClick={save}>
          {saveLabel ?? texts.ui.save}
        </button>
        <CancelButton id="kandidat-abbrechen" label={texts.ui.cancel} href={cancelHref} changed={changed} onCancel={() => location.assign(cancelHref)} texts={texts.ui.form} />
      </div>
    </div>
  );
}
