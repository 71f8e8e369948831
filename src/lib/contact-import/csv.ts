/**
 * CSV files of contacts: LinkedIn's `Connections.csv` (recognised by its header, after the „Notes:“
 * lines LinkedIn puts first) and any other CSV – Google, Outlook, a German Excel sheet with `;` –
 * through a column mapping that `guessColumns` proposes and the reader can correct.
 */
import Papa from 'papaparse';
import { foldVariants } from '../text/fold';
import { RowBuilder, tooMany, type ImportResult, type ImportRow, type RowProblem } from './fields';

/** What a column can hold; `ignore` leaves it out. */
export const COLUMN_TARGETS = ['ignore', 'name', 'firstName', 'lastName', 'organisation', 'position', 'email', 'phone', 'profileUrl', 'birthday', 'notes', 'tags', 'connectedOn'] as const;
export type ColumnTarget = (typeof COLUMN_TARGETS)[number];
/** One target per column, in the header's order. */
export type ColumnMapping = ColumnTarget[];

export interface CsvTable {
  header: string[];
  records: string[][];
}

const LINKEDIN_HEADER = /^(?:\uFEFF)?"?First Name"?,"?Last Name"?,"?(?:URL|Profile URL)"?,"?Email Address"?,/im;

/** Splits CSV text into a header and its records; the delimiter (`,`, `;` or tab) is guessed. */
export function readCsvTable(text: string): CsvTable | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const rows = parsed.data.filter((r): r is string[] => Array.isArray(r));
  const header = rows[0];
  if (!header || header.every((h) => !String(h).trim())) return null;
  return { header: header.map((h) => String(h).trim()), records: rows.slice(1).map((r) => r.map(String)) };
}

/** Whether the text is a LinkedIn `Connections.csv`; returns the text from its header on, else null. */
export function linkedInBody(text: string): string | null {
  const m = LINKEDIN_HEADER.exec(text);
  return m ? text.slice(m.index).replace(/^\uFEFF/, '') : null;
}

/** Header names (folded, German and English, Google's and Outlook's) and the field they hold. */
const KNOWN: ReadonlyArray<readonly [RegExp, ColumnTarget]> = [
  [/^(name|full ?name|display ?name|anzeigename|vollstandiger name|vollständiger name|kontakt|kontaktname)$/, 'name'],
  [/^(first ?name|given ?name|vorname|rufname)$/, 'firstName'],
  [/^(last ?name|family ?name|surname|nachname|familienname|zuname)$/, 'lastName'],
  [/^(company|organi[sz]ation( 1 - name| name)?|firma|unternehmen|arbeitgeber|organisation|institution)$/, 'organisation'],
  [/^(position|title|job ?title|organi[sz]ation( 1 - title| title)|titel|berufsbezeichnung|funktion|rolle|stelle|jobtitel)$/, 'position'],
  [/^(e-?mail( ?address(e)?)?|e-?mail \d+( - value| address(e)?)?|e-?mail ?\d*( ?adresse)?|email address|mail|e-?mail-adresse( \d+)?)$/, 'email'],
  [/^(phone|telephone|mobile( phone)?|phone \d+ - value|(business|home|primary|other|car) phone( \d+)?|telefon( \d+)?|telefon ?(privat|geschaftlich|geschäftlich|mobil)|mobiltelefon|handy|mobil|telefonnummer)$/, 'phone'],
  [/^(url|profile ?url|profil-?url|linkedin( ?url| ?profil| ?profile)?|xing( ?profil)?|website( \d+ - value)?|web ?page|webseite|homepage|profil)$/, 'profileUrl'],
  [/^(birthday|date of birth|geburtstag|geburtsdatum)$/, 'birthday'],
  [/^(notes?|notiz(en)?|anmerkung(en)?|bemerkung(en)?|kommentar)$/, 'notes'],
  [/^(labels|tags?|categories|kategorien|gruppen?|group membership|schlagworte?|stichworte?)$/, 'tags'],
  [/^(connected on|verbunden am|vernetzt seit|vernetzt am)$/, 'connectedOn'],
];

function foldHeader(h: string): string {
  const variants = foldVariants(h.replace(/[_:]+/g, ' '));
  return variants[variants.length - 1]!;
}

/** Guesses each column's field from its header; columns it does not know are ignored. Only one column becomes the name or a single-valued field. */
export function guessColumns(header: readonly string[]): ColumnMapping {
  const used = new Set<ColumnTarget>();
  return header.map((h) => {
    const folded = foldHeader(h);
    const plain = h.trim().toLowerCase().replace(/\s+/g, ' ');
    const hit = KNOWN.find(([re]) => re.test(folded) || re.test(plain));
    if (!hit) return 'ignore';
    const target = hit[1];
    const multi = target === 'email' || target === 'phone' || target === 'tags' || target === 'notes';
    if (!multi && used.has(target)) return 'ignore';
    used.add(target);
    return target;
  });
}

/** Whether a mapping names the people: a name column, or a first or last name column. */
export function hasNameColumn(mapping: readonly ColumnTarget[]): boolean {
  return mapping.some((t) => t === 'name' || t === 'firstName' || t === 'lastName');
}

/**
 * A cell without the apostrophe a spreadsheet export puts before `=`, `+`, `-` or `@` to keep it
 * from running as a formula (this site's own CSV export does that): „'+49 89 1234“ is a number.
 */
export function plainCell(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

/** Rows from a table through a mapping; `room` is how many contacts still fit, `thisYear` bounds birthdays. */
export function rowsFromTable(table: CsvTable, mapping: readonly ColumnTarget[], room: number, thisYear: number, kind: 'csv' | 'linkedin' = 'csv'): ImportResult {
  if (!hasNameColumn(mapping)) return { ok: false, error: { code: 'no-name-column' } };
  const problems: RowProblem[] = [];
  const rows: ImportRow[] = [];
  const records = table.records.filter((r) => r.some((cell) => cell.trim()));
  const over = tooMany(records.length, room);
  if (over) return { ok: false, error: over };
  records.forEach((record, index) => {
    const b = new RowBuilder(index + 1, problems, thisYear);
    let first = '';
    let last = '';
    mapping.forEach((target, col) => {
      const cell = plainCell(record[col] ?? '');
      switch (target) {
        case 'name': b.text('name', cell); break;
        case 'firstName': first = first || cell.trim(); break;
        case 'lastName': last = last || cell.trim(); break;
        case 'organisation': b.text('organisation', cell); break;
        case 'position': b.text('position', cell); break;
        case 'email': for (const e of cell.split(/\s*(?:;|,|:::)\s*/)) b.email(e); break;
        case 'phone': for (const p of cell.split(/\s*(?::::|;)\s*/)) b.phone(p); break;
        case 'profileUrl': b.url(cell); break;
        case 'birthday': b.birthday(cell); break;
        case 'notes': b.notes(cell); break;
        case 'tags': b.tag(cell); break;
        case 'connectedOn': b.connectedOn(cell); break;
        case 'ignore': break;
      }
    });
    if (!b.row.name) b.text('name', `${first} ${last}`);
    const row = b.done();
    if (row) rows.push(row);
  });
  if (rows.length === 0) return { ok: false, error: { code: 'nothing' } };
  return { ok: true, kind, rows, problems };
}

/** The mapping LinkedIn's own header needs. */
export function parseLinkedIn(body: string, room: number, thisYear: number): ImportResult {
  const table = readCsvTable(body);
  if (!table) return { ok: false, error: { code: 'nothing' } };
  return rowsFromTable(table, guessColumns(table.header), room, thisYear, 'linkedin');
}
