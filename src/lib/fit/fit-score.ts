/**
 * How well a candidate network fits the reader's ideal: a score from 0 to 100 with an
 * explanation of every item that went into it.
 *
 * Formula (version 2 of the check):
 *
 *   score = round(100 × Σ(wᵢ × mᵢ) ÷ Σ wᵢ × t), summed over the rated items i,
 *
 * where wᵢ is the item's weight (0–5, adjustable), mᵢ its match between 0 and 1 and t the time
 * factor (time-cost.ts): 1 within the self-test's budget or when time is unknown, budget ÷ hours
 * per month over it.
 *
 * - Profile dimensions (Treffpunkt, Zweck, Größe, Zusammensetzung, Reichweite, Zugang, Kontakte, Ton):
 *   possible only when the reader's ideal has an answer other than „Weiß ich noch nicht“.
 * - Checklist items (Netiquette, Themen, Beitrag, Kosten): ja = 1, nein = 0. „gast“ never counts.
 * - Rated: the candidate has an answer (not „Weiß ich noch nicht“, not „noch offen“). An unrated
 *   item is neutral – left out of both sums, exactly as if its weight were 0 – so it can neither
 *   lift nor sink a network.
 * - Coverage: rated points Σ wᵢ (rated items) against possible points Σ wᵢ (items that could
 *   count). Under half of the possible points rated (ENOUGH_SHARE) means „zu wenig bewertet“: such
 *   a candidate keeps its score but ranks after every sufficiently rated one (scoreCandidates).
 *   With nothing rated the score is null.
 * - Each concept once: tone is the dimension „ton“ only, time only the factor t.
 *
 * Matches per dimension: see `matchDimension`. The explanation comes out as codes and values
 * (`explainItem`); its words are in src/i18n/de/netzwerk-check.ts.
 */
import type { Answers } from '../questionnaire/answers-schema';
import { SCORED_CHECKS, DIMENSIONS, type Candidate, type CandidatesState, type CheckAnswer, type CheckItem, type Dimension, type Ratings, type WeightKey, type Weights } from './candidates-schema';
import { LEVELS, PURPOSES, REACHES, UNKNOWN, type OptionValue, type Purpose } from '../questionnaire/profile-options';
import { compareText } from '../../i18n/format';
import { hoursPerMonth } from '../questionnaire/hours';
import { monthlyHours, timeFactor } from './time-cost';

/** A checklist answer's match; „offen“ is not rated (null). */
export const CHECK_VALUES: Readonly<Record<CheckAnswer, number | null>> = { ja: 1, nein: 0, offen: null };

/** The share of the possible points that must be rated for a score to rank among the rated ones. */
export const ENOUGH_SHARE = 0.5;

// ---------------------------------------------------------------------------------------------
// Matches

/** The ideal's answer for a dimension as a list; empty when unanswered or „Weiß ich noch nicht“. */
function idealValues(dim: Dimension, answers: Answers): OptionValue[] {
  const value = answers[dim];
  const list: OptionValue[] = Array.isArray(value) ? value : value === null ? [] : [value];
  return list.includes(UNKNOWN) ? [] : list;
}

const MULTI_ORDER: Partial<Record<Dimension, readonly string[]>> = { zwecke: PURPOSES, ebenen: LEVELS };

/** The candidate's rating as a list in questionnaire order; empty when unknown. */
function candidateValues(dim: Dimension, ratings: Ratings): OptionValue[] {
  const value = ratings[dim];
  const list: OptionValue[] = Array.isArray(value) ? value : [value];
  const order = MULTI_ORDER[dim];
  if (list.includes(UNKNOWN)) return [];
  return order ? order.filter((v) => list.includes(v as OptionValue)) as OptionValue[] : list;
}

/**
 * How well a candidate matches the ideal on one dimension, from 0 to 1; null when the ideal is
 * open or the candidate is not rated (either way the dimension is not counted).
 *
 * - Treffpunkt: same = 1; one of the two „gemischt“ = 0.5; online against vor Ort = 0.
 * - Zweck: the main purpose counts double: (2 × [main offered] + others offered) ÷ (2 + number of others);
 *   without a main purpose, the share of the chosen purposes the network offers.
 * - Reichweite: 1 − 0.5 × steps apart on lokal – regional – national – international, at least 0.
 * - Kontakte: the share of the sought levels the network's members work on.
 * - Größe, Zusammensetzung, Zugang, Ton: same = 1, different = 0.
 * @example matchDimension('reichweite', { …, reichweite: 'regional' }, { …, reichweite: 'national' }, null) // 0.5
 */
export function matchDimension(dim: Dimension, answers: Answers, ratings: Ratings, main: Purpose | null): number | null {
  const ideal = idealValues(dim, answers);
  if (ideal.length === 0) return null;
  const actual = candidateValues(dim, ratings);
  if (actual.length === 0) return null;
  const offered = (value: OptionValue) => actual.includes(value);
  const share = () => ideal.filter(offered).length / ideal.length;

  switch (dim) {
    case 'form': {
      const [want, is] = [ideal[0], actual[0]];
      if (want === is) return 1;
      return want === 'gemischt' || is === 'gemischt' ? 0.5 : 0;
    }
    case 'zwecke': {
      if (main === null) return share();
      const others = ideal.filter((p) => p !== main);
      return (2 * Number(offered(main)) + others.filter(offered).length) / (2 + others.length);
    }
    case 'reichweite':
      return Math.max(0, 1 - 0.5 * Math.abs(REACHES.indexOf(ideal[0] as never) - REACHES.indexOf(actual[0] as never)));
    case 'ebenen':
      return share();
    default:
      return ideal[0] === actual[0] ? 1 : 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Score

/**
 * How an item came out, in the order the explanation lists them: it matches (≥ 0.75), partly
 * matches, misses (≤ 0.25), is unknown for this network (neutral, not counted), or is not counted
 * because of the ideal or its weight.
 */
export const ITEM_STATUSES = ['match', 'partial', 'miss', 'open', 'skipped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** The statuses a card sums up in one line each, above the full explanation. */
export const SUMMARY_STATUSES = ['match', 'miss', 'open'] as const satisfies readonly ItemStatus[];

/** Why an item does not count: the ideal is unanswered, „Weiß ich noch nicht“, or its weight is 0. */
export type SkipReason = 'unanswered' | 'unsure' | 'weight';

/** Where a score turns from low to middle and from middle to high, for the meter. */
export const SCORE_BANDS = { low: 40, high: 70 } as const;

export interface ItemResult {
  key: WeightKey;
  weight: number;
  /** 0–1, or null when the item is not counted. */
  match: number | null;
  status: ItemStatus;
  /** Set when the item is not counted. */
  skip?: SkipReason;
  /** Dimensions: the ideal's values (empty when open). */
  ideal: OptionValue[];
  /** Dimensions: the candidate's values (empty when unknown); checklist: the answer. */
  actual: string[];
}

export interface FitResult {
  /** 0–100 (time factor applied), or null when nothing is rated. */
  score: number | null;
  items: ItemResult[];
  /** Σ wᵢ × mᵢ (rounded to two places) and Σ wᵢ over the rated items, for showing the arithmetic. */
  points: number;
  maxPoints: number;
  /** Σ wᵢ over every item that could count if the candidate were fully rated. */
  possible: number;
  /** Whether at least ENOUGH_SHARE of the possible points are rated (false also with nothing possible). */
  enough: boolean;
  /** The score before the time factor, or null. */
  base: number | null;
  /** Hours per month the candidate takes and the reader's budget; null when unknown. */
  hours: number | null;
  budget: number | null;
  /** The time factor t: 1 unless over budget. */
  factor: number;
  /** The ideal's main purpose, for explaining the Zweck item. */
  main: Purpose | null;
}

function statusOf(match: number): ItemStatus {
  if (match >= 0.75) return 'match';
  return match <= 0.25 ? 'miss' : 'partial';
}

/** The main purpose of the ideal (kept here so this module does not need the questionnaire). */
function idealMain(answers: Answers): Purpose | null {
  const chosen = PURPOSES.filter((p) => answers.zwecke.includes(p));
  if (chosen.length === 1) return chosen[0]!;
  return answers.hauptzweck !== null && chosen.includes(answers.hauptzweck) ? answers.hauptzweck : null;
}

/**
 * The fit of one candidate against the ideal with the given weights, item by item.
 * @example fitScore(candidate, answers, DEFAULT_WEIGHTS).score // 64
 */
export function fitScore(candidate: Candidate, answers: Answers, weights: Weights): FitResult {
  const main = idealMain(answers);
  const items: ItemResult[] = [];
  let possible = 0;
  const item = (key: WeightKey, match: number | null, ideal: OptionValue[], actual: string[], open?: SkipReason) => {
    const skip = open ?? (weights[key] === 0 ? 'weight' : undefined);
    if (skip === undefined) possible += weights[key];
    const counted = skip === undefined && match !== null;
    items.push({ key, weight: weights[key], match: counted ? match : null, status: counted ? statusOf(match) : skip ? 'skipped' : 'open', ideal, actual, ...(skip ? { skip } : {}) });
  };

  for (const dim of DIMENSIONS) {
    const raw = answers[dim];
    const open = raw === null || (Array.isArray(raw) && raw.length === 0) ? 'unanswered' : 'unsure';
    const actual = candidateValues(dim, candidate.ratings);
    const ideal = idealValues(dim, answers);
    item(dim, matchDimension(dim, answers, candidate.ratings, main), ideal, actual, ideal.length === 0 ? open : undefined);
  }
  for (const key of SCORED_CHECKS) {
    const answer = candidate.checklist[key];
    item(key, CHECK_VALUES[answer], [], [answer]);
  }

  let points = 0;
  let maxPoints = 0;
  for (const i of items) if (i.match !== null) (points += i.weight * i.match), (maxPoints += i.weight);
  const hours = monthlyHours(candidate);
  const budget = hoursPerMonth(answers);
  const factor = timeFactor(hours, budget);
  const base = maxPoints === 0 ? null : (100 * points) / maxPoints;
  return {
    score: base === null ? null : Math.round(base * factor),
    items,
    points: Math.round(points * 100) / 100,
    maxPoints,
    possible,
    enough: maxPoints > 0 && maxPoints >= ENOUGH_SHARE * possible,
    base: base === null ? null : Math.round(base),
    hours,
    budget,
    factor,
    main,
  };
}

/** Items of a result with one status, e.g. everything that matched. */
export function itemsWithStatus(result: FitResult, status: ItemStatus): ItemResult[] {
  return result.items.filter((i) => i.status === status);
}

/**
 * How many profile dimensions of the ideal can be compared at all (answered, not „Weiß ich noch nicht“).
 * 0 means the score rests on the checklist alone.
 */
export function comparableDimensions(answers: Answers): number {
  return DIMENSIONS.filter((dim) => idealValues(dim, answers).length > 0).length;
}

// ---------------------------------------------------------------------------------------------
// Explanation

/**
 * What one item of a result says, as a code with its values; the island puts it into words.
 * - `unanswered`, `unsure`: not counted, because the ideal is open.
 * - `compare`: the ideal's values against the network's (either list empty when unknown).
 * - `compareMain`: the same for Zweck when the ideal has a main purpose and others besides it;
 *   `main` is that purpose and `ideal` the others.
 * - `check`: a checklist item and the network's answer.
 * `weightZero` marks a comparison that is shown but not counted, because its weight is 0.
 */
export type Explanation =
  | { code: 'unanswered' }
  | { code: 'unsure' }
  | { code: 'compare'; main: null; ideal: OptionValue[]; actual: OptionValue[]; weightZero: boolean }
  | { code: 'compareMain'; main: Purpose; ideal: OptionValue[]; actual: OptionValue[]; weightZero: boolean }
  | { code: 'check'; item: CheckItem; answer: CheckAnswer; weightZero: boolean };

export type ExplanationCode = Explanation['code'];

/**
 * One item of a result as codes: what the ideal and the network say, or why the item does not count.
 * @example explainItem(result.items[4], result) // { code: 'compare', ideal: ['regional'], actual: ['national'], weightZero: false }
 */
export function explainItem(item: ItemResult, result: FitResult): Explanation {
  if (item.skip === 'unanswered' || item.skip === 'unsure') return { code: item.skip } as const;
  const weightZero = item.skip === 'weight';
  if ((SCORED_CHECKS as readonly string[]).includes(item.key)) return { code: 'check', item: item.key as CheckItem, answer: item.actual[0] as CheckAnswer, weightZero };
  const actual = item.actual as OptionValue[];
  const main = result.main;
  if (item.key === 'zwecke' && main !== null && item.ideal.length > 1) return { code: 'compareMain', main, ideal: item.ideal.filter((v) => v !== main), actual, weightZero };
  return { code: 'compare', main: null, ideal: item.ideal, actual, weightZero };
}

// ---------------------------------------------------------------------------------------------
// Lists of candidates

export interface ScoredCandidate {
  candidate: Candidate;
  fit: FitResult;
  /** Position in the reader's list, i.e. the order they were added. */
  index: number;
}

/** The orders the list offers (SORT_ORDERS, in the control's order) plus newest first. */
export const SORT_ORDERS = ['passung', 'zeit', 'name'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number] | 'neueste';

/**
 * Every candidate with its fit, sorted:
 * - passung: sufficiently rated before „zu wenig bewertet“, each best first, unscored last;
 * - zeit: fewest hours per month first, unknown time last;
 * - name: in the locale's order;
 * - neueste: newest first.
 * Ties go by name, then id, so the order of the stored list never decides (except „neueste“).
 */
export function scoreCandidates(state: CandidatesState, answers: Answers, order: SortOrder = 'passung'): ScoredCandidate[] {
  const scored = state.candidates.map((candidate, index) => ({ candidate, fit: fitScore(candidate, answers, state.weights), index }));
  if (order === 'neueste') return scored.sort((a, b) => b.index - a.index);
  const name = (a: ScoredCandidate, b: ScoredCandidate) => compareText(a.candidate.name, b.candidate.name) || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0);
  const key = (s: ScoredCandidate) =>
    order === 'zeit' ? s.fit.hours ?? Infinity : order === 'name' ? 0 : (s.fit.enough ? 0 : 200) + (100 - (s.fit.score ?? -1));
  return scored.sort((a, b) => key(a) - key(b) || name(a, b));
}

/**
 * The best `n` candidates by fit – for the plan page.
 * @example topCandidates(state, answers, 3).map((c) => c.candidate.name) // ['Unternehmerfrühstück', 'IHK-Forum', …]
 */
export function topCandidates(state: CandidatesState, answers: Answers, n: number): ScoredCandidate[] {
  return scoreCandidates(state, answers, 'passung').slice(0, Math.max(0, n));
}
