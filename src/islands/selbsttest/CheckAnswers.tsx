/**
 * „Prüf deine Antworten“: every answer with an „Ändern“ link, then on to the result. A lazy part of
 * the Selbsttest island (byte budget of the first load), which loads it once the summary is near
 * (`summaryIsNear`).
 */
import type { Answers } from '../../lib/questionnaire/answers-schema';
import { changeButtonId, openQuestions, summaryRows } from '../../lib/questionnaire/summary';
import { fill } from '../../i18n/format';
import { ErrorSummary, type FieldError } from '../shared/ErrorSummary';
import { HEADING_ID } from './QuestionStep';
import { answerText, openQuestionText } from './render-summary';
import type { SelbsttestTexts } from './texts';

interface Props {
  answers: Answers;
  texts: SelbsttestTexts;
  errors: readonly FieldError[];
  onChange: (step: number) => void;
  onResult: () => void;
  onBack: () => void;
}

/** The summary's errors for the questions still open, each linking to its „Ändern“ button; empty when all are answered. */
export function summaryErrors(answers: Answers, texts: SelbsttestTexts): FieldError[] {
  return openQuestions(answers).map((q) => ({ fieldId: changeButtonId(q.step), message: openQuestionText(q, texts) }));
}

export function CheckAnswers({ answers, texts, errors, onChange, onResult, onBack }: Props) {
  const ui = texts.ui;
  return (
    <section aria-labelledby={HEADING_ID}>
      <button type="button" class="link back-link" onClick={onBack}>
        {ui.back}
      </button>
      <ErrorSummary errors={errors} />
      <h2 id={HEADING_ID} class="legend-page" tabIndex={-1}>
        {ui.checkTitle}
      </h2>
      <p>{ui.checkIntro}</p>
      <dl class="summary-list">
        {summaryRows(answers).map((row) => {
          const label = texts.questions[row.id]?.short ?? row.id;
          return (
            <div key={row.step}>
              <dt>{label}</dt>
              <dd>{row.answer ? answerText(row.id, row.answer, texts) : <span class="muted">{ui.notAnswered}</span>}</dd>
              <dd>
                <button type="button" class="link" id={changeButtonId(row.step)} onClick={() => onChange(row.step)}>
                  {row.answer ? ui.change : ui.answer}
                  <span class="visually-hidden">{fill(ui.changeWhich, { frage: label })}</span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <div class="actions">
        <button type="button" onClick={onResult}>
          {ui.showResult}
        </button>
      </div>
    </section>
  );
}
