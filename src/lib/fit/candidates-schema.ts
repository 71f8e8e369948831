import * as v from 'valibot';
import type { StoredValueDefinition } from '../storage/stored-value';
import { KIND_IDS } from '../profile/network-kinds';
import { ACCESSES, COMPOSITIONS, FORMS, LEVELS, PURPOSES, REACHES, SIZES, TONES, UNKNOWN } from '../questionnaire/profile-options';
import { fitFields, type FitField } from '../questionnaire/questions';

/**
 * The checklist items, asked of every candidate besides the profile dimensions (version 2).
 * „netiquette“ asks about rules and etiquette only – the tone is the dimension „ton“, so it is
 * counted once. The time a network costs is no longer a yes/no item: rhythm and hours per
 * meeting (below) give hours per month, which the score compares with the self-test's budget.
 * „gast“ (have you visited as a guest?) is kept for the reader's notes but never scored: not
 * having been there yet says nothing about the network (SCORED_CHECKS leaves it out).
 */
export const CHECK_ITEMS = ['netiquette', 'themen', 'beitragen', 'gast', 'kosten'] as const;
export type CheckItem = (typeof CHECK_ITEMS)[number];

/** The checklist items that count in the score and have a weight. */
export const SCORED_CHECKS = ['netiquette', 'themen', 'beitragen', 'kosten'] as const satisfies readonly CheckItem[];
export type ScoredCheck = (typeof SCORED_CHECKS)[number];

/** How often a network meets (or, online, how often the reader takes part); „unklar“ while unknown. */
export const RHYTHMS = ['woechentlich', 'zweiwoechentlich', 'monatlich', 'vierteljaehrlich', 'jaehrlich'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

/** The most hours one meeting (with travel) may take: a day at a fair. */
export const MEETING_HOURS_MAX = 24;

/** A checklist answer; „offen“ until the reader knows. */
export const CHECK_ANSWERS = ['ja', 'nein', 'offen'] as const;
export type CheckAnswer = (typeof CHECK_ANSWERS)[number];

/** The profile dimensions a candidate is rated on: the question parts that declare `fit` (questions.ts), in their order – the ideal's, minus time and offer. */
export const DIMENSIONS = fitFields() as readonly FitField[];
export type Dimension = (typeof DIMENSIONS)[number];

export type WeightKey = Dimension | ScoredCheck;
export const WEIGHT_KEYS: readonly WeightKey[] = [...DIMENSIONS, ...SCORED_CHECKS];

/** Weights run from 0 (does not count) to 5 (counts most). */
export const WEIGHT_MAX = 5;

/** Storage limits; the form checks the same or tighter ones before saving. */
export const CANDIDATE_LIMITS = { candidates: 200, id: 64, name: 120, link: 2000, notes: 2000 } as const;

function single<const T extends readonly string[]>(values: T) {
  return v.picklist([...values, UNKNOWN] as const);
}

function several<const T extends readonly string[]>(values: T) {
  return v.pipe(
    v.array(v.picklist([...values, UNKNOWN] as const)),
    v.check((list) => new Set(list).size === list.length && (!list.includes(UNKNOWN) || list.length === 1), 'no duplicates; unknown only alone'),
  );
}

/** How the reader rates a candidate on each dimension; „unklar“ while they do not know. */
export const ratingsSchema = v.object({
  form: single(FORMS),
  /** What the network is good for ([] or ['unklar'] while unknown). */
  zwecke: several(PURPOSES),
  groesse: single(SIZES),
  zusammensetzung: single(COMPOSITIONS),
  reichweite: single(REACHES),
  zugang: single(ACCESSES),
  /** The levels its members work on. */
  ebenen: several(LEVELS),
  ton: single(TONES),
});
export type Ratings = v.InferOutput<typeof ratingsSchema>;

/** The same schema for every key: the object form of `{ [key]: schema }`, keeping the keys' type. */
function sameFor<K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S) {
  return v.object(Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, S>);
}

export const checklistSchema = sameFor(CHECK_ITEMS, v.picklist(CHECK_ANSWERS));
export type Checklist = v.InferOutput<typeof checklistSchema>;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const candidateSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(CANDIDATE_LIMITS.id), v.check((id) => id.length > 0, 'empty id')),
  name: v.pipe(v.string(), v.maxLength(CANDIDATE_LIMITS.name), v.check((name) => name.trim().length > 0, 'empty name')),
  /** Kind of network; null when the reader did not say. */
  kind: v.nullable(v.picklist(KIND_IDS)),
  /** Address as the reader gave it; rendered as a link only through safeHref. */
  link: text(CANDIDATE_LIMITS.link),
  notes: text(CANDIDATE_LIMITS.notes),
  ratings: ratingsSchema,
  checklist: checklistSchema,
  /** How often it meets; „unklar“ while unknown. */
  rhythmus: v.picklist([...RHYTHMS, UNKNOWN]),
  /** Hours one meeting takes, travel included; null while unknown. */
  stunden: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(MEETING_HOURS_MAX))),
});
export type Candidate = v.InferOutput<typeof candidateSchema>;

const weight = v.pipe(v.number(), v.check((n) => Number.isInteger(n) && n >= 0 && n <= WEIGHT_MAX, 'weight 0 to WEIGHT_MAX'));
export const weightsSchema = sameFor(WEIGHT_KEYS, weight);
export type Weights = v.InferOutput<typeof weightsSchema>;

export const candidatesStateSchema = v.object({
  /** In the order the reader added them; the page sorts for display. */
  candidates: v.pipe(
    v.array(candidateSchema),
    v.maxLength(CANDIDATE_LIMITS.candidates),
    v.check((list) => new Set(list.map((c) => c.id)).size === list.length, 'duplicate id'),
  ),
  weights: weightsSchema,
});
export type CandidatesState = v.InferOutput<typeof candidatesStateSchema>;

/**
 * How much each item counts unless the reader changes it: the main purpose of a network and
 * whether it feels right (topics, rules) count most; size and access least. Time is not a
 * weight but a factor on the whole score (fit-score.ts).
 */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  form: 3,
  zwecke: 5,
  groesse: 1,
  zusammensetzung: 2,
  reichweite: 2,
  zugang: 1,
  ebenen: 2,
  ton: 2,
  netiquette: 3,
  themen: 3,
  beitragen: 2,
  kosten: 2,
};

/** Ratings of a candidate nobody has rated yet. */
export function unknownRatings(): Ratings {
  return { form: UNKNOWN, zwecke: [UNKNOWN], groesse: UNKNOWN, zusammensetzung: UNKNOWN, reichweite: UNKNOWN, zugang: UNKNOWN, ebenen: [UNKNOWN], ton: UNKNOWN };
}

/** A checklist with every item still open. */
export function openChecklist(): Checklist {
  return Object.fromEntries(CHECK_ITEMS.map((item) => [item, 'offen'])) as Checklist;
}

/**
 * Version 1 → 2: the checklist loses „zeit“ (rhythm and hours per meeting replace it; both start
 * unknown, so the score treats time as neutral until the reader fills them in) and the weights
 * lose „zeit“ and „gast“ (the guest visit no longer counts). Every other answer and weight stays,
 * „netiquette“ included: it asked about tone and netiquette, and now asks about the netiquette
 * part alone. Pure: returns a new object.
 */
export function candidatesV1toV2(data: unknown): unknown {
  // Valid v1 data has both lists; anything else goes through unchanged and fails the schema.
  const state = data as { candidates?: { checklist: object }[]; weights?: object };
  if (!Array.isArray(state?.candidates) || typeof state.weights !== 'object' || state.weights === null) return data;
  const { zeit: _time, gast: _guest, ...weights } = state.weights as Record<string, unknown>;
  return {
    ...state,
    candidates: state.candidates.map((c) => {
      const { zeit: _answer, ...checklist } = (c?.checklist ?? {}) as Record<string, unknown>;
      return { ...c, checklist, rhythmus: UNKNOWN, stunden: null };
    }),
    weights,
  };
}

export const candidatesDefinition: StoredValueDefinition<CandidatesState> = {
  key: 'nk:netzwerk-check',
  version: 2,
  schema: candidatesStateSchema,
  migrations: { 1: candidatesV1toV2 },
  initial: () => ({ candidates: [], weights: { ...DEFAULT_WEIGHTS } }),
};
