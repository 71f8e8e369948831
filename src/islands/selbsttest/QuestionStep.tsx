/** One question page: back link, progress, the question, its fields and „Weiter“. */
import type { Answers, SelbsttestState } from '../../lib/questionnaire/answers-schema';
import { progress, questionForStep, stepLinks, titleIsLegend, type StepError } from '../../lib/questionnaire/questionnaire';
import { fill } from '../../i18n/format';
import { ErrorSummary, type FieldError } from '../shared/ErrorSummary';
import { Part } from './fields';
import type { SelbsttestTexts } from './texts';
import { chapterRoute } from '../../lib/site/routes';

/** Every page of the island has one heading with this id; focus moves there on each step. */
export const HEADING_ID = 'schritt-titel';

interface Props {
  state: SelbsttestState;
  texts: SelbsttestTexts;
  /** The step's problems, already in words (kept as state, so the summary takes focus once). */
  errors: readonly (StepError & FieldError)[];
  onChange: (patch: Partial<Answers>) => void;
  onContinue: () => void;
  onBack: () => void;
}

export function QuestionStep({ state, texts, errors, onChange, onContinue, onBack }: Props) {
  const question = questionForStep(state.step);
  const words = texts.questions[question.id];
  const single = titleIsLegend(question);
  const links = stepLinks(state);
  const heading = (
    <h2 id={HEADING_ID} class="legend-page" tabIndex={-1}>
      {words?.title}
    </h2>
  );
  const why = (
    <p class="why" id="warum">
      <strong>{texts.ui.why}</strong> {words?.why} <a href={chapterRoute(question.chapter)}>{fill(texts.ui.chapterMore, { titel: texts.chapters[question.chapter] })}</a>
    </p>
  );

  return (
    <section aria-labelledby={HEADING_ID}>
      {links.back && (
        <button type="button" class="link back-link" onClick={onBack}>
          {links.back === 'summary' ? texts.ui.backToSummary : texts.ui.back}
        </button>
      )}
      <ErrorSummary errors={errors} />
      <p class="step-progress">{fill(texts.ui.progress, progress(state.step))}</p>
      {!single && heading}
      {!single && why}
      {question.parts.map((part) => (
        <Part
          key={part.field}
          part={part}
          answers={state.answers}
          texts={texts}
          legend={single ? heading : texts.parts[part.field]?.legend}
          intro={single && why}
          error={errors.find((e) => e.field === part.field)?.message}
          describedBy={single ? 'warum' : undefined}
          onChange={onChange}
          onEnter={onContinue}
        />
      ))}
      <div class="actions">
        <button type="button" onClick={onContinue}>
          {links.next === 'summary' ? texts.ui.nextToSummary : texts.ui.next}
        </button>
      </div>
    </section>
  );
}
