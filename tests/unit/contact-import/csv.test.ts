import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { guessColumns, hasNameColumn, linkedInBody, parseLinkedIn, readCsvTable, rowsFromTable } from '../../../src/lib/contact-import/csv';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/contact-import/${name}`, import.meta.url), 'utf8');

describe('LinkedIn’s Connections.csv', () => {
  const body = linkedInBody(fixture('linkedin-connections.csv'));

  test('is recognised after its BOM and „Notes:“ lines, and all 30 rows come through', () => {
    expect(body?.startsWith('First Name,Last Name,URL,Email Address,Company,Position,Connected On')).toBe(true);
    const result = parseLinkedIn(body!, 10_000, 2026);
    expect(result.ok && result.kind).toBe('linkedin');
    if (!result.ok) return;
    expect(result.rows).toHaveLength(30);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toEqual({ at: 1, name: 'Jana Müller', organisation: 'Stadtwerke Nordhafen', position: 'Leiterin Vertrieb', emails: ['jana.mueller@example.org'], phones: [], profileUrl: 'https://www.linkedin.com/in/jana-mueller-1a2b3c', birthday: '', notes: '', tags: [], connectedOn: '2024-03-15' });
  });

  test('quoted fields keep their commas, quotes and line breaks; empty emails stay empty', () => {
    const result = parseLinkedIn(body!, 10_000, 2026);
    if (!result.ok) throw new Error('not ok');
    const by = (name: string) => result.rows.find((r) => r.name === name)!;
    expect(by('Uwe Schröder').organisation).toBe('Schröder, Weber & Co. KG');
    expect(by('Uwe Schröder').position).toBe('Geschäftsführer, Gesellschafter');
    expect(by('Chloé Dubois').organisation).toBe('Maison "Lumière"');
    expect(by('Lukas Weiß').position).toBe('Projektleiter Tiefbau');
    expect(by('Fatma Yılmaz').emails).toEqual([]);
    expect(by('Elif Aydın').connectedOn).toBe('2024-02-29');
  });

  test('more rows than the room left is refused with the limit', () => {
    expect(parseLinkedIn(body!, 29, 2026)).toEqual({ ok: false, error: { code: 'too-many-rows', limit: 29, count: 30 } });
  });

  test('a file without LinkedIn’s header is not taken for one', () => {
    expect(linkedInBody('Vorname;Nachname\nJana;Müller')).toBeNull();
  });
});

describe('guessing columns', () => {
  test('German and English headers, Google’s and Outlook’s', () => {
    expect(guessColumns(['Vorname', 'Nachname', 'Firma', 'Position', 'E-Mail-Adresse', 'Telefon', 'Geburtstag', 'Notizen', 'Spalte X'])).toEqual(['firstName', 'lastName', 'organisation', 'position', 'email', 'phone', 'birthday', 'notes', 'ignore']);
    expect(guessColumns(['Name', 'Organization Name', 'Organization Title', 'E-mail 1 - Value', 'E-mail 2 - Value', 'Phone 1 - Value', 'Labels'])).toEqual(['name', 'organisation', 'position', 'email', 'email', 'phone', 'tags']);
    expect(guessColumns(['First Name', 'Last Name', 'Company', 'Job Title', 'E-mail Address', 'E-mail 2 Address', 'Mobile Phone', 'Business Phone', 'Web Page', 'Birthday', 'Categories'])).toEqual(['firstName', 'lastName', 'organisation', 'position', 'email', 'email', 'phone', 'phone', 'profileUrl', 'birthday', 'tags']);
  });
  test('a single-valued field is taken from its first column only', () => {
    expect(guessColumns(['Name', 'Anzeigename', 'Firma', 'Unternehmen'])).toEqual(['name', 'ignore', 'organisation', 'ignore']);
  });
  test('a name column is a name, a first or a last name', () => {
    expect(hasNameColumn(['organisation', 'email'])).toBe(false);
    expect(hasNameColumn(['lastName'])).toBe(true);
  });
});

describe('any other CSV through a mapping', () => {
  test('German Excel with „;“, Windows-1252 decoded, a quoted line break and a date without year', () => {
    const text = new TextDecoder('windows-1252').decode(readFileSync(new URL('../../fixtures/contact-import/excel-de.csv', import.meta.url)));
    const table = readCsvTable(text)!;
    const result = rowsFromTable(table, guessColumns(table.header), 100, 2026);
    if (!result.ok) throw new Error('not ok');
    expect(result.rows.map((r) => r.name)).toEqual(['Matthias Fuß', 'Lea Neumann', 'Björn Andersson']);
    expect(result.rows[0]).toMatchObject({ organisation: 'Fuß & Söhne', emails: ['matthias@example.de'], phones: ['+49 89 123456'], birthday: '1975-07-03' });
    expect(result.rows[1]).toMatchObject({ position: 'Texterin, Lektorin', birthday: '11-12', notes: 'Zwei Zeilen:\nerste; zweite' });
  });

  test('Google’s CSV: several emails, labels as tags', () => {
    const table = readCsvTable(fixture('google.csv'))!;
    const result = rowsFromTable(table, guessColumns(table.header), 100, 2026);
    if (!result.ok) throw new Error('not ok');
    expect(result.rows[0]).toMatchObject({ name: 'Nele Krüger', emails: ['nele@example.org', 'nele.k@example.net'], tags: ['Ehrenamt'], profileUrl: 'https://www.example.org/nele', birthday: '1988-05-17' });
    expect(result.rows[2]).toMatchObject({ name: 'Sophie Wagner', phones: ['0152 3030303'] });
  });

  test('the reader’s corrected mapping is what counts', () => {
    const table = readCsvTable('Wer;Wo\nJana;Acme\n')!;
    expect(rowsFromTable(table, guessColumns(table.header), 10, 2026)).toEqual({ ok: false, error: { code: 'no-name-column' } });
    const result = rowsFromTable(table, ['name', 'organisation'], 10, 2026);
    expect(result.ok && result.rows[0]).toMatchObject({ name: 'Jana', organisation: 'Acme' });
  });

  test('rows without any name are left out with their 1-based number; a file of only those is „nothing“', () => {
    const table = readCsvTable('Name,Firma\n,Acme\nJana,Beta\n')!;
    const result = rowsFromTable(table, guessColumns(table.header), 10, 2026);
    expect(result).toMatchObject({ ok: true, problems: [{ code: 'no-name', at: 1, field: 'name' }] });
    expect(rowsFromTable(readCsvTable('Name,Firma\n,Acme\n')!, ['name', 'organisation'], 10, 2026)).toEqual({ ok: false, error: { code: 'nothing' } });
  });
});
