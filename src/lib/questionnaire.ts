/**
 * The „ideal network“ questionnaire as data, with its validation and navigation.
 * Pure: no DOM, no storage. The island renders `QUESTIONS` and calls these functions.
 */
import { STEP_COUNT, STORED_LIMITS, type Answers, type SelbsttestState } from './answers-schema';
import type { ChapterSlug } from './guide-links';
import { LABELS, PURPOSES, UNKNOWN, joinGerman, listLabels, type OptionValue, type Purpose } from './profile-options';

export { STEP_COUNT };

/** Form limits; storage keeps a little more so a too-long value can be shown and flagged. */
export const HOURS_MAX = 160;
export const OFFER_DETAILS_MAX = 500;

export interface Choice {
  value: OptionValue;
  label: string;
  hint?: string;
}

type SingleField = 'form' | 'groesse' | 'zusammensetzung' | 'reichweite' | 'zugang' | 'ton';
type MultiField = 'zwecke' | 'angebot' | 'ebenen';

/** One input group of a question page. */
export type QuestionPart =
  | { kind: 'radio'; field: SingleField; legend: string; hint?: string; choices: readonly Choice[] }
  | { kind: 'checkbox'; field: MultiField; legend: string; hint?: string; choices: readonly Choice[] }
  /** Radios built from the purposes the reader chose; shown only for two or more. */
  | { kind: 'main-purpose'; field: 'hauptzweck'; legend: string; hint: string }
  | { kind: 'hours'; field: 'stunden'; legend: string; hint: string; inputLabel: string }
  | { kind: 'text'; field: 'angebotDetails'; legend: string; hint: string };

export interface Question {
  step: number;
  /** The question as the page heading. */
  title: string;
  /** Name of the row in the check-your-answers summary. */
  short: string;
  /** One line: why we ask. */
  why: string;
  /** The guide chapter behind the question. */
  chapter: ChapterSlug;
  parts: readonly QuestionPart[];
}

const unknownChoice: Choice = { value: UNKNOWN, label: LABELS.unklar };
const severalHint = 'Wähle alles aus, was zutrifft.';

/** The nine questions, in order. `QUESTIONS[step - 1]` is the question of a step. */
export const QUESTIONS: readonly Question[] = [
  {
    step: 1,
    title: 'Wo möchtest du dich mit anderen vernetzen?',
    short: 'Treffpunkt',
    why: 'Online-Gruppen und Treffen vor Ort kosten unterschiedlich viel Zeit und bringen dich mit unterschiedlichen Menschen zusammen.',
    chapter: 'online-und-offline',
    parts: [
      {
        kind: 'radio',
        field: 'form',
        legend: 'Treffpunkt',
        choices: [
          { value: 'online', label: 'Online', hint: 'auf Plattformen, in Gruppen und per Video' },
          { value: 'praesenz', label: 'Vor Ort', hint: 'bei Treffen, Messen und Veranstaltungen' },
          { value: 'gemischt', label: 'Gemischt', hint: 'online anbahnen, persönlich vertiefen' },
          unknownChoice,
        ],
      },
    ],
  },
  {
    step: 2,
    title: 'Wozu soll dein Netzwerk dienen?',
    short: 'Zweck',
    why: 'Welches Netzwerk passt, hängt vor allem davon ab, was du dir davon erhoffst.',
    chapter: 'ziele-und-zielgruppen',
    parts: [
      {
        kind: 'checkbox',
        field: 'zwecke',
        legend: 'Zwecke',
        hint: severalHint,
        choices: [
          { value: 'austausch', label: 'Erfahrungen und Wissen austauschen' },
          { value: 'auftraege', label: 'Kundschaft und Aufträge gewinnen' },
          { value: 'karriere', label: 'Job- und Karrierechancen finden' },
          { value: 'trends', label: 'Bei Neuigkeiten und Trends auf dem Laufenden bleiben' },
          { value: 'kooperation', label: 'Partner für Kooperationen finden' },
          unknownChoice,
        ],
      },
      {
        kind: 'main-purpose',
        field: 'hauptzweck',
        legend: 'Welcher dieser Zwecke ist dir am wichtigsten?',
        hint: 'Danach richten sich die Empfehlungen und die Rechnung mit deiner Zeit.',
      },
    ],
  },
  {
    step: 3,
    title: 'Wie groß soll dein Netzwerk sein, und wer soll dabei sein?',
    short: 'Größe und Zusammensetzung',
    why: 'Ein kleiner Kreis aus deinem Fach schafft Vertrauen, ein großes, gemischtes Netzwerk bringt dich mit Menschen zusammen, die du sonst nie treffen würdest.',
    chapter: 'passendes-netzwerk-finden',
    parts: [
      {
        kind: 'radio',
        field: 'groesse',
        legend: 'Größe',
        choices: [
          { value: 'klein', label: 'Ein kleiner, vertrauter Kreis' },
          { value: 'gross', label: 'Ein großes Netzwerk mit vielen Mitgliedern' },
          unknownChoice,
        ],
      },
      {
        kind: 'radio',
        field: 'zusammensetzung',
        legend: 'Zusammensetzung',
        choices: [
          { value: 'eigene-branche', label: 'Menschen aus meinem Beruf' },
          { value: 'branchenuebergreifend', label: 'Menschen aus vielen Branchen' },
          unknownChoice,
        ],
      },
    ],
  },
  {
    step: 4,
    title: 'Wie weit soll dein Netzwerk reichen?',
    short: 'Reichweite',
    why: 'Die Reichweite entscheidet, ob die Kammer und der Stammtisch in deiner Stadt passen oder eher internationale Plattformen.',
    chapter: 'online-und-offline',
    parts: [
      {
        kind: 'radio',
        field: 'reichweite',
        legend: 'Reichweite',
        choices: [
          { value: 'lokal', label: 'Lokal', hint: 'deine Stadt und die Umgebung' },
          { value: 'regional', label: 'Regional', hint: 'dein Bundesland oder deine Region' },
          { value: 'national', label: 'National', hint: 'Deutschland, Österreich und die Schweiz (DACH)' },
          { value: 'international', label: 'International', hint: 'über den deutschsprachigen Raum hinaus' },
          unknownChoice,
        ],
      },
    ],
  },
  {
    step: 5,
    title: 'Soll dein Netzwerk allen offenstehen?',
    short: 'Zugang',
    why: 'Geschlossene Expertenrunden haben Aufnahmeregeln, bieten dafür aber oft einen besonders vertrauten Austausch.',
    chapter: 'passendes-netzwerk-finden',
    parts: [
      {
        kind: 'radio',
        field: 'zugang',
        legend: 'Zugang',
        choices: [
          { value: 'offen', label: 'Offen für alle', hint: 'du kannst einfach dazukommen' },
          { value: 'geschlossen', label: 'Geschlossen, mit Aufnahmeregeln', hint: 'zum Beispiel nur auf Empfehlung oder mit Nachweis deiner Erfahrung' },
          unknownChoice,
        ],
      },
    ],
  },
  {
    step: 6,
    title: 'Wie viele Stunden im Monat kannst du wirklich fürs Netzwerken einplanen?',
    short: 'Zeit',
    why: 'Ein Netzwerk will gepflegt werden – ein ehrliches Zeitbudget bewahrt dich davor, dich zu verzetteln.',
    chapter: 'passendes-netzwerk-finden',
    parts: [
      {
        kind: 'hours',
        field: 'stunden',
        legend: 'Zeit',
        inputLabel: 'Stunden im Monat',
        hint: 'Zähl alles mit: Treffen, Anfahrt, Vor- und Nachbereitung, Nachrichten. Ein Abendtermin mit Anfahrt kostet schnell drei Stunden.',
      },
    ],
  },
  {
    step: 7,
    title: 'Was kannst du in ein Netzwerk einbringen?',
    short: 'Dein Beitrag',
    why: 'Networking lebt vom Geben und Nehmen – in dieser Reihenfolge. Aus deiner Antwort entsteht deine Erinnerung fürs erste Treffen.',
    chapter: 'was-ist-networking',
    parts: [
      {
        kind: 'checkbox',
        field: 'angebot',
        legend: 'Dein Beitrag',
        hint: severalHint,
        choices: [
          { value: 'wissen', label: 'Wissen', hint: 'dein Fachgebiet, deine Erfahrungen, ein nützliches Werkzeug' },
          { value: 'ressourcen', label: 'Ressourcen', hint: 'einen Raum für Treffen, Technik oder Zeit, um etwas vorzubereiten' },
          { value: 'rollen', label: 'Aufgaben', hint: 'Kasse, Protokoll, Co-Moderation oder das Organisieren von Treffen' },
          { value: 'kontakte', label: 'Kontakte', hint: 'Menschen, die du mit anderen bekannt machen kannst' },
          unknownChoice,
        ],
      },
      {
        kind: 'text',
        field: 'angebotDetails',
        legend: 'Was genau? (optional)',
        hint: 'Ein paar Stichworte, getrennt durch Kommas – zum Beispiel „Excel-Kniffe, Besprechungsraum im Büro“.',
      },
    ],
  },
  {
    step: 8,
    title: 'Auf welcher Ebene sollen deine neuen Kontakte arbeiten?',
    short: 'Kontakte',
    why: 'Wer etwas verkaufen will, braucht Menschen mit Budget; wer eine Stelle sucht, erfährt von Fachleuten, wie es im Team wirklich läuft.',
    chapter: 'ziele-und-zielgruppen',
    parts: [
      {
        kind: 'checkbox',
        field: 'ebenen',
        legend: 'Ebene',
        hint: severalHint,
        choices: [
          { value: 'geschaeftsfuehrung', label: 'Geschäftsführerinnen und Geschäftsführer' },
          { value: 'abteilungsleitung', label: 'Abteilungsleitungen' },
          { value: 'fachleute', label: 'Spezialistinnen und Spezialisten aus der Praxis' },
          unknownChoice,
        ],
      },
    ],
  },
  {
    step: 9,
    title: 'Welcher Umgangston liegt dir?',
    short: 'Ton',
    why: 'Auf Business-Plattformen wird ein sachlicher Ton erwartet, beim Golfturnier oder im Verein mischt sich Privates hinein – beides hat seinen Platz.',
    chapter: 'business-networks',
    parts: [
      {
        kind: 'radio',
        field: 'ton',
        legend: 'Ton',
        choices: [
          { value: 'beruflich', label: 'Streng beruflich', hint: 'sachlich, höflich, professionell' },
          { value: 'teils-privat', label: 'Teils privat', hint: 'Berufliches darf sich mit Persönlichem mischen' },
          unknownChoice,
        ],
      },
    ],
  },
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
      return inputId(part.field, part.choices[0]!.value);
    case 'main-purpose':
      return inputId(part.field, chosenPurposes(answers)[0] ?? 'keiner');
    default:
      return inputId(part.field);
  }
}

// ---------------------------------------------------------------------------------------------
// Answers

/** The purposes chosen, without „Weiß ich noch nicht“, in the order of the list. */
export function chosenPurposes(answers: Answers): Purpose[] {
  return PURPOSES.filter((p) => answers.zwecke.includes(p));
}

/** Whether the reader must still say which purpose matters most. */
export function needsMainPurpose(answers: Answers): boolean {
  return chosenPurposes(answers).length >= 2;
}

/**
 * The purpose that matters most: the one chosen as main, or the only one chosen; null otherwise.
 * @example mainPurpose({ …, zwecke: ['karriere'], hauptzweck: null }) // 'karriere'
 */
export function mainPurpose(answers: Answers): Purpose | null {
  const chosen = chosenPurposes(answers);
  if (chosen.length === 1) return chosen[0]!;
  return answers.hauptzweck !== null && chosen.includes(answers.hauptzweck) ? answers.hauptzweck : null;
}

/**
 * Ticks or unticks one checkbox of a group. „Weiß ich noch nicht“ excludes every other
 * choice and the other way round, like GOV.UK's exclusive „none“ option.
 * @example toggleChoice(['unklar'], 'wissen', true) // ['wissen']
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

/**
 * Reads hours as a German reader types them. Null for anything that is not a plain number.
 * @example parseHours('2,5') // 2.5
 * @example parseHours('viel') // null
 */
export function parseHours(raw: string): number | null {
  const text = raw.trim().replace(/\s*(h|std\.?|stunden?)$/i, '');
  if (!/^\d{1,4}([.,]\d{1,2})?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

/**
 * Hours in German, with the right singular.
 * @example formatHours(2.5) // '2,5 Stunden'
 */
export function formatHours(hours: number): string {
  const number = String(Math.round(hours * 100) / 100).replace('.', ',');
  return `${number} ${hours === 1 ? 'Stunde' : 'Stunden'}`;
}

// ---------------------------------------------------------------------------------------------
// Validation

export interface StepError {
  field: QuestionPart['field'];
  /** The element the error summary links to. */
  fieldId: string;
  message: string;
}

const MESSAGES: Record<QuestionPart['field'], string> = {
  form: 'Wähle aus, ob du dich online, vor Ort oder auf beiden Wegen vernetzen möchtest – oder „Weiß ich noch nicht“.',
  zwecke: 'Wähle mindestens einen Zweck aus – oder „Weiß ich noch nicht“.',
  hauptzweck: 'Wähle aus, welcher Zweck dir am wichtigsten ist.',
  groesse: 'Wähle aus, ob dein Netzwerk eher klein oder groß sein soll – oder „Weiß ich noch nicht“.',
  zusammensetzung: 'Wähle aus, ob du Menschen aus deinem Beruf oder aus vielen Branchen treffen möchtest – oder „Weiß ich noch nicht“.',
  reichweite: 'Wähle aus, wie weit dein Netzwerk reichen soll – oder „Weiß ich noch nicht“.',
  zugang: 'Wähle aus, ob dein Netzwerk offen oder geschlossen sein soll – oder „Weiß ich noch nicht“.',
  stunden: 'Gib an, wie viele Stunden im Monat du einplanen kannst – oder wähle „Weiß ich noch nicht“.',
  angebot: 'Wähle aus, was du einbringen kannst – oder „Weiß ich noch nicht“.',
  angebotDetails: `Deine Stichworte dürfen höchstens ${OFFER_DETAILS_MAX} Zeichen lang sein.`,
  ebenen: 'Wähle mindestens eine Ebene aus – oder „Weiß ich noch nicht“.',
  ton: 'Wähle aus, welcher Umgangston dir liegt – oder „Weiß ich noch nicht“.',
};

/** The German message for one part, or null when the part is fine. */
function partMessage(part: QuestionPart, answers: Answers): string | null {
  switch (part.kind) {
    case 'radio':
      return answers[part.field] === null ? MESSAGES[part.field] : null;
    case 'checkbox':
      return answers[part.field].length === 0 ? MESSAGES[part.field] : null;
    case 'main-purpose':
      return needsMainPurpose(answers) && mainPurpose(answers) === null ? MESSAGES.hauptzweck : null;
    case 'hours': {
      if (answers.stundenUnklar) return null;
      if (answers.stunden.trim() === '') return MESSAGES.stunden;
      const hours = parseHours(answers.stunden);
      if (hours === null) return 'Gib die Stunden als Zahl an, zum Beispiel 4 oder 2,5.';
      if (hours > HOURS_MAX) return `Gib höchstens ${HOURS_MAX} Stunden an – das wäre schon eine volle Arbeitsstelle.`;
      return null;
    }
    case 'text':
      return answers[part.field].length > OFFER_DETAILS_MAX ? `${MESSAGES.angebotDetails} Jetzt sind es ${answers[part.field].length}.` : null;
  }
}

/**
 * What stops the reader from going on from `step`; empty when the step is answered.
 * @example validateStep(1, emptyAnswers()) // [{ field: 'form', fieldId: 'frage-form-online', message: 'Wähle aus, …' }]
 */
export function validateStep(step: number, answers: Answers): StepError[] {
  const errors: StepError[] = [];
  for (const part of questionForStep(step).parts) {
    const message = partMessage(part, answers);
    if (message !== null) errors.push({ field: part.field, fieldId: errorTargetId(part, answers), message });
  }
  return errors;
}

/** Whether `step` is fully answered. */
export function isStepAnswered(step: number, answers: Answers): boolean {
  return validateStep(step, answers).length === 0;
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

/** The back link: the previous question, or the summary for a reader who came from there. */
export function goBack(state: SelbsttestState): SelbsttestState {
  if (state.view === 'ergebnis') return { ...state, view: 'pruefen' };
  if (state.view === 'pruefen') return { ...state, view: 'frage', step: STEP_COUNT };
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

/** Shows the result; only once every question is answered, otherwise stays put. */
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
export function answerText(step: number, answers: Answers): string | null {
  if (!isStepAnswered(step, answers)) return null;
  switch (step) {
    case 1:
      return LABELS[answers.form!];
    case 2: {
      const main = mainPurpose(answers);
      const chosen = answers.zwecke;
      if (chosen.length < 2 || main === null) return listLabels(chosen);
      const others = chosen.filter((p) => p !== main);
      return `Vor allem: ${LABELS[main]}. Außerdem: ${listLabels(others)}.`;
    }
    case 3:
      return `Größe: ${LABELS[answers.groesse!]}. Zusammensetzung: ${LABELS[answers.zusammensetzung!]}.`;
    case 4:
      return LABELS[answers.reichweite!];
    case 5:
      return LABELS[answers.zugang!];
    case 6:
      return answers.stundenUnklar ? LABELS.unklar : `${formatHours(parseHours(answers.stunden)!)} im Monat`;
    case 7: {
      const details = answers.angebotDetails.trim();
      return details === '' ? listLabels(answers.angebot) : `${listLabels(answers.angebot)} – ${details}`;
    }
    case 8:
      return listLabels(answers.ebenen);
    default:
      return LABELS[answers.ton!];
  }
}

/** The rows of the check-your-answers summary, one per question. */
export function summaryRows(answers: Answers): SummaryRow[] {
  return QUESTIONS.map((q) => ({ step: q.step, label: q.short, value: answerText(q.step, answers) }));
}

/** How many questions are answered, for the resume note („5 von 9 beantwortet“). */
export function answeredCount(answers: Answers): number {
  return STEP_COUNT - openSteps(answers).length;
}

/**
 * „A, B oder C“ – the unanswered questions by name, for the summary's error.
 * @example openStepsText([2, 6]) // 'Zweck und Zeit'
 */
export function openStepsText(steps: readonly number[]): string {
  return joinGerman(steps.map((s) => questionForStep(s).short));
}
