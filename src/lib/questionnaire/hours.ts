/**
 * Hours per month as the reader types and reads them. Kept apart from the questionnaire so the
 * network check (and later the planner) can use them without loading the questions.
 */
import type { Answers } from './answers-schema';

/** The most hours a month the questionnaire accepts: a full-time job. */
export const HOURS_MAX = 160;

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
 * The hours per month the reader can give, or null when unknown or not (validly) answered.
 * @example hoursPerMonth({ …, stunden: '2,5', stundenUnklar: false }) // 2.5
 */
export function hoursPerMonth(answers: Answers): number | null {
  if (answers.stundenUnklar) return null;
  const hours = parseHours(answers.stunden);
  return hours !== null && hours <= HOURS_MAX ? hours : null;
}
