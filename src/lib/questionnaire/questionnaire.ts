/**
 * The questionnaire's rules: validation, navigation, what the summary shows. Pure: no DOM, no
 * storage, no words. Every function that depends on the questions takes the list as its last
 * parameter (`QUESTIONS` by default), so a longer or shorter list works without a code change;
 * they return codes and values, and the island renders them with the dictionary.
 */
import { STORED_LIMITS, type Answers, type SelbsttestState } from './answers-schema';
import { HOURS_MAX, parseHours } from './hours';
import { UNKNOWN, type OptionValue, type Purpose } from './profile-options';
import { chosenPurposes, mainPurpose } from './purposes';
import { QUESTIONS, STEP_COUNT, type Field, type Question, type QuestionPart } from './questions';

export { chosenPurposes, mainPurpose };
export { QUESTIONS, STEP_COUNT, HOURS_MAX, parseHours };
export type { Field, Question, QuestionPart };

/** Form limits; storage keeps a little more so a too-long value can be shown and flagged. */
export const OFFER_DETAILS_MAX = 500;

/** The question of `step` (1 to the number of questions). */
export function questionForStep(step: number, questions: readonly Question[] = QUESTIONS): Question {
  // A stored step beyond the list (saved by a version with more questions) shows the last one.
  const question = questions[Math.min(Math.max(1, step), questions.length) - 1];
  if (!question) throw new Error('The question list is empty');
  return question;
}

/**
 * Where the reader is, for the honest progress line („Frage {n} von {total}“).
 * @example progress(3) // { n: 3, total: 9 }
 */
export function progress(step: number, questions: readonly Question[] = QUESTIONS): { n: number; total: number } {
  return { n: Math.min(Math.max(1, step), questions.length), total: questions.length };
}

/**
 * Whether a question page uses the question as the legend of its only input group (one part),
 * or shows it as a heading above several groups with their own legends.
 */
export function titleIsLegend(question: Question): boolean {
  return question.parts.length === 1;
}

// ---------------------------------------------------------------------------------------------
// Element ids: the error summary links to them, so validation and rendering must agree.

/**
 * The id of an input: a choice of a group, or the single input of a field.
 * @example inputId('form', 'online') // 'frage-form-online'
 */
export function inputId(field: Field, value?: string): string {
  return value === undefined ? `frage-${field}` : `frage-${field}-${value}`;
}

/** The id an error of `field` links to: the first choice of a group, or the input itself. */
export function errorTargetId(part: QuestionPart, answers: Answers): string {
  switch (part.kind) {
    case 'radio':
    case 'checkbox':
      return inputId(part.field, part.choices[0]!);
    case 'main-purpose':
      return inputId(part.field, chosenPurposes(answers)[0] ?? 'keiner');
    default:
      return inputId(part.field);
  }
}

// ---------------------------------------------------------------------------------------------
// Answers

/** Whether the reader must still say which purpose matters most. */
export function needsMainPurpose(answers: Answers): boolean {
  return chosenPurposes(answers).length >= 2;
}

/** The choices of the main-purpose question: the purposes chosen, once there are two or more; else none (the part is hidden). */
export function mainPurposeChoices(answers: Answers): Purpose[] {
  return needsMainPurpose(answers) ? chosenPurposes(answers) : [];
}

/** Whether `value` is ticked (checkbox) or selected (radio) in a choice part. */
export function isChosen(part: Extract<QuestionPart, { choices: readonly OptionValue[] }>, value: OptionValue, answers: Answers): boolean {
  const current = (answers as Record<string, unknown>)[part.field];
  return Array.isArray(current) ? current.includes(value) : current === value;
}

/** Whether a choice is the exclusive „Weiß ich noch nicht“, which the page sets apart with „oder“. */
export function isUnknownChoice(value: OptionValue): boolean {
  return value === UNKNOWN;
}

/**
 * Ticks or unticks one checkbox of a group. „Weiß ich noch nicht“ excludes every other
 * choice and the other way round, like GOV.UK's exclusive „none“ option.
 * @example toggleChoice(['unklar'], 'wissen', true, ['wissen', 'kontakte', 'unklar']) // ['wissen']
 */
export function toggleChoice<T extends string>(list: readonly T[], value: T, checked: boolean, order: readonly T[]): T[] {
  if (!checked) return list.filter((item) => item !== value);
  if (value === UNKNOWN) return [value];
  const next = new Set<T>(list.filter((item) => item !== UNKNOWN));
  next.add(value);
  return order.filter((item) => next.has(item));
}

/**
 * Applies a change and keeps the answers consistent: the main purpose stays one of the chosen
 * purposes, hours and „Weiß ich noch nicht“ exclude each other, and text stays within storage limits.
 */
export function applyAnswer(answers: Answers, patch: Partial<Answers>): Answers {
  const next: Answers = { ...answers, ...patch };
  if (patch.stunden !== undefined && patch.stunden !== '') next.stundenUnklar = false;
  if (patch.stundenUnklar === true) next.stunden = '';
  next.stunden = next.stunden.slice(0, STORED_LIMITS.stunden);
  next.angebotDetails = next.angebotDetails.slice(0, STORED_LIMITS.angebotDetails);
  if (next.hauptzweck !== null && !chosenPurposes(next).includes(next.hauptzweck)) next.hauptzweck = null;
  return next;
}

// ---------------------------------------------------------------------------------------------
// Validation

/** What is wrong with a part: unanswered, or a value the form cannot take. */
export type Problem = 'required' | 'hoursNumber' | 'hoursMax' | 'tooLong';

/** What stops the reader on one part, as codes: the island words it with `errors`. */
export interface StepError {
  field: Field;
  /** The element the error summary links to. */
  fieldId: string;
  problem: Problem;
  /** Values for the message: the limit (`max`) and, for too long a text, its length (`n`). */
  params: { max?: number; n?: number };
}

/** The value of a part's field; a tenth question's field works the same way. */
function valueOf(part: QuestionPart, answers: Answers): unknown {
  return (answers as Record<string, unknown>)[part.field];
}

/** The problem of one part, or null when the part is fine. */
function partProblem(part: QuestionPart, answers: Answers): Problem | null {
  switch (part.kind) {
    case 'radio':
      return valueOf(part, answers) == null ? 'required' : null;
    case 'checkbox': {
      const value = valueOf(part, answers);
      return !Array.isArray(value) || value.length === 0 ? 'required' : null;
    }
    case 'main-purpose':
      return needsMainPurpose(answers) && mainPurpose(answers) === null ? 'required' : null;
    case 'hours': {
      if (answers.stundenUnklar) return null;
      if (answers.stunden.trim() === '') return 'required';
      const hours = parseHours(answers.stunden);
      if (hours === null) return 'hoursNumber';
      return hours > HOURS_MAX ? 'hoursMax' : null;
    }
    case 'text':
      return answers[part.field].length > OFFER_DETAILS_MAX ? 'tooLong' : null;
  }
}

/** The parts of `step` that stop the reader from going on, with their problem. */
export function stepProblems(step: number, answers: Answers, questions: readonly Question[] = QUESTIONS): { part: QuestionPart; problem: Problem }[] {
  return questionForStep(step, questions)
    .parts.map((part) => ({ part, problem: partProblem(part, answers) }))
    .filter((p): p is { part: QuestionPart; problem: Problem } => p.problem !== null);
}

/**
 * What stops the reader from going on from `step`, as codes; empty when the step is answered.
 * @example validateStep(1, emptyAnswers()) // [{ field: 'form', fieldId: 'frage-form-online', problem: 'required', params: {} }]
 */
export function validateStep(step: number, answers: Answers, questions: readonly Question[] = QUESTIONS): StepError[] {
  return stepProblems(step, answers, questions).map(({ part, problem }) => ({
    field: part.field,
    fieldId: errorTargetId(part, answers),
    problem,
    params: problem === 'tooLong' ? { max: OFFER_DETAILS_MAX, n: answers.angebotDetails.length } : problem === 'hoursMax' ? { max: HOURS_MAX } : {},
  }));
}

/** Whether `step` is fully answered. */
export function isStepAnswered(step: number, answers: Answers, questions: readonly Question[] = QUESTIONS): boolean {
  return stepProblems(step, answers, questions).length === 0;
}

/** The steps still open, in order. */
export function openSteps(answers: Answers, questions: readonly Question[] = QUESTIONS): number[] {
  return questions.map((_, i) => i + 1).filter((step) => !isStepAnswered(step, answers, questions));
}

/** Whether every question is answered, so a result can be shown. */
export function isComplete(answers: Answers, questions: readonly Question[] = QUESTIONS): boolean {
  return openSteps(answers, questions).length === 0;
}

/** How many questions are answered. */
export function answeredCount(answers: Answers, questions: readonly Question[] = QUESTIONS): number {
  return questions.length - openSteps(answers, questions).length;
}

// ---------------------------------------------------------------------------------------------
// Navigation (GOV.UK question pages): pure transitions of the stored position.

/**
 * After a valid „Weiter“: the next question, or the summary after the last one – and straight
 * back to the summary once the reader has seen it (they came from an „Ändern“ link).
 */
export function goForward(state: SelbsttestState, questions: readonly Question[] = QUESTIONS): SelbsttestState {
  if (state.summaryReached || state.step >= questions.length) return { ...state, view: 'pruefen', summaryReached: true };
  return { ...state, step: state.step + 1, view: 'frage' };
}

/**
 * The back link: the previous question, the summary for a reader who came from there, and from
 * the summary (which the island also shows once the result has been seen) the last question.
 */
export function goBack(state: SelbsttestState, questions: readonly Question[] = QUESTIONS): SelbsttestState {
  if (state.view !== 'frage') return { ...state, view: 'frage', step: questions.length };
  if (state.summaryReached) return { ...state, view: 'pruefen' };
  return { ...state, step: Math.max(1, state.step - 1) };
}

/**
 * Whether the check-your-answers summary is one step away or on screen: on the summary (or the
 * result, which shows it), on the last question, or on a question the reader reached from the
 * summary. The island loads the summary's code then, so it is there when „Weiter“ leads to it.
 */
export function summaryIsNear(state: SelbsttestState, questions: readonly Question[] = QUESTIONS): boolean {
  return state.view !== 'frage' || goForward(state, questions).view !== 'frage';
}

/** Whether the question page shows a back link (not on the very first question of a first run). */
export function hasBack(state: SelbsttestState): boolean {
  return state.view !== 'frage' || state.summaryReached || state.step > 1;
}

/**
 * Where the back link and „Weiter“ of a question page lead: to the summary once the reader has
 * seen it, else to the previous / next question. Null for the back link when there is none.
 */
export function stepLinks(state: SelbsttestState): { back: 'summary' | 'question' | null; next: 'summary' | 'question' } {
  const target = state.summaryReached ? 'summary' : 'question';
  return { back: hasBack(state) ? target : null, next: target };
}

/** An „Ändern“ link of the summary. */
export function goToQuestion(state: SelbsttestState, step: number, questions: readonly Question[] = QUESTIONS): SelbsttestState {
  return { ...state, view: 'frage', step: Math.min(questions.length, Math.max(1, step)) };
}

/** Where the reader is in the questionnaire: what the browser's history remembers of each step. */
export interface Position {
  view: 'frage' | 'pruefen';
  step: number;
}

/** The position of a state, for a history entry (the result counts as the summary, which shows it). */
export function positionOf(state: SelbsttestState): Position {
  return { view: state.view === 'frage' ? 'frage' : 'pruefen', step: state.step };
}

/**
 * Back at a position from the browser's history („Zurück“/„Vor“): its question, or the summary once
 * the reader has reached it; anything else in the entry is ignored (null: not ours).
 * @example goToPosition(state, { view: 'frage', step: 2 }) // question 2
 */
export function goToPosition(state: SelbsttestState, entry: unknown, questions: readonly Question[] = QUESTIONS): SelbsttestState | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { view, step } = entry as Partial<Position>;
  if (view === 'pruefen') return state.summaryReached ? { ...state, view: 'pruefen' } : goToQuestion(state, state.step, questions);
  if (view === 'frage' && typeof step === 'number' && Number.isInteger(step)) return goToQuestion(state, step, questions);
  return null;
}

/** Marks the result as seen (the result page shows it); only once every question is answered. */
export function goToResult(state: SelbsttestState, questions: readonly Question[] = QUESTIONS): SelbsttestState {
  return isComplete(state.answers, questions) ? { ...state, view: 'ergebnis', summaryReached: true } : state;
}

/** Whether the reader has begun: anything answered or moved past the first question. */
export function started(state: SelbsttestState, questions: readonly Question[] = QUESTIONS): boolean {
  return state.step > 1 || state.view !== 'frage' || answeredCount(state.answers, questions) > 0;
}
