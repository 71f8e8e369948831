/**
 * Birthdays as the planner keeps them: day and month only (`MM-DD`), because a greeting needs no
 * year – and the planner keeps as little about other people as it can.
 */

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
 * Reads a birthday as the reader types it – day and month, e.g. „14.3.“ or „14.03“ – into `MM-DD`;
 * '' for an empty field, null for anything that is not a day of the calendar.
 * @example parseBirthday('29.2.') // '02-29'
 * @example parseBirthday('31.4.') // null
 */
export function parseBirthday(text: string): string | null {
  const t = text.trim();
  if (!t) return '';
  const m = /^(\d{1,2})\.\s*(\d{1,2})\.?$/.exec(t);
  const monthDay = m ? `${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : '';
  return isValidBirthday(monthDay) ? monthDay : null;
}

/**
 * A `MM-DD` birthday the way Germans write it.
 * @example formatBirthday('03-14') // '14.3.'
 */
export function formatBirthday(monthDay: string): string {
  return monthDay ? `${Number(monthDay.slice(3))}.${Number(monthDay.slice(0, 2))}.` : '';
}
