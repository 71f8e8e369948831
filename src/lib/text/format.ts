const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A calendar day in German long form.
 * @example formatDateDe(new Date('2026-11-23')) // '23. November 2026'
 */
export function formatDateDe(date: Date): string {
  return dateFormat.format(date);
}

/** The same day as an ISO string for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
