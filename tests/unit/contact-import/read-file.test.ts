/**
 * The import's entry on every fixture file, and fast-check feeding random CSV and vCard text to it
 * and to the parsers themselves (which have no catch-all): nothing throws, and the answer is always
 * rows, a table to map, or an error code.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { readContactFile, type ReadOutcome } from '../../../src/lib/contact-import/read-file';
import { linkedInBody, parseLinkedIn, rowsFromTable } from '../../../src/lib/contact-import/csv';
import { parseVCards } from '../../../src/lib/contact-import/vcard';
import { IMPORT_FIELD_LIMITS, type ImportErrorCode } from '../../../src/lib/contact-import/fields';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/contact-import/${name}`, import.meta.url)));
const read = (name: string) => readContactFile(bytes(name), 10_000, 2026);
const utf8 = (s: string) => new TextEncoder().encode(s);
const ERRORS: readonly ImportErrorCode[] = ['encoding', 'too-big', 'no-name-column', 'vcard-unterminated', 'too-many-rows', 'nothing'];

/** Whether an outcome is one of the three allowed shapes, with every row inside the schema's bounds. */
function wellFormed(outcome: ReadOutcome): boolean {
  if (outcome.ok === 'mapping') return outcome.guess.length === outcome.table.header.length;
  if (outcome.ok === false) return ERRORS.includes(outcome.error.code);
  return outcome.rows.length > 0 && outcome.rows.every((r) => r.name.length >= 1 && r.name.length <= IMPORT_FIELD_LIMITS.name && r.emails.length <= IMPORT_FIELD_LIMITS.emails && r.phones.length <= IMPORT_FIELD_LIMITS.phones && r.notes.length <= IMPORT_FIELD_LIMITS.notes && r.at >= 1) && outcome.problems.every((p) => p.at >= 1);
}

describe('reading each fixture', () => {
  test('LinkedIn and the vCards give rows; the other CSVs a table with a guessed mapping', () => {
    expect(read('linkedin-connections.csv')).toMatchObject({ ok: true, kind: 'linkedin' });
    for (const [name, count] of [['apple-3.0.vcf', 3], ['google-3.0.vcf', 2], ['outlook-2.1.vcf', 2], ['xing-3.0.vcf', 1], ['vcard-4.0.vcf', 2]] as const) {
      const outcome = read(name);
      expect(outcome.ok === true && outcome.rows.length, name).toBe(count);
    }
    const excel = read('excel-de.csv');
    expect(excel.ok).toBe('mapping');
    if (excel.ok === 'mapping') expect(excel.table.header[0]).toBe('Vorname');
    expect(read('google.csv').ok).toBe('mapping');
  });

  test('broken files give their code', () => {
    expect(read('broken-binary.csv')).toEqual({ ok: false, error: { code: 'encoding' } });
    expect(read('broken-unterminated.vcf')).toEqual({ ok: false, error: { code: 'vcard-unterminated', at: 2 } });
    const noName = read('broken-no-name.csv');
    expect(noName.ok === 'mapping' && rowsFromTable(noName.table, noName.guess, 100, 2026)).toEqual({ ok: false, error: { code: 'no-name-column' } });
    expect(readContactFile(utf8('   \n'), 100, 2026)).toEqual({ ok: false, error: { code: 'nothing' } });
    expect(readContactFile(utf8('{"format":"netzwerk-kompass"}'), 100, 2026)).toEqual({ ok: false, error: { code: 'nothing' } });
  });

  test('50,000 LinkedIn rows are refused as too many, naming the limit', () => {
    const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 50_000; i++) lines.push(`P${i},Q${i},,,,,`);
    expect(readContactFile(utf8(lines.join('\n')), 10_000, 2026)).toEqual({ ok: false, error: { code: 'too-many-rows', limit: 10_000, count: 50_000 } });
  });
});

describe('random input never throws', () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom('', '"', '""', ',', ';', '\n', '\r\n', 'Müller', '=FC', 'a@b.de', '--0314', '15 Mar 2024', '\uFEFF'));
  const csvText = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }).chain((rows) =>
    fc.constantFrom(',', ';', '\t').map((sep) => rows.map((r) => r.join(sep)).join('\n')),
  );
  const linkedInText = csvText.map((t) => `Notes:\n"x"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n${t}`);
  const vcardLine = fc.oneof(
    fc.string(),
    fc.constantFrom('BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'VERSION:3.0', 'VERSION:4.0', 'FN:', 'N:;;;;', ' folded', 'BDAY:--0230', 'BDAY:x', 'EMAIL;PREF:x', 'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=bogus:=F', 'TEL;CELL:=', 'ORG:a\\;b', 'PHOTO;ENCODING=b:AAA', 'X:"'),
    fc.tuple(fc.constantFrom('FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'TEL', 'URL', 'BDAY', 'NOTE', 'CATEGORIES', 'X-SOCIALPROFILE'), fc.constantFrom('', ';TYPE=WORK', ';CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE', ';VALUE=uri', ';x'), fc.string()).map(([n, p, v]) => `${n}${p}:${v}`),
  );
  const vcardText = fc.array(vcardLine, { maxLength: 30 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((nl) => ['BEGIN:VCARD', ...lines].join(nl)));

  test('CSV and LinkedIn text', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, linkedInText), fc.integer({ min: 0, max: 20 }), (text, room) => {
        const outcome = readContactFile(utf8(text), room, 2026);
        const body = linkedInBody(text);
        if (body !== null) expect(wellFormed(parseLinkedIn(body, room, 2026))).toBe(true);
        expect(wellFormed(outcome)).toBe(true);
        if (outcome.ok === 'mapping') expect(() => rowsFromTable(outcome.table, outcome.guess, room, 2026)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  test('vCard text', () => {
    fc.assert(
      fc.property(vcardText, (text) => {
        expect(wellFormed(readContactFile(utf8(text), 100, 2026))).toBe(true);
        expect(wellFormed(parseVCards(text, 100, 2026))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(wellFormed(readContactFile(b, 100, 2026))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
