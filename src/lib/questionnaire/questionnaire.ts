/**
 * The „ideal network“ questionnaire as data, with its validation and navigation.
 * Pure: no DOM, no storage. The island renders `QUESTIONS` and calls these functions; the
 * questions' words are in questionnaire-texts.ts (the page hands them to the island as data).
 */
import { STEP_COUNT, STORED_LIMITS, type Answers, type SelbsttestState } from './answers-schema';
import { HOURS_MAX, parseHours } from './hours';
import { formatHours } from '../../i18n/units';
import type { ChapterSlug } from '../guide/guide-links';
import { ACCESSES, COMPOSITIONS, FORMS, LEVELS, OFFERS, PURPOSES, REACHES, SIZES, TONES, UNKNOWN, type Labels, type OptionValue } from './profile-options';
import { fill, formatList } from '../../i18n/format';
import { chosenPurposes, mainPurpose } from './purposes';

export { chosenPurposes, mainPurpose };

export { STEP_COUNT, HOURS_MAX, parseHours };

/** Form limits; storage keeps a little more so a too-long value can be shown and flagged. */
export const OFFER_DETAILS_MAX = 500;

type SingleField = 'form' | 'groesse' | 'zusammensetzung' | 'reichweite' | 'zugang' | 'ton';
type MultiField = 'zwecke' | 'angebot' | 'ebenen';

/** One input group of a question page. Its words come from `QuestionnaireTexts`. */
export type QuestionPart =
  | { kind: 'radio'; field: SingleField; choices: readonly OptionValue[] }
  | { kind: 'checkbox'; field: MultiField; choices: readonly OptionValue[] }
  /** Radios built from the purposes the reader chose; shown only for two or more. */
  | { kind: 'main-purpose'; field: 'hauptzweck' }
  | { kind: 'hours'; field: 'stunden' }
  | { kind: 'text'; field: 'angebotDetails' };

export type Field = QuestionPart['field'];

export interface Question {
  step: number;
  /** The guide chapter behind the question. */
  chapter: ChapterSlug;
  parts: readonly QuestionPart[];
}

/** The words of one question page. */
export interface QuestionText {
  /** The question as the page heading. */
  title: string;
  /** Name of the row in the check-your-answers summary. */
  short: string;
  /** One line: why we ask. */
  why: string;
}

export interface ChoiceText {
  label: string;
  hint?: string;
}

/**
 * Every word of the questionnaire's pages, kept apart from the logic so that the page can hand
 * it to the island as data (HTML) instead of shipping it as JavaScript. See questionnaire-texts.ts.
 */
export interface QuestionnaireTexts {
  /** By step: `questions[step - 1]`. */
  questions: readonly QuestionText[];
  /** Legend and hint of each input group (for one-part questions the title is the legend). */
  parts: Readonly<Record<Field, { legend: string; hint?: string }>>;
  /** Label and hint of each choice, by field and value. */
  choices: Readonly<Partial<Record<Field, Readonly<Partial<Record<OptionValue, ChoiceText>>>>>>;
  /** Short names of the options (profile-options LABELS), for the summary. */
  labels: Labels;
  /** Summary sentences; `{name}` is filled in. */
  summary: { purposes: string; size: string; hours: string };
  /** Validation messages: what to do when a part is unanswered, and for the other problems. */
  errors: Readonly<Record<Field, string>> & { hoursNumber: string; hoursMax: string; tooLong: string };
}

const withUnknown = <T extends OptionValue>(values: readonly T[]): readonly OptionValue[] => [...values, UNKNOWN];

/** The nine questions, in order. `QUESTIONS[step - 1]` is the question of a step. */
export const QUESTIONS: readonly Question[] = [
  { step: 1, chapter: 'online-und-offline', parts: [{ kind: 'radio', field: 'form', choices: withUnknown(FORMS) }] },
  {
    step: 2,
    chapter: 'ziele-und-zielgruppen',
    parts: [
      { kind: 'checkbox', field: 'zwecke', choices: withUnknown(PURPOSES) },
      { kind: 'main-purpose', field: 'hauptzweck' },
    ],
  },
  {
    step: 3,
    chapter: 'passendes-netzwerk-finden',
    parts: [
      { kind: 'radio', field: 'groesse', choices: withUnknown(SIZES) },
      { kind: 'radio', field: 'zusammensetzung', choices: withUnknown(COMPOSITIONS) },
    ],
  },
  { step: 4, chapter: 'online-und-offline', parts: [{ kind: 'radio', field: 'reichweite', choices: withUnknown(REACHES) }] },
  { step: 5, chapter: 'passendes-netzwerk-finden', parts: [{ kind: 'radio', field: 'zugang', choices: withUnknown(ACCESSES) }] },
  { step: 6, chapter: 'passendes-netzwerk-finden', parts: [{ kind: 'hours', field: 'stunden' }] },
  {
    step: 7,
    chapter: 'was-ist-networking',
    parts: [
      { kind: 'checkbox', field: 'angebot', choices: withUnknown(OFFERS) },
      { kind: 'text', field: 'angebotDetails' },
    ],
  },
  { step: 8, chapter: 'ziele-und-zielgruppen', parts: [{ kind: 'checkbox', field: 'ebenen', choices: withUnknown(LEVELS) }] },
  { step: 9, chapter: 'business-networks', parts: [{ kind: 'radio', field: 'ton', choices: withUnknown(TONES) }] },
];

/** The question of `step` (1–9). */
export function questionForStep(step: number): Question {
  const question = QUESTIONS[step - 1];
  if (!question) throw new Error(`Frage ${step} gibt es nicht.`);
  return question;
}

/**
 * The honest progress line of a step.
 * @example progressText(3) // 'Frage 3 von 9'
 */
export function progressText(step: number): string {
  return `Frage ${step} von ${STEP_COUNT}`;
}

// ---------------------------------------------------------------------------------------------
// Element ids: the error summary links to them, so validation and rendering must agree.

/**
 * The id of an input: a choice of a group, or the single input of a field.
 * @example inputId('form', 'online') // 'frage-form-online'
 */
export function inputId(field: QuestionPart['field'], value?: string): string {
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

export interface StepError {
  field: QuestionPart['field'];
  /** The element the error summary links to. */
  fieldId: string;
  message: string;
}

/** What is wrong with a part: unanswered, or a value the form cannot take. */
export type Problem = 'required' | 'hoursNumber' | 'hoursMax' | 'tooLong';

/** The problem of one part, or null when the part is fine. */
function partProblem(part: QuestionPart, answers: Answers): Problem | null {
  switch (part.kind) {
    case 'radio':
      return answers[part.field] === null ? 'required' : null;
    case 'checkbox':
      return answers[part.field].length === 0 ? 'required' : null;
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
export function stepProblems(step: number, answers: Answers): { part: QuestionPart; problem: Problem }[] {
  return questionForStep(step)
    .parts.map((part) => ({ part, problem: partProblem(part, answers) }))
    .filter((p): p is { part: QuestionPart; problem: Problem } => p.problem !== null);
}

/**
 * What stops the reader from going on from `step`, in German; empty when the step is answered.
 * @example validateStep(1, emptyAnswers(), QUESTIONNAIRE_TEXTS) // [{ field: 'form', fieldId: 'frage-form-online', message: 'Wähle aus, …' }]
 */
export function validateStep(step: number, answers: Answers, texts: QuestionnaireTexts): StepError[] {
  return stepProblems(step, answers).map(({ part, problem }) => ({
    field: part.field,
    fieldId: errorTargetId(part, answers),
    message: problem === 'required' ? texts.errors[part.field] : fill(texts.errors[problem], { n: String(answers.angebotDetails.length) }),
  }));
}

/** Whether `step` is fully answered. */
export function isStepAnswered(step: number, answers: Answers): boolean {
  return stepProblems(step, answers).length === 0;
}

/** The steps still open, in order. */
export function openSteps(answers: Answers): number[] {
  return QUESTIONS.map((q) => q.step).filter((step) => !isStepAnswered(step, answers));
}

/** Whether every question is answered, so a result can be shown. */
export function isComplete(answers: Answers): boolean {
  return openSteps(answers).length === 0;
}

// ---------------------------------------------------------------------------------------------
// Navigation (GOV.UK question pages): pure transitions of the stored position.

/**
 * After a valid „Weiter“: the next question, or the summary after the last one – and straight
 * back to the summary once the reader has seen it (they came from an „Ändern“ link).
 */
export function goForward(state: SelbsttestState): SelbsttestState {
  if (state.summaryReached || state.step >= STEP_COUNT) return { ...state, view: 'pruefen', summaryReached: true };
  return { ...state, step: state.step + 1, view: 'frage' };
}

/**
 * The back link: the previous question, the summary for a reader who came from there, and from
 * the summary (which the island also shows once the result has been seen) the last question.
 */
export function goBack(state: SelbsttestState): SelbsttestState {
  if (state.view !== 'frage') return { ...state, view: 'frage', step: STEP_COUNT };
  if (state.summaryReached) return { ...state, view: 'pruefen' };
  return { ...state, step: Math.max(1, state.step - 1) };
}

/** Whether the question page shows a back link (not on the very first question of a first run). */
export function hasBack(state: SelbsttestState): boolean {
  return state.view !== 'frage' || state.summaryReached || state.step > 1;
}

/** An „Ändern“ link of the summary. */
export function goToQuestion(state: SelbsttestState, step: number): SelbsttestState {
  return { ...state, view: 'frage', step: Math.min(STEP_COUNT, Math.max(1, step)) };
}

/** Marks the result as seen (the result page shows it); only once every question is answered. */
export function goToResult(state: SelbsttestState): SelbsttestState {
  return isComplete(state.answers) ? { ...state, view: 'ergebnis', summaryReached: true } : state;
}

// ---------------------------------------------------------------------------------------------
// Check your answers

export interface SummaryRow {
  step: number;
  label: string;
  /** The answer in words; null while unanswered. */
  value: string | null;
}

/** The answer of one step in words, or null while it is not (fully) answered. */
export function answerText(step: number, answers: Answers, texts: QuestionnaireTexts): string | null {
  if (!isStepAnswered(step, answers)) return null;
  const { labels, summary } = texts;
  const list = (values: readonly OptionValue[]) => formatList(values.map((v) => labels[v]));
  switch (step) {
    case 1:
      return labels[answers.form!];
    case 2: {
      const main = mainPurpose(answers);
      if (answers.zwecke.length < 2 || main === null) return list(answers.zwecke);
      return fill(summary.purposes, { haupt: labels[main], weitere: list(answers.zwecke.filter((p) => p !== main)) });
    }
    case 3:
      return fill(summary.size, { groesse: labels[answers.groesse!], zusammensetzung: labels[answers.zusammensetzung!] });
    case 4:
      return labels[answers.reichweite!];
    case 5:
      return labels[answers.zugang!];
    case 6:
      return answers.stundenUnklar ? labels.unklar : fill(summary.hours, { stunden: formatHours(parseHours(answers.stunden)!) });
    case 7: {
      const details = answers.angebotDetails.trim();
      return details === '' ? list(answers.angebot) : `${list(answers.angebot)} – ${details}`;
    }
    case 8:
      return list(answers.ebenen);
    default:
      return labels[answers.ton!];
  }
}

/** The rows of the check-your-answers summary, one per question. */
export function summaryRows(answers: Answers, texts: QuestionnaireTexts): SummaryRow[] {
  return QUESTIONS.map((q) => ({ step: q.step, label: texts.questions[q.step - 1]!.short, value: answerText(q.step, answers, texts) }));
}

/** Whether the reader has begun: anything answered or moved past the first question. */
export function started(state: SelbsttestState): boolean {
  return state.step > 1 || state.view !== 'frage' || answeredCount(state.answers) > 0;
}

/** How many questions are answered. */
export function answeredCount(answers: Answers): number {
  return STEP_COUNT - openSteps(answers).length;
}

/**
 * The unanswered questions by name, for the summary's error.
 * @example openStepsText([2, 6], QUESTIONNAIRE_TEXTS) // 'Zweck und Zeit'
 */
export function openStepsText(steps: readonly number[], texts: QuestionnaireTexts): string {
  return formatList(steps.map((step) => texts.questions[step - 1]!.short));
}
