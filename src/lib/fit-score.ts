/**
 * How well a candidate network fits the reader's ideal: a score from 0 to 100 with an
 * explanation of every item that went into it.
 *
 * Formula: score = round(100 × Σ(wᵢ × mᵢ) ÷ Σ wᵢ), summed over the counted items i, where
 * wᵢ is the item's weight (0–5, adjustable) and mᵢ its match between 0 and 1:
 *
 * - Profile dimensions (Treffpunkt, Zweck, Größe, Zusammensetzung, Reichweite, Zugang, Kontakte, Ton):
 *   counted only when the reader's ideal has an answer other than „Weiß ich noch nicht“. An open
 *   ideal leaves the item out of both sums, so it neither raises nor lowers the score.
 *   A candidate rated „Weiß ich nicht“ counts mᵢ = 0.5: unknown is neither a hit nor a miss, and a
 *   barely rated network lands in the middle instead of at the top.
 * - Checklist items: ja = 1, nein = 0, noch offen = 0.5.
 * - Items with weight 0 do not count. With nothing left to count the score is null.
 *
 * Matches per dimension: see `matchDimension`.
 */
import type { Answers } from './answers-schema';
import {
  CHECK_ITEMS,
  DIMENSIONS,
  type Candidate,
  type CandidatesState,
  type CheckAnswer,
  type Dimension,
  type Ratings,
  type WeightKey,
  type Weights,
} from './candidates-schema';
import { LABELS, PURPOSES, REACHES, UNKNOWN, joinGerman, type Purpose } from './profile-options';

/** The value an unknown candidate rating or an open checklist item counts. */
export const UNKNOWN_MATCH = 0.5;

export const CHECK_VALUES: Readonly<Record<CheckAnswer, number>> = { ja: 1, nein: 0, offen: UNKNOWN_MATCH };

/** Names of the dimensions and checklist items, and the question the check form asks. */
export const ITEM_INFO: Readonly<Record<WeightKey, { label: string; question: string }>> = {
  form: { label: 'Treffpunkt', question: 'Wo trifft sich das Netzwerk?' },
  zwecke: { label: 'Zweck', question: 'Wobei hilft dir dieses Netzwerk?' },
  groesse: { label: 'Größe', question: 'Wie groß ist es?' },
  zusammensetzung: { label: 'Zusammensetzung', question: 'Wer ist dabei?' },
  reichweite: { label: 'Reichweite', question: 'Wie weit reicht es?' },
  zugang: { label: 'Zugang', question: 'Wer darf hinein?' },
  ebenen: { label: 'Kontakte', question: 'Auf welcher Ebene arbeiten die Mitglieder?' },
  ton: { label: 'Ton', question: 'Welcher Ton herrscht dort?' },
  netiquette: { label: 'Ton und Netiquette', question: 'Umgangston und Netiquette passen zu mir.' },
  themen: { label: 'Themen', question: 'Die Themen interessieren mich wirklich.' },
  beitragen: { label: 'Beitrag', question: 'Ich kann dort etwas beitragen.' },
  zeit: { label: 'Zeitaufwand', question: 'Der Zeitaufwand passt in mein Budget.' },
  gast: { label: 'Probebesuch', question: 'Ich war schon als Gast oder bei einem Meet-and-Greet dabei.' },
  kosten: { label: 'Kosten', question: 'Mitgliedsbeitrag und Kosten sind für mich in Ordnung.' },
};

export const CHECK_ANSWER_LABELS: Readonly<Record<CheckAnswer, string>> = { ja: 'Ja', nein: 'Nein', offen: 'Noch offen' };

// ---------------------------------------------------------------------------------------------
// Matches

/** The ideal's answer for a dimension as a list; empty when unanswered or „Weiß ich noch nicht“. */
function idealValues(dim: Dimension, answers: Answers): string[] {
  const value = answers[dim];
  const list = Array.isArray(value) ? value : value === null ? [] : [value];
  return list.includes(UNKNOWN) ? [] : list;
}

/** The candidate's rating as a list; empty when unknown. */
function candidateValues(dim: Dimension, ratings: Ratings): string[] {
  const value = ratings[dim];
  const list: string[] = Array.isArray(value) ? value : [value];
  return list.includes(UNKNOWN) ? [] : [...list].sort((a, b) => labelOrder.indexOf(a) - labelOrder.indexOf(b));
}

/** Options in the order of the questionnaire, for listing several values. */
const labelOrder = Object.keys(LABELS);

/**
 * How well a candidate matches the ideal on one dimension, from 0 to 1; null when the ideal is
 * open (the dimension is not counted); UNKNOWN_MATCH when the candidate is not rated.
 *
 * - Treffpunkt: same = 1; one of the two „gemischt“ = 0.5; online against vor Ort = 0.
 * - Zweck: the main purpose counts double: (2 × [main offered] + others offered) ÷ (2 + number of others);
 *   without a main purpose, the share of the chosen purposes the network offers.
 * - Reichweite: 1 − 0.5 × steps apart on lokal – regional – national – international, at least 0.
 * - Kontakte: the share of the sought levels the network's members work on.
 * - Größe, Zusammensetzung, Zugang, Ton: same = 1, different = 0.
 * @example matchDimension('reichweite', { …, reichweite: 'regional' }, { …, reichweite: 'national' }, 'regional') // 0.5
 */
export function matchDimension(dim: Dimension, answers: Answers, ratings: Ratings, main: Purpose | null): number | null {
  const ideal = idealValues(dim, answers);
  if (ideal.length === 0) return null;
  const actual = candidateValues(dim, ratings);
  if (actual.length === 0) return UNKNOWN_MATCH;
  const offered = (value: string) => actual.includes(value);

  switch (dim) {
    case 'form': {
      const [want, is] = [ideal[0], actual[0]];
      if (want === is) return 1;
      return want === 'gemischt' || is === 'gemischt' ? 0.5 : 0;
    }
    case 'zwecke': {
      if (main === null) return ideal.filter(offered).length / ideal.length;
      const others = ideal.filter((p) => p !== main);
      return (2 * Number(offered(main)) + others.filter(offered).length) / (2 + others.length);
    }
    case 'reichweite': {
      const steps = Math.abs(REACHES.indexOf(ideal[0] as never) - REACHES.indexOf(actual[0] as never));
      return Math.max(0, 1 - 0.5 * steps);
    }
    case 'ebenen':
      return ideal.filter(offered).length / ideal.length;
    default:
      return ideal[0] === actual[0] ? 1 : 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Score and explanation

export type ItemStatus = 'passt' | 'teils' | 'passt-nicht' | 'offen' | 'nicht-gezaehlt';

export interface ItemResult {
  key: WeightKey;
  label: string;
  weight: number;
  /** 0–1, or null when the item is not counted. */
  match: number | null;
  status: ItemStatus;
  /** „Ideal: Online · dieses Netzwerk: Vor Ort“, or why the item does not count. */
  detail: string;
}

export interface FitResult {
  /** 0–100, or null when nothing counts (no weight on any counted item). */
  score: number | null;
  items: ItemResult[];
  /** Σ wᵢ × mᵢ and Σ wᵢ, for showing the arithmetic. */
  points: number;
  maxPoints: number;
}

function statusOf(match: number, candidateUnknown: boolean): ItemStatus {
  if (candidateUnknown) return 'offen';
  if (match >= 0.75) return 'passt';
  if (match <= 0.25) return 'passt-nicht';
  return 'teils';
}

function valuesText(values: readonly string[]): string {
  return values.length === 0 ? 'weiß ich nicht' : joinGerman(values.map((value) => LABELS[value as keyof typeof LABELS]));
}

/** The main purpose of the ideal without importing the questionnaire (keeps this module small). */
function idealMain(answers: Answers): Purpose | null {
  const chosen = PURPOSES.filter((p) => answers.zwecke.includes(p));
  if (chosen.length === 1) return chosen[0]!;
  return answers.hauptzweck !== null && chosen.includes(answers.hauptzweck) ? answers.hauptzweck : null;
}

/**
 * The fit of one candidate against the ideal with the given weights, item by item.
 * @example fitScore(candidate, answers, DEFAULT_WEIGHTS).score // 72
 */
export function fitScore(candidate: Candidate, answers: Answers, weights: Weights): FitResult {
  const main = idealMain(answers);
  const items: ItemResult[] = [];

  for (const dim of DIMENSIONS) {
    const label = ITEM_INFO[dim].label;
    const weight = weights[dim];
    const ideal = idealValues(dim, answers);
    const match = matchDimension(dim, answers, candidate.ratings, main);
    if (match === null) {
      const why = answers[dim] === null || (Array.isArray(answers[dim]) && answers[dim].length === 0) ? 'im Selbsttest noch nicht beantwortet' : 'im Selbsttest mit „Weiß ich noch nicht“ beantwortet';
      items.push({ key: dim, label, weight, match: null, status: 'nicht-gezaehlt', detail: `Zählt nicht: ${why}.` });
      continue;
    }
    const actual = candidateValues(dim, candidate.ratings);
    const idealText = dim === 'zwecke' && main !== null && ideal.length > 1 ? `vor allem ${LABELS[main]}, außerdem ${valuesText(ideal.filter((p) => p !== main))}` : valuesText(ideal);
    const detail = `Dein Ideal: ${idealText} · dieses Netzwerk: ${valuesText(actual)}`;
    if (weight === 0) {
      items.push({ key: dim, label, weight, match: null, status: 'nicht-gezaehlt', detail: `Zählt nicht: Gewicht 0. ${detail}` });
      continue;
    }
    items.push({ key: dim, label, weight, match, status: statusOf(match, actual.length === 0), detail });
  }

  for (const item of CHECK_ITEMS) {
    const label = ITEM_INFO[item].label;
    const weight = weights[item];
    const answer = candidate.checklist[item];
    const detail = `${ITEM_INFO[item].question} – ${CHECK_ANSWER_LABELS[answer]}`;
    if (weight === 0) {
      items.push({ key: item, label, weight, match: null, status: 'nicht-gezaehlt', detail: `Zählt nicht: Gewicht 0. ${detail}` });
      continue;
    }
    const match = CHECK_VALUES[answer];
    items.push({ key: item, label, weight, match, status: statusOf(match, answer === 'offen'), detail });
  }

  const counted = items.filter((i) => i.match !== null);
  const maxPoints = counted.reduce((sum, i) => sum + i.weight, 0);
  const points = counted.reduce((sum, i) => sum + i.weight * i.match!, 0);
  const score = maxPoints === 0 ? null : Math.round((100 * points) / maxPoints);
  return { score, items, points: Math.round(points * 100) / 100, maxPoints };
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
// Lists of candidates

export interface ScoredCandidate {
  candidate: Candidate;
  fit: FitResult;
  /** Position in the reader's list, i.e. the order they were added. */
  index: number;
}

export type SortOrder = 'passung' | 'name' | 'neueste';

const byName = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/**
 * Every candidate with its fit, sorted: by fit (best first; unscored last; ties by name),
 * by name, or newest first.
 */
export function scoreCandidates(state: CandidatesState, answers: Answers, order: SortOrder = 'passung'): ScoredCandidate[] {
  const scored = state.candidates.map((candidate, index) => ({ candidate, fit: fitScore(candidate, answers, state.weights), index }));
  const name = (a: ScoredCandidate, b: ScoredCandidate) => byName.compare(a.candidate.name, b.candidate.name);
  if (order === 'name') return scored.sort(name);
  if (order === 'neueste') return scored.sort((a, b) => b.index - a.index);
  return scored.sort((a, b) => (b.fit.score ?? -1) - (a.fit.score ?? -1) || name(a, b));
}

/**
 * The best `n` candidates by fit – for the plan page.
 * @example topCandidates(state, answers, 3).map((c) => c.candidate.name) // ['Texttreff', 'IHK-Forum', …]
 */
export function topCandidates(state: CandidatesState, answers: Answers, n: number): ScoredCandidate[] {
  return scoreCandidates(state, answers, 'passung').slice(0, Math.max(0, n));
}

/** The label of a level or purpose list, for the candidate card. */
export function ratingText(dim: Dimension, ratings: Ratings): string {
  return valuesText(candidateValues(dim, ratings));
}

