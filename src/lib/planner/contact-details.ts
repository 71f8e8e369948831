/**
 * Reading a contact's emails, phones, profile URL and tags as the reader types them into one field
 * each (several separated by commas, semicolons or new lines) into what schema version 3 stores,
 * or a problem code for the field's message. The bounds are the schema's (`PLANNER_LIMITS`).
 */
import { isProfileUrl, PLANNER_LIMITS } from './planner-schema';
import { tagsAreDistinct } from './tags';

const L = PLANNER_LIMITS.contact;

/**
 * Whether text looks like an email address: something, `@`, a domain with a dot, no spaces.
 * The import checks addresses with the same rule.
 * @example isEmail('jana@example.org') // true
 */
export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** Why a field's text cannot be saved; `item` is the part that is wrong, `max` the bound. */
export type DetailProblem = { code: 'invalid'; item: string } | { code: 'tooMany'; max: number } | { code: 'tooLong'; item: string; max: number } | { code: 'duplicate'; item: string };
export type DetailResult<T> = { ok: T } | { problem: DetailProblem };

function parts(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

function list(items: string[], max: number, maxLength: number, valid: (item: string) => boolean): DetailResult<string[]> {
  if (items.length > max) return { problem: { code: 'tooMany', max } };
  const long = items.find((i) => i.length > maxLength);
  if (long) return { problem: { code: 'tooLong', item: long, max: maxLength } };
  const bad = items.find((i) => !valid(i));
  if (bad) return { problem: { code: 'invalid', item: bad } };
  return { ok: items };
}

/**
 * Up to five addresses, separated by commas, semicolons, spaces or new lines; the same address twice is kept once.
 * @example readEmails('a@example.org, b@example.org') // { ok: ['a@example.org', 'b@example.org'] }
 */
export function readEmails(text: string): DetailResult<string[]> {
  const items = parts(text, /[,;\s]+/).filter((e, i, all) => all.findIndex((x) => x.toLowerCase() === e.toLowerCase()) === i);
  return list(items, L.emails, L.email, isEmail);
}

/**
 * Up to five numbers, separated by commas, semicolons or new lines (a number may contain spaces).
 * @example readPhones('+49 89 1234; 0171 5678') // { ok: ['+49 89 1234', '0171 5678'] }
 */
export function readPhones(text: string): DetailResult<string[]> {
  return list(parts(text, /[,;\n]+/).map((p) => p.replace(/\s+/g, ' ')), L.phones, L.phone, (p) => /\d/.test(p));
}

/**
 * Up to 20 tags separated by commas, none twice once case, umlauts and accents are folded.
 * @example readTags('Köln, Messe') // { ok: ['Köln', 'Messe'] }
 */
export function readTags(text: string): DetailResult<string[]> {
  const result = list(parts(text, /[,;\n]+/), L.tags, L.tag, () => true);
  if ('problem' in result) return result;
  for (let i = 1; i <= result.ok.length; i++) {
    if (!tagsAreDistinct(result.ok.slice(0, i))) return { problem: { code: 'duplicate', item: result.ok[i - 1]! } };
  }
  return result;
}

/**
 * A profile address: '' for none; one without `http(s)://` gets `https://`.
 * @example readProfileUrl('linkedin.com/in/jana') // { ok: 'https://linkedin.com/in/jana' }
 */
export function readProfileUrl(text: string): DetailResult<string> {
  const t = text.trim();
  if (!t) return { ok: '' };
  const url = /^https?:\/\//i.test(t) ? t : `https://${t}`;
  if (url.length > L.profileUrl) return { problem: { code: 'tooLong', item: t, max: L.profileUrl } };
  return isProfileUrl(url) && /\./.test(url) ? { ok: url } : { problem: { code: 'invalid', item: t } };
}
