/**
 * The „ideal network“ questionnaire as data: `QUESTIONS` is the one list that the steps, the
 * progress line, the check-your-answers summary, the profile and the network check's dimensions
 * are derived from. Codes only; the words are in `src/i18n/de/selbsttest.ts`, keyed by the
 * question's `id` and the parts' `field`. Kept apart from questionnaire.ts so the stored-data
 * schemas (answers, candidates) can use it without loading the questionnaire's logic.
 */
import type { ChapterSlug } from '../guide/guide-links';
import { ACCESSES, COMPANIONS, COMPOSITIONS, ENERGIES, FORMS, LEVELS, OFFERS, PURPOSES, REACHES, ROLES, SIZES, TONES, UNKNOWN, type OptionValue } from './profile-options';

type SingleField = 'form' | 'groesse' | 'zusammensetzung' | 'reichweite' | 'zugang' | 'ton' | 'energie' | 'rolle' | 'begleitung';
type MultiField = 'zwecke' | 'angebot' | 'ebenen';

/**
 * One input group of a question page. A part's answer is stored under its `field`; its words are
 * `parts[field]`, `choices[field][value]` and `errors.required[field]` in the dictionary.
 */
export type QuestionPart =
  | {
      kind: 'radio';
      field: SingleField;
      choices: readonly OptionValue[];
      /** The network check rates candidates on this field too (`DIMENSIONS`). */
      fit?: true;
    }
  | {
      kind: 'checkbox';
      field: MultiField;
      choices: readonly OptionValue[];
      fit?: true;
      /** The chapter the profile points to while the answer is „Weiß ich noch nicht“. */
      unknownHelp?: ChapterSlug;
    }
  /** Radios built from the purposes the reader chose; shown only for two or more. Refines the question's checkbox part. */
  | { kind: 'main-purpose'; field: 'hauptzweck' }
  | { kind: 'hours'; field: 'stunden'; unknownHelp?: ChapterSlug }
  /** Optional own words; they refine the question's checkbox part. */
  | { kind: 'text'; field: 'angebotDetails' };

export type Field = QuestionPart['field'];

export interface Question {
  /** Stable name; the key of the question's words in the dictionary. */
  id: string;
  /** The guide chapter behind the question. */
  chapter: ChapterSlug;
  parts: readonly QuestionPart[];
}

const withUnknown = <T extends OptionValue>(values: readonly T[]): readonly OptionValue[] => [...values, UNKNOWN];

/** The questions, in order: step n shows `QUESTIONS[n - 1]`. */
export const QUESTIONS = [
  { id: 'treffpunkt', chapter: 'online-und-offline', parts: [{ kind: 'radio', field: 'form', choices: withUnknown(FORMS), fit: true }] },
  {
    id: 'zweck',
    chapter: 'ziele-und-zielgruppen',
    parts: [
      { kind: 'checkbox', field: 'zwecke', choices: withUnknown(PURPOSES), fit: true, unknownHelp: 'ziele-und-zielgruppen' },
      { kind: 'main-purpose', field: 'hauptzweck' },
    ],
  },
  {
    id: 'groesse',
    chapter: 'passendes-netzwerk-finden',
    parts: [
      { kind: 'radio', field: 'groesse', choices: withUnknown(SIZES), fit: true },
      { kind: 'radio', field: 'zusammensetzung', choices: withUnknown(COMPOSITIONS), fit: true },
    ],
  },
  { id: 'reichweite', chapter: 'online-und-offline', parts: [{ kind: 'radio', field: 'reichweite', choices: withUnknown(REACHES), fit: true }] },
  { id: 'zugang', chapter: 'passendes-netzwerk-finden', parts: [{ kind: 'radio', field: 'zugang', choices: withUnknown(ACCESSES), fit: true }] },
  { id: 'zeit', chapter: 'passendes-netzwerk-finden', parts: [{ kind: 'hours', field: 'stunden', unknownHelp: 'passendes-netzwerk-finden' }] },
  {
    id: 'beitrag',
    chapter: 'was-ist-networking',
    parts: [
      { kind: 'checkbox', field: 'angebot', choices: withUnknown(OFFERS), unknownHelp: 'passendes-netzwerk-finden' },
      { kind: 'text', field: 'angebotDetails' },
    ],
  },
  { id: 'ebenen', chapter: 'ziele-und-zielgruppen', parts: [{ kind: 'checkbox', field: 'ebenen', choices: withUnknown(LEVELS), fit: true, unknownHelp: 'ziele-und-zielgruppen' }] },
  { id: 'ton', chapter: 'business-networks', parts: [{ kind: 'radio', field: 'ton', choices: withUnknown(TONES), fit: true }] },
  {
    id: 'komfort',
    chapter: 'passendes-netzwerk-finden',
    parts: [
      { kind: 'radio', field: 'energie', choices: withUnknown(ENERGIES) },
      { kind: 'radio', field: 'rolle', choices: withUnknown(ROLES) },
      { kind: 'radio', field: 'begleitung', choices: withUnknown(COMPANIONS) },
    ],
  },
] as const satisfies readonly Question[];

/** The id of one of the questions. */
export type QuestionId = (typeof QUESTIONS)[number]['id'];

/** The questionnaire has one step per question. */
export const STEP_COUNT = QUESTIONS.length;

/** The fields of the questions' parts that declare `fit`, as a type. */
export type FitField = Extract<(typeof QUESTIONS)[number]['parts'][number], { fit: true }>['field'];

/**
 * The fields the network check rates a candidate on: every part that declares `fit`, in the
 * order of the questions.
 * @example fitFields() // ['form', 'zwecke', 'groesse', 'zusammensetzung', 'reichweite', 'zugang', 'ebenen', 'ton']
 */
export function fitFields(questions: readonly Question[] = QUESTIONS): Field[] {
  return questions.flatMap((q) => q.parts.filter((p) => 'fit' in p && p.fit === true).map((p) => p.field));
}
