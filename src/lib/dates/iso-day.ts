/**
 * Calendar arithmetic on ISO day strings (`YYYY-MM-DD`). Days are computed in UTC so that a
 * daylight-saving change can never make a day 23 or 25 hours long and shift a result by one.
 */

/** A calendar day as `YYYY-MM-DD`. */
export type IsoDay = string;

/** The message of the issue a valibot schema reports for a date that does not exist (see `day-schema.ts`); a code, not words. */
export const NOT_A_DATE = 'notADate';

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parts(day: IsoDay): [number, number, number] {
  const m = pattern.exec(day);
  if (!m) throw new Error(`Not a day in the form YYYY-MM-DD: "${day}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function toUtc(day: IsoDay): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Whether `value` is a real calendar day in ISO form.
 * @example isIsoDay('2028-02-29') // true
 * @example isIsoDay('2027-02-29') // false
 */
export function isIsoDay(value: string): boolean {
  const m = pattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const monthDayPattern = /^(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a day of the year as `MM-DD` that exists in some year (29 February does).
 * @example isMonthDay('02-29') // true
 * @example isMonthDay('02-30') // false
 */
export function isMonthDay(value: string): boolean {
  const m = monthDayPattern.exec(value);
  if (!m) return false;
  const [mo, d] = [Number(m[1]), Number(m[2])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(2000, mo);
}

/** Whether `year` has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1 = January).
 * @example daysInMonth(2027, 2) // 28
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The day `n` days later (or earlier, for negative `n`).
 * @example addDays('2026-12-30', 3) // '2027-01-02'
 */
export function addDays(day: IsoDay, n: number): IsoDay {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/**
 * The same day `n` months later; a day that does not exist there becomes the month's last day.
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(day: IsoDay, n: number): IsoDay {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const clamped = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

/**
 * Whole days from `from` to `to`; negative when `to` lies before `from`.
 * @example daysBetween('2026-12-30', '2027-01-02') // 3
 */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** The later of two days. */
export function laterDay(a: IsoDay, b: IsoDay): IsoDay {
  return a >= b ? a : b;
}

/** The year of a day. */
export function yearOf(day: IsoDay): number {
  return parts(day)[0];
}

/**
 * A day in the compact form of iCalendar dates.
 * @example compactDay('2026-03-01') // '20260301'
 */
export function compactDay(day: IsoDay): string {
  parts(day);
  return day.replaceAll('-', '');
}

/**
 * The calendar day of `date` where the reader is (not in UTC), as an ISO day.
 * @example localDay(new Date(2026, 2, 1, 23, 30)) // '2026-03-01'
 */
export function localDay(date: Date = new Date()): IsoDay {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The UTC calendar day of `date`, for dates that are days already (frontmatter, `<time datetime>`).
 * @example utcDay(new Date('2026-11-23T15:00:00Z')) // '2026-11-23'
 */
export function utcDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}
