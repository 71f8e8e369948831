import { test } from 'vitest';
import { checkIcsProperties, foldBoundaryText } from '../support/ics-properties';
import { buildCalendar } from '../../../src/lib/plan/ics';

// iCalendar text has no escape for a bare CR and the writer drops control characters,
// so line breaks come back as LF and control characters are gone; everything else is exact.
const normalize = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
const build = (text: string) => buildCalendar([{ uid: 'a@netzwerk-kompass', date: '2026-03-02', summary: text, description: text }], { stamp: '2026-03-01T10:00:00Z', name: text });

test('10,000 random texts come back exactly through ical.js, in lines of at most 75 octets', () => {
  checkIcsProperties(build, { fields: ['summary', 'description'], normalize });
}, 120_000);

test('2,000 texts with multi-octet characters across the fold come back exactly, no character split', () => {
  checkIcsProperties(build, { fields: ['summary', 'description'], normalize, texts: foldBoundaryText, numRuns: 2000 });
}, 60_000);
