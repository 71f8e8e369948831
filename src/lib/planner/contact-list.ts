/**
 * The contacts page's list: a forgiving search over every text of a contact, filters, sorts (names
 * by surname, titles aside) and the list's state as URL query parameters. Pure and linear in the
 * number of contacts (apart from the sort, which compares ranks, `textRanks`), and what is worked
 * out per contact is kept per contact object – contacts are never changed in place, an edit makes
 * a new one – so that an edit among 10,000 contacts works out one contact again.
 */
import { compareText, textRanks } from '../../i18n/format';
import type { IsoDay } from '../dates/iso-day';
import { foldedIncludes, foldForSearch, foldVariants } from '../text/fold';
import { lastInteraction, nextFollowUp } from './follow-up';
import { PLANNER_LIMITS, PRIORITIES, type Contact, type Priority, type TargetGroup } from './planner-schema';
import { keptPerText } from '../text/kept';

/**
 * The positions of `names` in alphabetical order, the way the locale sorts names.
 * @example nameOrder(['Weber', 'Ähm', 'Bauer']) // [1, 2, 0]
 */
export function nameOrder(names: readonly string[]): number[] {
  return names.map((_, i) => i).sort((a, b) => compareText(names[a]!, names[b]!));
}

/** Academic titles and degrees before or after a name; a word with a dot (an initial, „Dr.“) never is a surname either. */
const DEGREES = /^(mba|phd|llm|msc|bsc|ma|ba|meng|beng|dipl|mag|ing)$/i;

/**
 * A name split for sorting: the surname (the last word that is no title, no degree and no initial;
 * the part before a comma in „Weber, Anna“) and the rest.
 * @example surnameKey('Dr. Fatma Yılmaz') // { surname: 'Yılmaz', rest: 'Fatma' }
 * @example surnameKey('Prof. Dr.-Ing. Jan Ohm MBA') // { surname: 'Ohm', rest: 'Jan' }
 * @example surnameKey('Kim') // { surname: 'Kim', rest: '' }
 */
export function surnameKey(name: string): { surname: string; rest: string } {
  const comma = name.indexOf(',');
  if (comma > 0) {
    const surname = surnameKey(name.slice(0, comma)).surname;
    return { surname, rest: name.slice(comma + 1).trim() };
  }
  const words = name.trim().split(/\s+/).filter(Boolean);
  const plain = words.filter((w) => !w.includes('.') && !DEGREES.test(w));
  if (!plain.length) return { surname: words.at(-1) ?? '', rest: words.slice(0, -1).join(' ') };
  return { surname: plain.at(-1)!, rest: plain.slice(0, -1).join(' ') };
}

/** `surnameKey`, kept per name: thousands of contacts are sorted again after every edit. */
const surnameKeyOf = keptPerText(surnameKey, 50_000);

/**
 * Compares two names by surname, then by the rest, the way the locale sorts.
 * @example ['Dr. Fatma Yılmaz', 'Anna Albers'].sort(compareBySurname) // ['Anna Albers', 'Dr. Fatma Yılmaz']
 */
export function compareBySurname(a: string, b: string): number {
  const x = surnameKey(a);
  const y = surnameKey(b);
  return compareText(x.surname, y.surname) || compareText(x.rest, y.rest) || compareText(a, b);
}

/** The text fields a search looks through; the contact fields of schema v3 may be missing on older shapes (the network map's input). */
type SearchFields = Pick<Contact, 'name' | 'organisation' | 'met' | 'introducedBy' | 'topics' | 'offerThem' | 'offerMe' | 'log'> &
  Partial<Pick<Contact, 'emails' | 'phones' | 'profileUrl' | 'position' | 'tags' | 'notes'>>;

/**
 * Every text of a contact, folded once for many searches: name, organisation, position, where met,
 * who introduced, topics, both offers, emails, phones, profile URL, tags, the notes and the notes of the log.
 * @example foldedIncludes(searchText({ ...contact, tags: ['Köln'] }), 'koeln') // true
 */
export function searchText(c: SearchFields): string {
  let text = searchTexts.get(c);
  if (text === undefined) searchTexts.set(c, (text = foldSearchFields(c)));
  return text;
}
const searchTexts = new WeakMap<SearchFields, string>();

function foldSearchFields(c: SearchFields): string {
  return foldForSearch(
    [
      c.name,
      c.organisation,
      c.position ?? '',
      c.met,
      c.introducedBy,
      c.topics,
      c.offerThem,
      c.offerMe,
      ...(c.emails ?? []),
      ...(c.phones ?? []),
      c.profileUrl ?? '',
      ...(c.tags ?? []),
      c.notes ?? '',
      ...c.log.map((i) => i.note),
    ].join('\n'),
  );
}

/**
 * The contacts whose text contains the query, case, umlauts, ß and diacritics aside; all of them
 * for an empty query. Their order stays.
 * @example searchContacts(contacts, 'mueller').map((c) => c.name) // ['Jana Müller']
 */
export function searchContacts<C extends SearchFields>(contacts: readonly C[], query: string): readonly C[] {
  const q = query.trim();
  if (!q) return contacts;
  return contacts.filter((c) => foldedIncludes(searchText(c), q));
}

export const CONTACT_SORTS = ['surname', 'next', 'last', 'priority'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

/** What the list shows: a search, filters (all combine) and one sort. */
export interface ContactListState {
  query: string;
  /** Only these priorities; none chosen means all. */
  priorities: Priority[];
  /** A target group's id, or '' for all contacts. */
  group: string;
  overdue: boolean;
  withoutRhythm: boolean;
  /** Only contacts with this tag (spelling aside: „Köln“ finds „koeln“), or '' for all. */
  tag: string;
  sort: ContactSort;
}

export const DEFAULT_LIST_STATE: ContactListState = { query: '', priorities: [], group: '', overdue: false, withoutRhythm: false, tag: '', sort: 'surname' };

/** The query parameters' names. */
const P = { query: 'q', priorities: 'prio', group: 'group', overdue: 'overdue', withoutRhythm: 'norhythm', tag: 'tag', sort: 'sort' } as const;

/**
 * The list's state from a URL's query string; what is unknown or missing falls back to the default.
 * @example readListState('?prio=A,C&sort=next') // { …, priorities: ['A', 'C'], sort: 'next' }
 */
export function readListState(search: string): ContactListState {
  const p = new URLSearchParams(search);
  const sort = p.get(P.sort);
  const priorities = (p.get(P.priorities) ?? '').split(',').filter((x): x is Priority => (PRIORITIES as readonly string[]).includes(x));
  return {
    query: p.get(P.query) ?? '',
    priorities: PRIORITIES.filter((x) => priorities.includes(x)),
    group: p.get(P.group) ?? '',
    overdue: p.get(P.overdue) === '1',
    withoutRhythm: p.get(P.withoutRhythm) === '1',
    tag: (p.get(P.tag) ?? '').trim(),
    sort: (CONTACT_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ContactSort) : 'surname',
  };
}

/**
 * The query string for a state ('' for the default), keeping other parameters of `current` as they are.
 * @example writeListState({ ...DEFAULT_LIST_STATE, overdue: true }) // '?overdue=1'
 */
export function writeListState(state: ContactListState, current = ''): string {
  const p = new URLSearchParams(current);
  for (const key of Object.values(P)) p.delete(key);
  if (state.query.trim()) p.set(P.query, state.query);
  if (state.priorities.length) p.set(P.priorities, PRIORITIES.filter((x) => state.priorities.includes(x)).join(','));
  if (state.group) p.set(P.group, state.group);
  if (state.overdue) p.set(P.overdue, '1');
  if (state.withoutRhythm) p.set(P.withoutRhythm, '1');
  if (state.tag.trim()) p.set(P.tag, state.tag.trim());
  if (state.sort !== 'surname') p.set(P.sort, state.sort);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Each tag's folded spellings, kept: thousands of contacts share a few tags. */
const spellings = keptPerText((tag): readonly string[] => foldVariants(tag), 5000);

/** Whether two tags are the same once case, umlauts, ß and diacritics are folded (the rule of `tags.ts`). */
function sameTag(a: string, b: string): boolean {
  const x = spellings(a);
  return spellings(b).some((s) => x.includes(s));
}

/**
 * Whether a contact carries the tag, spelling aside.
 * @example hasTag({ tags: ['Köln'] }, 'koeln') // true
 */
export function hasTag(c: Partial<Pick<Contact, 'tags'>>, tag: string): boolean {
  const t = tag.trim();
  return t !== '' && (c.tags ?? []).some((x) => sameTag(x, t));
}

/**
 * The tags in use, each once (the first spelling met stands for „Köln“, „koeln“ and „KÖLN“), sorted as the locale sorts.
 * @example tagOptions([{ tags: ['Köln', 'Audit'] }, { tags: ['koeln'] }]) // ['Audit', 'Köln']
 */
export function tagOptions(contacts: readonly Partial<Pick<Contact, 'tags'>>[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const c of contacts) {
    for (const tag of c.tags ?? []) {
      const s = spellings(tag);
      if (s.some((x) => seen.has(x))) continue;
      for (const x of s) seen.add(x);
      tags.push(tag);
    }
  }
  return tags.sort(compareText);
}

/**
 * Whether a contact belongs to a target group: it carries the group's name (or one of its
 * comma-separated parts) as a tag – the import's bulk triage stores the group so –, or its
 * organisation, topics, where met, offers or other texts name the group or a part, spelling aside.
 * `text` is the contact's `searchText`.
 * @example inGroup(searchText(contact), { name: 'Medizintechnik, Kliniken' }, contact.tags)
 */
export function inGroup(text: string, group: Pick<TargetGroup, 'name'>, tags: readonly string[] = []): boolean {
  const name = group.name.trim();
  if (name && tags.some((t) => sameTag(t, name))) return true;
  return groupParts(name).some((part) => foldedIncludes(text, part) || tags.some((t) => sameTag(t, part)));
}

/**
 * The tag that puts a contact into a target group (the import's bulk triage): the group's name, or,
 * when the name is longer than a tag may be, its first comma-separated part that fits – `inGroup`
 * counts either. Null when no part fits: then no tag can stand for the group.
 * @example groupTag('Medizintechnik-Hersteller, Kliniken und Reha-Zentren im Rheinland') // 'Medizintechnik-Hersteller'
 */
export function groupTag(name: string): string | null {
  const whole = name.trim();
  if (whole && whole.length <= PLANNER_LIMITS.contact.tag) return whole;
  return groupParts(whole).find((part) => part.length <= PLANNER_LIMITS.contact.tag) ?? null;
}

/** A group name's parts, as `inGroup` reads them: split at commas, semicolons and slashes. */
const groupParts = (name: string) => name.split(/[,;/]/).map((s) => s.trim()).filter((s) => s.length > 1);

/** Whether a contact's follow-up lies before today. */
export function isOverdue(c: Pick<Contact, 'log' | 'rhythm' | 'added' | 'snoozedUntil'>, today: IsoDay): boolean {
  const next = nextFollowUp(c);
  return next !== null && next < today;
}

const rank: Record<Priority, number> = { A: 0, B: 1, C: 2 };

/** Compares two days, with null (no day) last. */
function byDay(a: IsoDay | null, b: IsoDay | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The contacts the state asks for, in its order: the search, then each filter chosen, then the
 * sort – by surname; by next contact (soonest first, none last); by last contact (longest ago
 * first, never contacted before all); by priority (A first). Ties go by surname.
 * `today` is null before the page knows the day (no overdue filter then).
 */
export function listContacts<C extends Contact>(contacts: readonly C[], state: ContactListState, options: { today: IsoDay | null; groups?: readonly TargetGroup[] }): C[] {
  const { today } = options;
  const group = state.group ? options.groups?.find((g) => g.id === state.group) : undefined;
  const found = searchContacts(contacts, state.query).filter(
    (c) =>
      (!state.priorities.length || state.priorities.includes(c.priority)) &&
      (!group || inGroup(searchText(c), group, c.tags)) &&
      (!state.tag || hasTag(c, state.tag)) &&
      (!state.overdue || (today !== null && isOverdue(c, today))) &&
      (!state.withoutRhythm || c.rhythm === ''),
  );
  const keys = found.map((c) => surnameKeyOf(c.name));
  const places = textRanks(keys.flatMap((key, i) => [key.surname, key.rest, found[i]!.name]));
  const keyed = found.map((c, i) => ({
    c,
    surname: places.get(keys[i]!.surname)!,
    rest: places.get(keys[i]!.rest)!,
    name: places.get(c.name)!,
    next: state.sort === 'next' ? nextFollowUp(c) : null,
    last: state.sort === 'last' ? lastInteraction(c.log) : null,
  }));
  const byName = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => a.surname - b.surname || a.rest - b.rest || a.name - b.name || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);
  const order: Record<ContactSort, (a: (typeof keyed)[number], b: (typeof keyed)[number]) => number> = {
    surname: byName,
    next: (a, b) => byDay(a.next, b.next) || byName(a, b),
    last: (a, b) => (a.last === b.last ? 0 : a.last === null ? -1 : b.last === null ? 1 : a.last < b.last ? -1 : 1) || byName(a, b),
    priority: (a, b) => rank[a.c.priority] - rank[b.c.priority] || byName(a, b),
  };
  return keyed.sort(order[state.sort]).map((k) => k.c);
}

