import { test } from 'vitest';
import { checkIcsProperties } from '../support/ics-properties';
import { buildCalendar } from '../../../src/lib/plan/ics';

// iCalendar text has no escape for a bare CR and the writer drops control characters,
// so line breaks come back as LF and control characters are gone; everything else is exact.
const normalize = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

test('10,000 random texts come back exactly through ical.js, in lines of at most 75 octets', () => {
  checkIcsProperties(
    (text) => buildCalendar([{ uid: 'a@netzwerk-kompass', date: '2026-03-02', summary: text, description: text }], { stamp: '2026-03-01T10:00:00Z', name: text }),
    { fields: ['summary', 'description'], normalize },
  );
}, 120_000);
