/**
 * What a candidate network costs in time, and how that compares with the reader's budget from
 * the self-test (hours per month, questionnaire/hours.ts).
 *
 * Hours per month = meetings per month (from the rhythm) × hours per meeting, travel included.
 * Over budget, the fit score is multiplied by budget ÷ cost (fit-score.ts): a network that takes
 * three times the reader's hours keeps a third of its score. Unknown rhythm, hours or budget
 * leave the score alone – time counts only when it is known.
 */
import type { Candidate, Rhythm } from './candidates-schema';

/** Meetings per month for each rhythm: 52 weeks or 26 fortnights over 12 months, and so on. */
export const MEETINGS_PER_MONTH: Readonly<Record<Rhythm, number>> = {
  woechentlich: 52 / 12,
  zweiwoechentlich: 26 / 12,
  monatlich: 1,
  vierteljaehrlich: 1 / 3,
  jaehrlich: 1 / 12,
};

/**
 * Hours a month the candidate takes, or null while its rhythm or hours per meeting are unknown.
 * @example monthlyHours({ …, rhythmus: 'woechentlich', stunden: 2.5 }) // 10.83…
 */
export function monthlyHours(candidate: Pick<Candidate, 'rhythmus' | 'stunden'>): number | null {
  const { rhythmus, stunden } = candidate;
  return rhythmus === 'unklar' || stunden === null ? null : MEETINGS_PER_MONTH[rhythmus] * stunden;
}

/**
 * The factor the score is multiplied by: 1 within budget or when either side is unknown,
 * budget ÷ cost over budget (so between 0 and 1; never above 1, never raises a score).
 * @example timeFactor(6, 2) // 0.333…
 */
export function timeFactor(cost: number | null, budget: number | null): number {
  return cost === null || budget === null || cost <= budget ? 1 : Math.max(0, budget / cost);
}
