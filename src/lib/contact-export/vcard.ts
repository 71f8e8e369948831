/**
 * The planner's contacts as a vCard 4.0 file (RFC 6350) that phones, mail programs and this
 * site's own import read: FN, N, ORG, TITLE, EMAIL, TEL, URL, BDAY (`--MMDD` without a year),
 * NOTE and CATEGORIES for the tags; text escaped, lines folded at 75 octets, CRLF line ends.
 */
import type { Contact } from '../planner/planner-schema';
import { foldLine } from '../plan/ics';

/**
 * A text value with `\`, `,` and line breaks escaped, and `;` too in a component of a structured
 * value (N, ORG), where it separates components (RFC 6350, 3.4). Elsewhere a `\;` would be read
 * back literally by parsers that follow 4.0 strictly (ical.js does).
 * @example escapeText('Schröder, Weber; Co.', true) // 'Schröder\\, Weber\\; Co.'
 */
export function escapeText(text: string, structured = false): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
  return structured ? escaped.replace(/;/g, '\\;') : escaped;
}

/**
 * The structured name N (family;given;additional;prefix;suffix), guessed from the one name the
 * planner keeps: the last word is the family name. FN carries the name exactly as typed.
 * @example structuredName('Jana Müller') // 'Müller;Jana;;;'
 */
export function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? '';
  return `${escapeText(family, true)};${escapeText(words.join(' '), true)};;;`;
}

/**
 * BDAY: `19850314` with a year, `--0314` without one (RFC 6350, 4.3.1).
 * @example birthdayValue('03-14') // '--0314'
 */
export function birthdayValue(birthday: string): string {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(birthday);
  if (!m) return '';
  return `${m[1] ?? '--'}${m[2]}${m[3]}`;
}

/** The content lines of one card, unfolded. */
export function cardLines(c: Contact): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(c.name)}`, `N:${structuredName(c.name)}`];
  if (c.organisation) lines.push(`ORG:${escapeText(c.organisation, true)}`);
  if (c.position) lines.push(`TITLE:${escapeText(c.position)}`);
  for (const email of c.emails) lines.push(`EMAIL:${escapeText(email)}`);
  // A number as typed is text, not a `tel:` URI, which would need it in E.164 form.
  for (const phone of c.phones) lines.push(`TEL;VALUE=text:${escapeText(phone)}`);
  if (c.profileUrl) lines.push(`URL:${c.profileUrl}`);
  const bday = birthdayValue(c.birthday);
  if (bday) lines.push(`BDAY:${bday}`);
  if (c.notes) lines.push(`NOTE:${escapeText(c.notes)}`);
  if (c.tags.length) lines.push(`CATEGORIES:${c.tags.map((t) => escapeText(t)).join(',')}`);
  lines.push('END:VCARD');
  return lines;
}

/** The text of a vCard file with one card per contact. */
export function contactsVCard(contacts: readonly Contact[]): string {
  return contacts.flatMap(cardLines).map(foldLine).join('\r\n') + '\r\n';
}
