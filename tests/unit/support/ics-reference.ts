/**
 * A minimal, correct iCalendar writer used only to prove that `ics-properties.ts` passes good
 * output and catches bad output. Not the site's calendar export.
 */
const encoder = new TextEncoder();

/** RFC 5545 TEXT escaping; line breaks of any kind become `\n`. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never inside a code point. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function referenceIcs(text: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Netzwerk-Kompass//Test//DE', 'BEGIN:VEVENT', 'UID:test@netzwerk-kompass', 'DTSTAMP:20260301T100000Z', 'DTSTART;VALUE=DATE:20260301', `SUMMARY:${escapeText(text)}`, `DESCRIPTION:${escapeText(text)}`, 'END:VEVENT', 'END:VCALENDAR'];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Wrong on purpose: no escaping, no folding. */
export function naiveIcs(text: string): string {
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:${text}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
}

/** Wrong on purpose: escapes, but never folds, so long lines stay longer than 75 octets. */
export function unfoldedIcs(text: string): string {
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:${escapeText(text)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
}

/** Wrong on purpose: folds after every 74 characters (code points), so lines of multi-octet characters overshoot 75 octets. */
export function unitFoldIcs(text: string): string {
  const line = `SUMMARY:${escapeText(text)}`;
  const folded = (line.match(/.{1,74}/gsu) ?? []).join('\r\n ');
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n${folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
}
