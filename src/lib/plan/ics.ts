/**
 * A small iCalendar (RFC 5545) writer for all-day events: escaped text, lines folded at 75 octets
 * without splitting a UTF-8 character, CRLF line ends, stable UIDs and optional reminders.
 * It writes only what the plan needs, and nothing it writes depends on the time of day or zone.
 */
import { addDays, compactDay, type IsoDay } from '../dates/iso-day';

/** One all-day event. */
export interface CalendarEvent {
  /** Unique and stable across exports, so that importing again updates instead of duplicating. */
  uid: string;
  date: IsoDay;
  summary: string;
  description?: string;
  categories?: readonly string[];
  /** yearly: same day every year; yearly-end-of-february: 28 or 29 February, whichever is last. */
  repeat?: 'yearly' | 'yearly-end-of-february';
  /**
   * Written with `STATUS:CANCELLED`, one SEQUENCE higher and without reminder, so that a calendar
   * which updates events by UID removes the event it imported before (a finished action, say).
   */
  cancelled?: boolean;
}

export interface CalendarOptions {
  /** Moment of the export as an ISO instant (UTC), written as DTSTAMP. */
  stamp: string;
  /** Calendar name shown by some clients. */
  name: string;
  /** Reminder relative to the start of the day, as an RFC 5545 duration (e.g. `-PT15H`); none when absent. */
  alarm?: string;
}

export const PRODUCT_ID = '-//Netzwerk-Kompass//Plan 1.0//DE';
export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks (CR, LF, CRLF become `\n`).
 * Other control characters are not allowed in iCalendar text and are dropped.
 * @example escapeText('Kaffee; Kuchen, Notiz\nzwei') // 'Kaffee\\; Kuchen\\, Notiz\\nzwei'
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** Octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line so that no physical line exceeds 75 octets (UTF-8), breaking only
 * between characters; continuation lines start with a space, which counts towards their 75.
 * @example foldLine('SUMMARY:' + 'x'.repeat(80)) // 'SUMMARY:xxx…x\r\n xxxxxxxxxxxxx'
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/**
 * An ISO instant as an iCalendar UTC date-time.
 * @example formatStamp('2026-03-02T08:05:09.123Z') // '20260302T080509Z'
 */
export function formatStamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a moment: "${iso}"`);
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/**
 * An event's revision number: twice the minutes since 2024 at the moment of export, plus one for a
 * cancelled event. It grows with every later export, so calendars that compare SEQUENCE accept a
 * moved event as the newer version of the one they have; and a cancelled event outranks the open
 * one even when both were written in the same minute, so finishing always counts as newer.
 * It is a pure function of the export's moment and the event's state: the same state exported in
 * the same minute gives the same file.
 * @example sequenceFor('2024-01-01T01:00:00Z') // 120
 * @example sequenceFor('2024-01-01T01:00:00Z', true) // 121
 */
export function sequenceFor(iso: string, cancelled = false): number {
  const minutes = Math.max(0, Math.floor((new Date(iso).getTime() - Date.UTC(2024, 0, 1)) / 60_000));
  return minutes * 2 + (cancelled ? 1 : 0);
}

function eventLines(event: CalendarEvent, options: CalendarOptions, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${sequenceFor(options.stamp, event.cancelled)}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `DTSTART;VALUE=DATE:${compactDay(event.date)}`,
    `DTEND;VALUE=DATE:${compactDay(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.repeat === 'yearly') lines.push('RRULE:FREQ=YEARLY');
  if (event.repeat === 'yearly-end-of-february') lines.push('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
  lines.push('TRANSP:TRANSPARENT');
  if (options.alarm && !event.cancelled) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:${options.alarm}`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * The text of a calendar file with these events, CRLF line ends and folded lines.
 * @example buildCalendar([{ uid: 'a@x', date: '2026-03-02', summary: 'Anrufen' }], { stamp: '2026-03-01T10:00:00Z', name: 'Plan' })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…END:VCALENDAR\r\n'
 */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = formatStamp(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const event of events) lines.push(...eventLines(event, options, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
