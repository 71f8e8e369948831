/**
 * vCard files (2.1, 3.0, 4.0) with any number of cards, as phones, Google Contacts, Outlook, Apple
 * Contacts and Xing export them. `ical.js` parses each card; a small pre-pass first unfolds lines and
 * decodes vCard 2.1's quoted-printable values and `CHARSET`s, which ical.js leaves as they are.
 */
import ICAL from 'ical.js';
import { decodeCharset } from './decode';
import { RowBuilder, tooMany, type ImportResult, type ImportRow, type RowProblem } from './fields';

/** Whether the text looks like a vCard file. */
export function isVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 4096));
}

/** Decodes quoted-printable text (`=FC`, soft line breaks) as bytes in the given charset. */
export function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  const s = value.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = ch.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else for (const b of new TextEncoder().encode(ch)) bytes.push(b);
    }
  }
  return decodeCharset(Uint8Array.from(bytes), charset);
}

/** Escapes a decoded text for a vCard line, keeping its `;` structure (N, ORG). */
function escapeValue(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/,/g, '\\,');
}

/**
 * The lines of a vCard file, unfolded (a line starting with a space or tab continues the one
 * before), with quoted-printable values joined across their soft breaks and decoded, and 2.1's bare
 * parameters (`TEL;CELL`) written as `TYPE=`.
 */
export function unfoldLines(text: string): string[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i]!;
    if (/^[ \t]/.test(line) && lines.length > 0) {
      lines[lines.length - 1] += line.slice(1);
      continue;
    }
    if (/ENCODING=QUOTED-PRINTABLE/i.test(line.split(':')[0] ?? '')) {
      while (line.endsWith('=') && i + 1 < raw.length) line = line.slice(0, -1) + raw[++i]!;
    }
    lines.push(line);
  }
  return lines.map(rewriteLine);
}

function rewriteLine(line: string): string {
  const colon = line.indexOf(':');
  if (colon < 0) return line;
  const [name, ...params] = line.slice(0, colon).split(';');
  let value = line.slice(colon + 1);
  let qp = false;
  let charset = 'utf-8';
  const kept: string[] = [];
  for (const param of params) {
    const [key, val] = param.includes('=') ? [param.slice(0, param.indexOf('=')), param.slice(param.indexOf('=') + 1)] : ['', param];
    const k = key.toUpperCase();
    if (k === 'ENCODING' && val.toUpperCase() === 'QUOTED-PRINTABLE') qp = true;
    else if (k === '' && val.toUpperCase() === 'QUOTED-PRINTABLE') qp = true;
    else if (k === 'CHARSET') charset = val;
    else if (k === '' && /^(BASE64|B|8BIT|7BIT)$/i.test(val)) kept.push(`ENCODING=${val}`);
    else if (k === '') kept.push(`TYPE=${val}`);
    else kept.push(param);
  }
  if (qp) {
    value = decodeQuotedPrintable(value, charset)
      .split(';')
      .map(escapeValue)
      .join(';');
  }
  return [name, ...kept].join(';') + ':' + value;
}

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];

function values(prop: JCardProperty): string[] {
  return prop.slice(3).flatMap((v) => (Array.isArray(v) ? v.map(String) : [String(v)]));
}

function joined(prop: JCardProperty, sep: string): string {
  return values(prop)
    .map((s) => s.trim())
    .filter(Boolean)
    .join(sep);
}

/** Reads one card (its lines without BEGIN/END) into a row; a card ical.js cannot read becomes an `unreadable` problem. */
function readCard(lines: string[], at: number, problems: RowProblem[], thisYear: number): ImportRow | null {
  let jcard: unknown;
  try {
    jcard = ICAL.parse(['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n'));
  } catch {
    problems.push({ code: 'unreadable', at, field: 'card' });
    return null;
  }
  const card = (Array.isArray(jcard) && typeof jcard[0] === 'string' ? jcard : Array.isArray(jcard) ? jcard[0] : null) as [string, JCardProperty[]] | null;
  if (!card || !Array.isArray(card[1])) {
    problems.push({ code: 'unreadable', at, field: 'card' });
    return null;
  }
  const b = new RowBuilder(at, problems, thisYear);
  let structured = '';
  for (const prop of card[1]) {
    const name = String(prop[0]).toLowerCase();
    switch (name) {
      case 'fn': b.text('name', joined(prop, ', ')); break;
      case 'n': {
        const [family = '', given = '', additional = '', prefix = '', suffix = ''] = prop[3] instanceof Array ? (prop[3] as unknown[]).map((p) => (Array.isArray(p) ? p.join(' ') : String(p))) : [String(prop[3] ?? '')];
        structured = [prefix, given, additional, family, suffix].map((s) => s.trim()).filter(Boolean).join(' ');
        break;
      }
      case 'org': b.text('organisation', joined(prop, ', ')); break;
      case 'title': b.text('position', joined(prop, ', ')); break;
      case 'role': b.text('position', joined(prop, ', ')); break;
      case 'email': for (const e of values(prop)) b.email(e); break;
      case 'tel': for (const t of values(prop)) b.phone(t); break;
      case 'url':
      case 'x-socialprofile':
        b.url((values(prop)[0] ?? '').replace(/\\(.)/g, '$1'));
        break;
      case 'bday': b.birthday(values(prop)[0] ?? ''); break;
      case 'note': b.notes(values(prop).join(',')); break;
      case 'categories': for (const c of values(prop)) b.tag(c); break;
      default: break;
    }
  }
  if (!b.row.name && structured) b.text('name', structured);
  return b.done();
}

/** Parses a vCard file; a card without `END:VCARD` rejects the whole file, naming the card. */
export function parseVCards(text: string, room: number, thisYear: number): ImportResult {
  const lines = unfoldLines(text);
  const cards: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (current) return { ok: false, error: { code: 'vcard-unterminated', at: cards.length + 1 } };
      current = [];
    } else if (upper === 'END:VCARD') {
      if (current) cards.push(current);
      current = null;
    } else if (current && line.trim()) {
      current.push(line);
    }
  }
  if (current) return { ok: false, error: { code: 'vcard-unterminated', at: cards.length + 1 } };
  if (cards.length === 0) return { ok: false, error: { code: 'nothing' } };
  const over = tooMany(cards.length, room);
  if (over) return { ok: false, error: over };
  const problems: RowProblem[] = [];
  const rows: ImportRow[] = [];
  cards.forEach((card, i) => {
    const row = readCard(card, i + 1, problems, thisYear);
    if (row) rows.push(row);
  });
  if (rows.length === 0) return { ok: false, error: { code: 'nothing' } };
  return { ok: true, kind: 'vcard', rows, problems };
}
