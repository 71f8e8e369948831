/**
 * What the check-your-answers summary shows, as codes: each question's answer in pieces, the
 * questions still open, and the ids the summary's error links to. Pure, like questionnaire.ts, and
 * apart from it so that the summary's code loads with the summary (a lazy part of the Selbsttest
 * island, byte budget of the first load).
 */
import type { Answers } from './answers-schema';
import { UNKNOWN, type OptionValue } from './profile-options';
import { mainPurpose } from './purposes';
import { QUESTIONS, type Question, type QuestionPart } from './questions';
import { isStepAnswered, needsMainPurpose, openSteps, questionForStep } from './questionnaire';
import { parseHours } from './hours';

/** The value of a part's field; a tenth question's field works the same way. */
const valueOf = (part: QuestionPart, answers: Answers): unknown => (answers as Record<string, unknown>)[part.field];

/** An unanswered question, for the summary's error („Beantworte noch die Frage …“). */
export interface OpenQuestion {
  step: number;
  /** The question's id: its short name is `questions[id].short`. */
  id: string;
  total: number;
}

/** The questions still open, with what the summary's error says about each. */
export function openQuestions(answers: Answers, questions: readonly Question[] = QUESTIONS): OpenQuestion[] {
  return openSteps(answers, questions).map((step) => ({ step, id: questionForStep(step, questions).id, total: questions.length }));
}

/** One piece of an answer: chosen options (shown by their labels), hours, or the reader's own text. */
export type AnswerPiece = { kind: 'options'; values: readonly OptionValue[] } | { kind: 'hours'; hours: number } | { kind: 'text'; text: string };

/**
 * A question's answer as codes. `pieces` are keyed by field (`stundenUnklar` for hours not yet
 * known); `variant` is the present fields joined by „+“ (e.g. `zwecke+hauptzweck`), the key of
 * the template in `summary[questionId]`. Without a template, a single piece is shown on its own.
 */
export interface AnswerSummary {
  variant: string;
  pieces: Readonly<Record<string, AnswerPiece>>;
}

/** The summary pieces of one part; main-purpose and text parts refine the question's checkbox part. */
function partPieces(part: QuestionPart, answers: Answers): [string, AnswerPiece][] {
  const options = (values: readonly OptionValue[]): AnswerPiece => ({ kind: 'options', values });
  switch (part.kind) {
    case 'radio':
      return [[part.field, options([valueOf(part, answers) as OptionValue])]];
    case 'checkbox': {
      const main = part.field === 'zwecke' && needsMainPurpose(answers) ? mainPurpose(answers) : null;
      const values = valueOf(part, answers) as readonly OptionValue[];
      return [[part.field, options(main === null ? values : values.filter((v) => v !== main))]];
    }
    case 'main-purpose': {
      const main = needsMainPurpose(answers) ? mainPurpose(answers) : null;
      return main === null ? [] : [[part.field, options([main])]];
    }
    case 'hours':
      return answers.stundenUnklar ? [['stundenUnklar', options([UNKNOWN])]] : [[part.field, { kind: 'hours', hours: parseHours(answers.stunden)! }]];
    case 'text': {
      const text = answers[part.field].trim();
      return text === '' ? [] : [[part.field, { kind: 'text', text }]];
    }
  }
}

/**
 * The answer of one step as codes, or null while it is not (fully) answered.
 * @example answerSummary(3, PROFILES.freiberuflerinRegional) // { variant: 'groesse+zusammensetzung', pieces: { groesse: { kind: 'options', values: ['klein'] }, … } }
 */
export function answerSummary(step: number, answers: Answers, questions: readonly Question[] = QUESTIONS): AnswerSummary | null {
  if (!isStepAnswered(step, answers, questions)) return null;
  const pieces = questionForStep(step, questions).parts.flatMap((part) => partPieces(part, answers));
  return { variant: pieces.map(([field]) => field).join('+'), pieces: Object.fromEntries(pieces) };
}

export interface SummaryRow {
  step: number;
  /** The question's id: its short name is `questions[id].short`. */
  id: string;
  /** The answer; null while unanswered (the row then offers „Beantworten“ instead of „Ändern“). */
  answer: AnswerSummary | null;
}

/** The id of the „Ändern“ button of a step in the summary; the summary's error links to it. */
export const changeButtonId = (step: number) => `aendern-${step}`;

/** The rows of the check-your-answers summary, one per question. */
export function summaryRows(answers: Answers, questions: readonly Question[] = QUESTIONS): SummaryRow[] {
  return questions.map((q, i) => ({ step: i + 1, id: q.id, answer: answerSummary(i + 1, answers, questions) }));
}
