import { describe, expect, test } from 'vitest';
import { CONTACT_EXPORT_TEXTS } from '../../../src/i18n/de/contact-import';
import { PRIORITY_LABELS, RHYTHM_LABELS } from '../../../src/i18n/de/planner-choices';
import { contactsCsv, CSV_COLUMNS, germanBirthday, neutralise } from '../../../src/lib/contact-export/csv';
import { guessColumns, plainCell, readCsvTable, rowsFromTable } from '../../../src/lib/contact-import/csv';
import { readContactFile } from '../../../src/lib/contact-import/read-file';
import { contact } from '../../fixtures/planner-contacts';
import { EXPORT_CONTACTS, IMPORTED_FIELDS } from './export-contacts';

const words = { header: CONTACT_EXPORT_TEXTS.header, priorityLabels: PRIORITY_LABELS, rhythmLabels: RHYTHM_LABELS };

describe('neutralise', () => {
  test.each(['=1+1', '+49 89 1234', '-3', '@SUM(A1)'])('puts an apostrophe before %s', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });
  test('leaves other text alone', () => {
    expect(neutralise('Jana = Chefin')).toBe('Jana = Chefin');
    expect(neutralise('')).toBe('');
  });
  test('the import takes the apostrophe off again', () => {
    expect(plainCell(neutralise('+49 89 1234'))).toBe('+49 89 1234');
    expect(plainCell("'Zitat'")).toBe("'Zitat'");
  });
});

describe('contactsCsv', () => {
  test('starts with a BOM, has a German header with every column, `;` between cells and CRLF line ends', () => {
    const csv = contactsCsv([contact({ id: 'k', name: 'Kim' })], words);
    expect(csv.startsWith('\uFEFFName;Organisation;Position;E-Mail;Telefon;Profil-URL;Geburtstag;Schlagworte;Notizen;Priorität;Rhythmus;')).toBe(true);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(header!.split(';')).toHaveLength(CSV_COLUMNS.length);
    expect(row).toBe('Kim;;;;;;;;;B – regelmäßig;Alle 3 Monate;;;;;;2026-01-05;');
    expect(end).toBe('');
  });

  test('quotes cells with `;`, quotes and line breaks, and neutralises formulas', () => {
    const csv = contactsCsv([contact({ id: 'k', name: '=HYPERLINK("http://x")', organisation: 'A; B', notes: 'Zeile 1\nZeile 2', phones: ['+49 1'] })], words);
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""http://x"")";"A; B";`)).toBe(true);
    expect(csv).toContain('"Zeile 1\nZeile 2"');
    expect(csv).toContain(";'+49 1;");
  });

  test('writes birthdays as Excel and the import read them', () => {
    expect(germanBirthday('1985-03-14')).toBe('14.03.1985');
    expect(germanBirthday('02-29')).toBe('29.02.');
    expect(germanBirthday('')).toBe('');
  });

  test('round-trips through the import: same names, organisations, positions, emails, phones, URLs, birthdays, tags and notes', () => {
    const bytes = new TextEncoder().encode(contactsCsv(EXPORT_CONTACTS, words));
    const outcome = readContactFile(bytes, 10_000, 2026);
    expect(outcome.ok).toBe('mapping');
    if (outcome.ok !== 'mapping') return;
    const result = rowsFromTable(outcome.table, outcome.guess, 10_000, 2026);
    expect(result.ok && result.problems).toEqual([]);
    expect(result.ok && result.rows.map(IMPORTED_FIELDS)).toEqual(EXPORT_CONTACTS.map(IMPORTED_FIELDS));
  });

  test('the import guesses every column it can read from the German header', () => {
    const table = readCsvTable(contactsCsv([], words).slice(1) + 'x\r\n')!;
    expect(guessColumns(table.header).slice(0, 9)).toEqual(['name', 'organisation', 'position', 'email', 'phone', 'profileUrl', 'birthday', 'tags', 'notes']);
  });
});
