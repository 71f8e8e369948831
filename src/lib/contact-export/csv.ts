/**
 * The planner's contacts as a CSV file for German Excel: UTF-8 with a byte-order mark (so Excel
 * reads umlauts), `;` between cells (what Excel expects where the decimal mark is a comma), CRLF
 * line ends, every field of a contact in its own column. The header's words come from the caller.
 */
import type { Contact, Priority, Rhythm } from '../planner/planner-schema';
import { lastInteraction } from '../planner/follow-up';

/** The columns, in the file's order: first what the import reads back, then the rest of a contact. */
export const CSV_COLUMNS = ['name', 'organisation', 'position', 'emails', 'phones', 'profileUrl', 'birthday', 'tags', 'notes', 'priority', 'rhythm', 'met', 'introducedBy', 'topics', 'offerThem', 'offerMe', 'added', 'lastContact'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvWords {
  /** The header row's name of each column. */
  header: Readonly<Record<CsvColumn, string>>;
  priorityLabels: Readonly<Record<Priority, string>>;
  rhythmLabels: Readonly<Record<Rhythm, string>>;
}

/** What joins several emails, phones or tags in one cell; the import splits on it. */
export const LIST_SEPARATOR = '; ';

/**
 * A cell as text a spreadsheet will not run: one starting with `=`, `+`, `-` or `@` (a formula
 * to Excel, LibreOffice and Google Sheets) gets a leading apostrophe, which they show as text.
 * @example neutralise('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function neutralise(cell: string): string {
  return /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
}

/** A cell quoted when it holds `;`, a quote or a line break; quotes doubled. */
function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A birthday in the German form Excel and the import read: `14.03.1985`, or `14.03.` without a year. */
export function germanBirthday(birthday: string): string {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(birthday);
  return m ? `${m[3]}.${m[2]}.${m[1] ?? ''}` : '';
}

function cells(c: Contact, words: CsvWords): Record<CsvColumn, string> {
  return {
    name: c.name,
    organisation: c.organisation,
    position: c.position,
    emails: c.emails.join(LIST_SEPARATOR),
    phones: c.phones.join(LIST_SEPARATOR),
    profileUrl: c.profileUrl,
    birthday: germanBirthday(c.birthday),
    tags: c.tags.join(LIST_SEPARATOR),
    notes: c.notes,
    priority: words.priorityLabels[c.priority],
    rhythm: words.rhythmLabels[c.rhythm],
    met: c.met,
    introducedBy: c.introducedBy,
    topics: c.topics,
    offerThem: c.offerThem,
    offerMe: c.offerMe,
    added: c.added,
    lastContact: lastInteraction(c.log) ?? '',
  };
}

/**
 * The CSV text of these contacts, BOM first.
 * @example contactsCsv([kim], words) // '\uFEFFName;Organisation;…\r\nKim;;…\r\n'
 */
export function contactsCsv(contacts: readonly Contact[], words: CsvWords): string {
  const line = (values: readonly string[]) => values.map((v) => quote(neutralise(v))).join(';');
  const rows = [line(CSV_COLUMNS.map((col) => words.header[col])), ...contacts.map((c) => line(CSV_COLUMNS.map((col) => cells(c, words)[col])))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
