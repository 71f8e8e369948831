import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendar, CRLF, escapeText, foldLine, formatStamp, sequenceFor, type CalendarEvent } from '../../../src/lib/plan/ics';

const stamp = '2026-03-02T08:05:09.123Z';
const octets = (s: string) => new TextEncoder().encode(s).length;

/** Parses with ical.js, an independent parser, and returns the events. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

/** Start days of the first `n` occurrences, as YYYY-MM-DD. */
function occurrences(event: InstanceType<typeof ICAL.Event>, n: number): string[] {
  const it = event.iterator();
  const days: string[] = [];
  for (let next = it.next(); next && days.length < n; next = it.next()) days.push(next.toString().slice(0, 10));
  return days;
}

describe('escapeText', () => {
  test('escapes backslash, semicolon and comma', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
  });

  test('turns CR, LF and CRLF into \\n', () => {
    expect(escapeText('eins\r\nzwei\ndrei\rvier')).toBe('eins\\nzwei\\ndrei\\nvier');
  });

  test('drops control characters iCalendar does not allow, keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
  });
});

describe('foldLine', () => {
  test('leaves a line of 75 octets alone', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldLine(line)).toBe(line);
  });

  test('folds a longer line into lines of at most 75 octets, continuing with a space', () => {
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`);
    const lines = folded.split(CRLF);
    expect(lines.length).toBe(3);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'x'.repeat(200)}`);
  });

  test('counts octets, not characters, and never splits a UTF-8 sequence', () => {
    const text = `SUMMARY:${'ä€😀'.repeat(40)}`;
    const lines = foldLine(text).split(CRLF);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // a split sequence would leave a lone surrogate or a replacement character after a round trip
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(text);
    // 40 × (2 + 3 + 4) + 8 octets of content do not fit in fewer than six lines of 75
    expect(lines.length).toBeGreaterThanOrEqual(6);
  });
});

describe('formatStamp', () => {
  test('writes a UTC date-time without separators or fractions', () => {
    expect(formatStamp(stamp)).toBe('20260302T080509Z');
  });

  test('refuses what is not a moment', () => {
    expect(() => formatStamp('gestern')).toThrow();
  });
});

describe('sequenceFor', () => {
  test('grows with the moment of export', () => {
    expect(sequenceFor('2024-01-01T01:00:00Z')).toBe(120);
    expect(sequenceFor('2026-03-02T10:00:00Z')).toBeGreaterThan(sequenceFor('2026-03-02T09:59:00Z'));
  });

  test('is higher for a cancelled event, in the same minute, and below the next minute’s open one', () => {
    expect(sequenceFor('2026-03-02T10:00:00Z', true)).toBe(sequenceFor('2026-03-02T10:00:59Z') + 1);
    expect(sequenceFor('2026-03-02T10:01:00Z')).toBeGreaterThan(sequenceFor('2026-03-02T10:00:00Z', true));
  });
});

describe('buildCalendar', () => {
  const events: CalendarEvent[] = [
    { uid: 'nachfassen-k1@netzwerk-kompass', date: '2026-03-10', summary: 'Bei Jana, Ohm; melden \\ bitte', description: 'Zeile eins\nZeile zwei, mit Komma; und Semikolon', categories: ['Netzwerk-Kompass', 'Kontakt, Pflege'] },
    { uid: 'geburtstag-k2@netzwerk-kompass', date: '2027-02-28', summary: 'Geburtstag: T. K.', repeat: 'yearly-end-of-february' },
    { uid: 'geburtstag-k3@netzwerk-kompass', date: '2026-12-30', summary: 'Geburtstag: Rosa', repeat: 'yearly' },
    { uid: 'aktion-a1@netzwerk-kompass', date: '2026-03-18', summary: `Lange Aktion ${'mit Umlauten äöü und Emoji 🎉 '.repeat(5)}` },
  ];
  const text = buildCalendar(events, { stamp, name: 'Mein Networking-Plan', alarm: '-PT6H' });

  test('ends every line with CRLF and has no bare line feed', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('keeps every physical line within 75 octets', () => {
    for (const line of text.split(CRLF)) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  test('starts with the calendar header', () => {
    expect(text.split(CRLF).slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Netzwerk-Kompass//Plan 1.0//DE']);
  });

  test('parses back with ical.js to the same texts, days and UIDs', () => {
    const parsed = parseEvents(text);
    expect(parsed.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(parsed.map((e) => e.summary)).toEqual(events.map((e) => e.summary));
    expect(parsed[0]!.description).toBe('Zeile eins\nZeile zwei, mit Komma; und Semikolon');
    expect(parsed.map((e) => e.startDate.toString())).toEqual(['2026-03-10', '2027-02-28', '2026-12-30', '2026-03-18']);
    expect(parsed.every((e) => e.startDate.isDate)).toBe(true);
    expect(parsed[0]!.endDate.toString()).toBe('2026-03-11');
  });

  test('keeps categories with commas apart', () => {
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstProperty('categories')!.getValues()).toEqual(['Netzwerk-Kompass', 'Kontakt, Pflege']);
  });

  test('writes DTSTAMP in UTC and the same UID on every export', () => {
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-02T08:05:09Z');
    const again = buildCalendar(events, { stamp: '2026-04-01T10:00:00Z', name: 'x' });
    expect(parseEvents(again).map((e) => e.uid)).toEqual(parseEvents(text).map((e) => e.uid));
  });

  test('repeats a 29 February birthday on the last day of February every year', () => {
    const leap = parseEvents(text)[1]!;
    expect(leap.isRecurring()).toBe(true);
    expect(occurrences(leap, 6)).toEqual(['2027-02-28', '2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29']);
  });

  test('repeats an ordinary birthday yearly on its day', () => {
    expect(occurrences(parseEvents(text)[2]!, 3)).toEqual(['2026-12-30', '2027-12-30', '2028-12-30']);
  });

  test('adds a display alarm to each event when asked', () => {
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    for (const vevent of vevents) {
      const alarm = vevent.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-PT6H');
    }
  });

  test('adds no alarm when none is asked for', () => {
    expect(buildCalendar(events, { stamp, name: 'x' })).not.toContain('VALARM');
  });

  test('writes a cancelled event with the same UID and day, STATUS:CANCELLED, a higher SEQUENCE and no alarm', () => {
    const open = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')[3]!;
    const gone = new ICAL.Component(ICAL.parse(buildCalendar([{ ...events[3]!, cancelled: true }], { stamp, name: 'x', alarm: '-PT6H' }))).getFirstSubcomponent('vevent')!;
    expect(gone.getFirstPropertyValue('uid')).toBe(open.getFirstPropertyValue('uid'));
    expect([open.getFirstPropertyValue('status'), gone.getFirstPropertyValue('status')]).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(Number(gone.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(open.getFirstPropertyValue('sequence')));
    expect(new ICAL.Event(gone).startDate.toString()).toBe('2026-03-18');
    expect(gone.getFirstSubcomponent('valarm')).toBeNull();
  });

  test('writes an empty but valid calendar for no events', () => {
    const empty = buildCalendar([], { stamp, name: 'Leer' });
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents('vevent')).toEqual([]);
  });
});
