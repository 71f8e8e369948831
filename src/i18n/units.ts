/**
 * Durations in words. The unit is in the name: `formatHours` takes hours (what the reader types
 * in the questionnaire), `formatMinutes` takes minutes (what the planner counts) and writes
 * them as hours, rounded to a tenth.
 */
import { common } from './de/common';
import { formatNumber, plural } from './format';

/**
 * @example formatHours(2.5) // '2,5 Stunden'
 * @example formatHours(1) // '1 Stunde'
 */
export function formatHours(hours: number): string {
  return plural(common.hours, hours, { n: formatNumber(hours, { maximumFractionDigits: 2 }) });
}

/**
 * @example formatMinutes(195) // '3,3 Stunden'
 * @example formatMinutes(60) // '1 Stunde'
 */
export function formatMinutes(minutes: number): string {
  return plural(common.hours, Math.round((minutes / 60) * 10) / 10);
}
