/**
 * What the planner's fields accept before a value is saved: numbers within the schema's bounds and
 * text that is not blank. The checks return the value to save or a code; the page has the words.
 */
import { PLANNER_LIMITS } from './planner-schema';

/** A number field's bounds; `decimals` allows a comma or point, `empty` lets a blank field mean null. */
export interface NumberRange {
  min: number;
  max: number;
  decimals?: boolean;
  empty?: boolean;
}

/** Why a number cannot be saved: not a whole number (`wholeNumber`) or not a number (`number`) from `min` to `max`. */
export interface NumberProblem {
  code: 'wholeNumber' | 'number';
  min: number;
  max: number;
}

/** The planner's number fields, bounded as the schema bounds them. */
export const NUMBER_RANGES = {
  hoursPerMonth: { min: 0, max: PLANNER_LIMITS.hoursPerMonth, decimals: true, empty: true },
  channelTimes: { min: 0, max: PLANNER_LIMITS.channel.times },
  channelMinutes: { min: 0, max: PLANNER_LIMITS.channel.minutes },
} as const satisfies Record<string, NumberRange>;

/**
 * Reads a number as the reader types it („7,5“ or „7.5“) if it lies in `range`.
 * @example readNumber('7,5', NUMBER_RANGES.hoursPerMonth) // { ok: 7.5 }
 * @example readNumber('', NUMBER_RANGES.hoursPerMonth) // { ok: null }
 * @example readNumber('2.5', NUMBER_RANGES.channelTimes) // { problem: { code: 'wholeNumber', min: 0, max: 99 } }
 */
export function readNumber(text: string, range: NumberRange): { ok: number | null } | { problem: NumberProblem } {
  const t = text.trim();
  if (t === '' && range.empty) return { ok: null };
  const n = Number(t.replace(',', '.'));
  if (t && Number.isFinite(n) && n >= range.min && n <= range.max && (range.decimals || Number.isInteger(n))) return { ok: n };
  return { problem: { code: range.decimals ? 'number' : 'wholeNumber', min: range.min, max: range.max } };
}

/**
 * A required text without its outer spaces, or null when it is blank.
 * @example filledText('  M. Bauer ') // 'M. Bauer'
 * @example filledText('   ') // null
 */
export function filledText(text: string): string | null {
  const t = text.trim();
  return t === '' ? null : t;
}

