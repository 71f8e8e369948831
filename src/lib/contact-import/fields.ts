/**
 * The import's row, shaped like a contact of planner schema v3, and the checks every parser shares:
 * bounds, emails, profile URLs, birthdays. Problems come back as codes with 1-based row numbers and
 * field names; the island puts them into words.
 */
import { isIsoDay, isMonthDay } from '../dates/iso-day';
import { isEmail } from '../planner/contact-details';
import { PLANNER_LIMITS } from '../planner/planner-schema';

/** Bounds of a contact's fields: the planner schema's own (schema version 3), never a copy. */
export const IMPORT_FIELD_LIMITS = PLANNER_LIMITS.contact;

export const IMPORT_FIELDS = ['name', 'organisation', 'position', 'emails', 'phones', 'profileUrl', 'birthday', 'notes', 'tags', 'connectedOn'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ImportRow {
  /** 1-based number of the entry in the file: data row of a CSV (header not counted) or card of a vCard. */
  at: number;
  name: string;
  organisation: string;
  position: string;
  emails: string[];
  phones: string[];
  profileUrl: string;
  /** '' | 'MM-DD' | 'YYYY-MM-DD' */
  birthday: string;
  notes: string;
  tags: string[];
  /** The day LinkedIn says the connection was made (`YYYY-MM-DD`), or ''. */
  connectedOn: string;
}

export type RowProblemCode = 'no-name' | 'too-long' | 'invalid' | 'too-many' | 'unreadable';
export interface RowProblem {
  code: RowProblemCode;
  /** 1-based row or card. */
  at: number;
  field: ImportField | 'card';
}

export type ImportErrorCode = 'encoding' | 'too-big' | 'no-name-column' | 'vcard-unterminated' | 'too-many-rows' | 'nothing';
export interface ImportError {
  code: ImportErrorCode;
  /** 1-based card for `vcard-unterminated`. */
  at?: number;
  /** The row limit for `too-many-rows`. */
  limit?: number;
  /** How many entries the file holds, for `too-many-rows`. */
  count?: number;
}

export type ImportKind = 'linkedin' | 'vcard' | 'csv';
export type ImportResult = { ok: true; kind: ImportKind; rows: ImportRow[]; problems: RowProblem[] } | { ok: false; error: ImportError };

export function emptyRow(at: number): ImportRow {
  return { at, name: '', organisation: '', position: '', emails: [], phones: [], profileUrl: '', birthday: '', notes: '', tags: [], connectedOn: '' };
}

const MONTHS: Readonly<Record<string, string>> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };

/** Collects a row's values and the problems found on the way. */
export class RowBuilder {
  readonly row: ImportRow;
  constructor(
    at: number,
    private readonly problems: RowProblem[],
    private readonly thisYear: number,
  ) {
    this.row = emptyRow(at);
  }

  private problem(code: RowProblemCode, field: ImportField): void {
    if (!this.problems.some((p) => p.at === this.row.at && p.field === field && p.code === code)) this.problems.push({ code, at: this.row.at, field });
  }

  private bounded(value: string, max: number, field: ImportField): string {
    const clean = value.replace(/\s+/g, ' ').trim();
    if (clean.length <= max) return clean;
    this.problem('too-long', field);
    return clean.slice(0, max).trim();
  }

  text(field: 'name' | 'organisation' | 'position', value: string): void {
    if (this.row[field] || !value.trim()) return;
    this.row[field] = this.bounded(value, IMPORT_FIELD_LIMITS[field], field);
  }

  notes(value: string): void {
    const clean = value.replace(/\r\n?/g, '\n').trim();
    if (!clean) return;
    const joined = this.row.notes ? `${this.row.notes}\n${clean}` : clean;
    if (joined.length > IMPORT_FIELD_LIMITS.notes) this.problem('too-long', 'notes');
    this.row.notes = joined.slice(0, IMPORT_FIELD_LIMITS.notes).trim();
  }

  email(value: string): void {
    const clean = value.trim().replace(/^mailto:/i, '');
    if (!clean) return;
    if (!isEmail(clean) || clean.length > IMPORT_FIELD_LIMITS.email) return this.problem('invalid', 'emails');
    if (this.row.emails.some((e) => e.toLowerCase() === clean.toLowerCase())) return;
    if (this.row.emails.length >= IMPORT_FIELD_LIMITS.emails) return this.problem('too-many', 'emails');
    this.row.emails.push(clean);
  }

  phone(value: string): void {
    const clean = value.replace(/^tel:/i, '').replace(/\s+/g, ' ').trim();
    if (!clean) return;
    if (clean.length > IMPORT_FIELD_LIMITS.phone || !/\d/.test(clean)) return this.problem('invalid', 'phones');
    if (this.row.phones.includes(clean)) return;
    if (this.row.phones.length >= IMPORT_FIELD_LIMITS.phones) return this.problem('too-many', 'phones');
    this.row.phones.push(clean);
  }

  url(value: string): void {
    const clean = value.trim();
    if (!clean || this.row.profileUrl) return;
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(clean) ? clean : `https://${clean}`;
    if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(withScheme) || withScheme.length > IMPORT_FIELD_LIMITS.profileUrl) return this.problem('invalid', 'profileUrl');
    this.row.profileUrl = withScheme;
  }

  tag(value: string): void {
    for (const part of value.split(/\s*(?:[,;]|:::)\s*/)) {
      const clean = part.replace(/^\*\s*/, '').trim();
      if (!clean || /^\* ?mycontacts$/i.test(part.trim()) || /^mycontacts$/i.test(clean)) continue;
      if (clean.length > IMPORT_FIELD_LIMITS.tag) {
        this.problem('too-long', 'tags');
        continue;
      }
      if (this.row.tags.some((t) => t.toLowerCase() === clean.toLowerCase())) continue;
      if (this.row.tags.length >= IMPORT_FIELD_LIMITS.tags) return this.problem('too-many', 'tags');
      this.row.tags.push(clean);
    }
  }

  birthday(value: string): void {
    const clean = value.trim();
    if (!clean || this.row.birthday) return;
    const day = parseBirthday(clean, this.thisYear);
    if (day === null) return this.problem('invalid', 'birthday');
    this.row.birthday = day;
  }

  connectedOn(value: string): void {
    const clean = value.trim();
    if (!clean) return;
    const day = parseEnglishDay(clean);
    if (day === null) return this.problem('invalid', 'connectedOn');
    this.row.connectedOn = day;
  }

  /** The finished row, or null (with a `no-name` problem) when it has no name to show. */
  done(): ImportRow | null {
    if (!this.row.name) {
      const fallback = this.row.emails[0] ?? '';
      if (!fallback) {
        if (this.row.organisation || this.row.phones.length || this.row.profileUrl) this.problem('no-name', 'name');
        return null;
      }
      this.row.name = fallback.slice(0, IMPORT_FIELD_LIMITS.name);
    }
    return this.row;
  }
}

/**
 * A birthday as stored: 'MM-DD' without a year, 'YYYY-MM-DD' with one (1900 to this year).
 * Reads `--0314`, `--03-14`, `19850314`, `1985-03-14`, `14.03.1985`, `14.03.` and `1985-03-14T00:00:00Z`; null when none of them.
 * A year of 1604 (Apple's „no year“) drops the year.
 */
export function parseBirthday(value: string, thisYear: number): string | null {
  const v = value.trim();
  let m = /^--(\d{2})-?(\d{2})$/.exec(v);
  if (m) return isMonthDay(`${m[1]}-${m[2]}`) ? `${m[1]}-${m[2]}` : null;
  m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(v) ?? null;
  let year: string | undefined, month: string | undefined, day: string | undefined;
  if (m) [, year, month, day] = m;
  else {
    const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})?$/.exec(v);
    if (!de) return null;
    day = de[1]!.padStart(2, '0');
    month = de[2]!.padStart(2, '0');
    year = de[3];
  }
  const md = `${month}-${day}`;
  if (!isMonthDay(md)) return null;
  if (year === undefined || year === '1604') return md;
  const y = Number(year);
  const iso = `${year}-${md}`;
  if (y < 1900 || y > thisYear || !isIsoDay(iso)) return y < 1900 ? md : null;
  return iso;
}

/** LinkedIn's „15 Mar 2024“ (also „15-Mar-24“ and ISO days) as `YYYY-MM-DD`; null when unreadable. */
export function parseEnglishDay(value: string): string | null {
  const v = value.trim();
  if (isIsoDay(v)) return v;
  const m = /^(\d{1,2})[\s-]([A-Za-z]{3})[a-z]*\.?[\s-](\d{2}|\d{4})$/.exec(v);
  if (!m) return null;
  const month = MONTHS[m[2]!.toLowerCase()];
  if (!month) return null;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  const iso = `${year}-${month}-${m[1]!.padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

/** Whether a list of rows fits the room left under the planner's contact limit. */
export function tooMany(count: number, room: number): ImportError | null {
  return count > room ? { code: 'too-many-rows', limit: Math.max(0, room), count } : null;
}
