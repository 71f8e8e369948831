/** The input groups of a question page. They show answers and report changes; no rules here. */
import { Fragment, type ComponentChildren } from 'preact';
import type { Answers } from '../../lib/questionnaire/answers-schema';
import { HOURS_MAX, inputId, isChosen, isUnknownChoice, mainPurposeChoices, type Field, type QuestionPart } from '../../lib/questionnaire/questionnaire';
import type { ChoiceText } from '../../i18n/de/selbsttest';
import { fill } from '../../i18n/format';
import { toggleAnswer } from '../../stores/answers';
import { UNKNOWN, type OptionValue } from '../../lib/questionnaire/profile-options';
import { ErrorMessage } from '../shared/ErrorSummary';
import type { SelbsttestTexts } from './texts';

const hintId = (field: string) => `${field}-hinweis`;
const errorId = (field: string) => `${field}-fehler`;
const ids = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(' ') || undefined;

interface GroupProps {
  /** The legend: the page heading for a one-part question, a smaller label otherwise. */
  legend: ComponentChildren;
  /** Shown right under the legend, before the hint (the „why we ask“ line). */
  intro?: ComponentChildren;
  hint?: string | undefined;
  field: Field;
  error: string | undefined;
  /** Extra ids for aria-describedby, e.g. the „why we ask“ line. */
  describedBy?: string | undefined;
  children: ComponentChildren;
}

/** A fieldset with legend, hint and inline error, in the GOV.UK order. */
function Group({ legend, intro, hint, field, error, describedBy, children }: GroupProps) {
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <fieldset aria-describedby={ids(describedBy, hint && hintId(field), error && errorId(field))}>
        <legend>{legend}</legend>
        {intro}
        {hint && (
          <p class="hint" id={hintId(field)}>
            {hint}
          </p>
        )}
        <ErrorMessage id={errorId(field)} message={error} />
        {children}
      </fieldset>
    </div>
  );
}

interface ChoiceProps {
  type: 'radio' | 'checkbox';
  field: Field;
  value: OptionValue;
  text: ChoiceText;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function Choice({ type, field, value, text, checked, onChange }: ChoiceProps) {
  const id = inputId(field, value);
  return (
    <div class="choice">
      <input type={type} id={id} name={field} value={value} checked={checked} aria-describedby={text.hint && hintId(id)} onChange={(event) => onChange(event.currentTarget.checked)} />
      <div>
        <label for={id}>{text.label}</label>
        {text.hint && (
          <p class="hint" id={hintId(id)}>
            {text.hint}
          </p>
        )}
      </div>
    </div>
  );
}

interface PartProps {
  part: QuestionPart;
  answers: Answers;
  texts: SelbsttestTexts;
  legend: ComponentChildren;
  intro?: ComponentChildren;
  error: string | undefined;
  describedBy?: string | undefined;
  onChange: (patch: Partial<Answers>) => void;
  /** Enter in the hours field means „Weiter“, as in a form. */
  onEnter: () => void;
}

/** One input group of a question, whatever its kind. */
export function Part({ part, answers, texts, legend, intro, error, describedBy, onChange, onEnter }: PartProps) {
  const { field } = part;
  const group = { legend, intro, field, error, describedBy, hint: texts.parts[field]?.hint };
  const or = (
    <p class="choice-or" aria-hidden="true">
      {texts.ui.or}
    </p>
  );
  const choiceText = (value: OptionValue, from: string = field) => texts.choices[from]?.[value] ?? { label: value };

  if (part.kind === 'radio' || part.kind === 'checkbox') {
    return (
      <Group {...group}>
        <div class="choices">
          {part.choices.map((value) => (
            <Fragment key={value}>
              {isUnknownChoice(value) && or}
              <Choice
                type={part.kind}
                field={field}
                value={value}
                text={choiceText(value)}
                checked={isChosen(part, value, answers)}
                onChange={(checked) => (part.kind === 'radio' ? onChange({ [field]: value }) : toggleAnswer(part.field, value, checked, part.choices))}
              />
            </Fragment>
          ))}
        </div>
      </Group>
    );
  }

  if (part.kind === 'main-purpose') {
    const chosen = mainPurposeChoices(answers);
    if (chosen.length === 0) return null;
    return (
      <Group {...group}>
        <div class="choices">
          {chosen.map((purpose) => (
            <Choice key={purpose} type="radio" field={field} value={purpose} text={choiceText(purpose, 'zwecke')} checked={answers.hauptzweck === purpose} onChange={() => onChange({ hauptzweck: purpose })} />
          ))}
        </div>
      </Group>
    );
  }

  if (part.kind === 'hours') {
    const id = inputId(field);
    return (
      <Group {...group}>
        <div class="hours">
          <label for={id}>{texts.parts[field]?.legend}</label>
          <input
            type="text"
            inputMode="decimal"
            id={id}
            class="input-hours"
            autoComplete="off"
            spellcheck={false}
            value={answers.stunden}
            aria-describedby={ids('stunden-format', error && errorId(field))}
            onInput={(event) => onChange({ stunden: event.currentTarget.value })}
            onKeyDown={(event) => event.key === 'Enter' && onEnter()}
          />
          <p class="hint" id="stunden-format">
            {fill(texts.ui.hoursFormat, { max: HOURS_MAX })}
          </p>
        </div>
        {or}
        <div class="choice">
          <input type="checkbox" id={inputId(field, UNKNOWN)} checked={answers.stundenUnklar} onChange={(event) => onChange({ stundenUnklar: event.currentTarget.checked })} />
          <label for={inputId(field, UNKNOWN)}>{choiceText(UNKNOWN).label}</label>
        </div>
      </Group>
    );
  }

  const id = inputId(field);
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id}>{texts.parts[field]?.legend}</label>
      <p class="hint" id={hintId(field)}>
        {texts.parts[field]?.hint}
      </p>
      <ErrorMessage id={errorId(field)} message={error} />
      <textarea id={id} rows={3} value={answers.angebotDetails} aria-describedby={ids(hintId(field), error && errorId(field))} onInput={(event) => onChange({ angebotDetails: event.currentTarget.value })} />
    </div>
  );
}
