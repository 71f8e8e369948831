import { describe, expect, test } from 'vitest';
import { birthdayValue, cardLines, contactsVCard, escapeText, structuredName } from '../../../src/lib/contact-export/vcard';
import { readContactFile } from '../../../src/lib/contact-import/read-file';
import { contact } from '../../fixtures/planner-contacts';
import { EXPORT_CONTACTS, IMPORTED_FIELDS } from './export-contacts';

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

describe('contactsVCard', () => {
  test('writes a 4.0 card with every field', () => {
    expect(cardLines(EXPORT_CONTACTS[0]!)).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Dr. Fatma Yılmaz',
      'N:Yılmaz;Dr. Fatma;;;',
      'ORG:Schröder\\, Weber & Co. KG\\; Niederlassung Süd',
      'TITLE:Geschäftsführerin',
      'EMAIL:fatma@example.org',
      'EMAIL:f.yilmaz@example.com',
      'TEL;VALUE=text:+49 89 123456',
      'TEL;VALUE=text:0171 2345678',
      'URL:https://www.linkedin.com/in/fatma-yilmaz',
      'BDAY:19850314',
      expect.stringMatching(/^NOTE:Erste Zeile\\nZweite Zeile mit "Anführungszeichen"\\, Komma; Semikolon und \\\\ Backslash/),
      'CATEGORIES:Medizintechnik,Köln',
      'END:VCARD',
    ]);
  });

  test('a birthday without a year is --MMDD', () => {
    expect(birthdayValue('02-29')).toBe('--0229');
    expect(birthdayValue('1985-03-14')).toBe('19850314');
    expect(birthdayValue('')).toBe('');
    expect(cardLines(contact({ id: 'k', name: 'Kim', birthday: '03-14' }))).toContain('BDAY:--0314');
  });

  test('escapes backslash, comma, semicolon and line breaks', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c;d\\ne\\nf');
    expect(escapeText('a;b', true)).toBe('a\\;b');
    expect(structuredName('Kim')).toBe('Kim;;;;');
  });

  test('folds lines at 75 octets, multi-octet characters whole, with CRLF line ends', () => {
    const text = contactsVCard(EXPORT_CONTACTS);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
  });

  test('round-trips through the import: same fields for every contact', () => {
    const outcome = readContactFile(new TextEncoder().encode(contactsVCard(EXPORT_CONTACTS)), 10_000, 2026);
    expect(outcome.ok).toBe(true);
    if (outcome.ok !== true) return;
    expect(outcome.kind).toBe('vcard');
    expect(outcome.problems).toEqual([]);
    expect(outcome.rows.map(IMPORTED_FIELDS)).toEqual(EXPORT_CONTACTS.map(IMPORTED_FIELDS));
  });
});
