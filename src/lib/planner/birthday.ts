/**
 * Birthdays as the planner keeps them: day and month (`MM-DD`), or with the year when the reader
 * knows it and wants to keep it (`YYYY-MM-DD`, schema version 3). Everything that plans around a
 * birthday (the birthday list, the calendar, the plan) reads only its day and month.
 */
import { PLANNER_LIMITS } from './planner-schema';

/**
 * The day and month of a stored birthday, with or without a year; '' for none.
 * @example birthdayMonthDay('1980-03-14') // '03-14'
 * @example birthdayMonthDay('03-14') // '03-14'
 */
export function birthdayMonthDay(birthday: string): string {
  return birthday.length === 10 ? birthday.slice(5) : birthday;
}

/**
 * The year of a stored birthday, or null when it has none.
 * @example birthYear('1980-03-14') // 1980
 */
export function birthYear(birthday: string): number | null {
  return birthday.length === 10 ? Number(birthday.slice(0, 4)) : null;
}

/**
 * Whether a `MM-DD` birthday exists in some year (so 02-29 does, 02-30 does not).
 * @example isValidBirthday('02-29') // true
 */
export function isValidBirthday(monthDay: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  if (!m) return false;
  const [month, dayOfMonth] = [Number(m[1]), Number(m[2])];
  const max = month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= max;
}

/**
 * Reads a birthday as the reader types it – day and month, e.g. „14.3.“ or „14.03“, optionally with
 * the year, „14.3.1980“ – into `MM-DD` or `YYYY-MM-DD`; '' for an empty field, null for anything
 * that is not a day of the calendar or has a year before 1900 (`PLANNER_LIMITS`) or after `thisYear`.
 * @example parseBirthday('29.2.') // '02-29'
 * @example parseBirthday('31.4.') // null
 * @example parseBirthday('14.3.1980', 2026) // '1980-03-14'
 */
export function parseBirthday(text: string, thisYear: number = new Date().getFullYear()): string | null {
  const t = text.trim();
  if (!t) return '';
  const m = /^(\d{1,2})\.\s*(\d{1,2})\.?(?:\s*(\d{4}))?$/.exec(t);
  if (!m) return null;
  const monthDay = `${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!isValidBirthday(monthDay)) return null;
  if (m[3] === undefined) return monthDay;
  const year = Number(m[3]);
  if (year < PLANNER_LIMITS.contact.firstBirthYear || year > thisYear) return null;
  if (monthDay === '02-29' && !((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return null;
  return `${m[3]}-${monthDay}`;
}

/**
 * A birthday the way Germans write it, with its year when it has one.
 * @example formatBirthday('03-14') // '14.3.'
 * @example formatBirthday('1980-03-14') // '14.3.1980'
 */
export function formatBirthday(birthday: string): string {
  if (!birthday) return '';
  const monthDay = birthdayMonthDay(birthday);
  const year = birthYear(birthday);
  return `${Number(monthDay.slice(3))}.${Number(monthDay.slice(0, 2))}.${year === null ? '' : year}`;
}
