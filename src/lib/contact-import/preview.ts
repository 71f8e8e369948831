/**
 * From parsed rows to planner contacts: which rows look like duplicates of contacts the reader
 * already has (or of an earlier row of the same file), the reader's choices per row (add, merge,
 * skip) and for all selected rows (priority, rhythm, tags), and one pure function that builds the
 * final contact list. Merging fills only empty fields and adds emails, phones and tags: nothing the
 * reader typed is overwritten.
 */
import type { Contact, Priority, Rhythm } from '../planner/planner-schema';
import { foldVariants } from '../text/fold';
import { IMPORT_FIELD_LIMITS, type ImportRow } from './fields';

/** The fields duplicates are recognised by. */
export type ExistingContact = Pick<Contact, 'id' | 'name' | 'organisation' | 'emails' | 'profileUrl'>;

export type Decision = 'add' | 'merge' | 'skip';
/** What a row duplicates: a contact already stored, or an earlier row of the same file (0-based index). */
export type DuplicateOf = { contactId: string } | { row: number } | null;

export interface Triage {
  priority: Priority;
  rhythm: Rhythm;
  tags: string[];
}

export interface PreviewRow {
  row: ImportRow;
  duplicateOf: DuplicateOf;
  /** Why the row looks like a duplicate. */
  reason: 'email' | 'profileUrl' | 'name' | null;
  decision: Decision;
  selected: boolean;
  triage: Triage;
}

/** A new contact's triage: priority A, no rhythm (an import never floods the due list), no tags. */
export const DEFAULT_TRIAGE: Triage = { priority: 'A', rhythm: '', tags: [] };

const folded = (text: string) => foldVariants(text)[0] ?? '';

/** A profile URL without scheme, `www.`, query, fragment and trailing slash, lower case. */
export function normaliseUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

const emailKey = (email: string) => `e:${email.trim().toLowerCase()}`;
const urlKey = (url: string) => `u:${normaliseUrl(url)}`;
const nameKey = (name: string, organisation: string) => `n:${folded(name)}|${folded(organisation)}`;

function keysOf(c: { name: string; organisation: string; emails: readonly string[]; profileUrl: string }): Array<[string, PreviewRow['reason']]> {
  const keys: Array<[string, PreviewRow['reason']]> = c.emails.filter((e) => e.trim()).map((e) => [emailKey(e), 'email']);
  if (normaliseUrl(c.profileUrl)) keys.push([urlKey(c.profileUrl), 'profileUrl']);
  if (folded(c.name)) keys.push([nameKey(c.name, c.organisation), 'name']);
  return keys;
}

/** The preview of an import: every row with its likely duplicate; duplicates start as „merge“, new rows as „add“, all selected. */
export function buildPreview(rows: readonly ImportRow[], existing: readonly ExistingContact[]): PreviewRow[] {
  const index = new Map<string, DuplicateOf>();
  for (const c of existing) for (const [key] of keysOf({ ...c, emails: c.emails ?? [], profileUrl: c.profileUrl ?? '' })) if (!index.has(key)) index.set(key, { contactId: c.id });
  return rows.map((row, i) => {
    let duplicateOf: DuplicateOf = null;
    let reason: PreviewRow['reason'] = null;
    const keys = keysOf(row);
    for (const [key, why] of keys) {
      const hit = index.get(key);
      if (hit) {
        duplicateOf = hit;
        reason = why;
        break;
      }
    }
    const target = duplicateOf ?? { row: i };
    for (const [key] of keys) if (!index.has(key)) index.set(key, target);
    return { row, duplicateOf, reason, decision: duplicateOf ? 'merge' : 'add', selected: true, triage: { ...DEFAULT_TRIAGE, tags: [...row.tags] } };
  });
}

/** How many rows are new and how many look like duplicates. */
export function previewCounts(preview: readonly PreviewRow[]): { fresh: number; duplicates: number; taken: number } {
  const duplicates = preview.filter((p) => p.duplicateOf).length;
  return { fresh: preview.length - duplicates, duplicates, taken: preview.filter((p) => p.decision !== 'skip').length };
}

/** A row's decision; a new row can be added or skipped, a duplicate merged, added anyway or skipped. */
export function decide(preview: readonly PreviewRow[], index: number, decision: Decision): PreviewRow[] {
  return preview.map((p, i) => (i !== index || (decision === 'merge' && !p.duplicateOf) ? p : { ...p, decision }));
}

/** Selects or deselects rows (all when `indices` is null). */
export function select(preview: readonly PreviewRow[], indices: readonly number[] | null, selected: boolean): PreviewRow[] {
  const set = indices ? new Set(indices) : null;
  return preview.map((p, i) => (!set || set.has(i) ? { ...p, selected } : p));
}

/** Sets priority, rhythm or adds tags on every selected row. */
export function triageSelected(preview: readonly PreviewRow[], patch: { priority?: Priority; rhythm?: Rhythm; addTags?: readonly string[] }): PreviewRow[] {
  return preview.map((p) => {
    if (!p.selected) return p;
    const triage: Triage = { ...p.triage, tags: addTags(p.triage.tags, patch.addTags ?? []) };
    if (patch.priority) triage.priority = patch.priority;
    if (patch.rhythm !== undefined) triage.rhythm = patch.rhythm;
    return { ...p, triage };
  });
}

function addUnique(list: readonly string[], more: readonly string[], max: number, key: (s: string) => string, maxLength: number): string[] {
  const out = [...list];
  const seen = new Set(out.map(key));
  for (const item of more) {
    const clean = item.trim();
    if (!clean || clean.length > maxLength || seen.has(key(clean)) || out.length >= max) continue;
    seen.add(key(clean));
    out.push(clean);
  }
  return out;
}
const addTags = (list: readonly string[], more: readonly string[]) => addUnique(list, more, IMPORT_FIELD_LIMITS.tags, folded, IMPORT_FIELD_LIMITS.tag);
const addEmails = (list: readonly string[], more: readonly string[]) => addUnique(list, more, IMPORT_FIELD_LIMITS.emails, (e) => e.toLowerCase(), IMPORT_FIELD_LIMITS.email);
const addPhones = (list: readonly string[], more: readonly string[]) => addUnique(list, more, IMPORT_FIELD_LIMITS.phones, (p) => p.replace(/[^\d+]/g, ''), IMPORT_FIELD_LIMITS.phone);

/** A contact with the row's values in its empty fields and the row's emails, phones and tags added. */
export function mergeInto(contact: Contact, row: ImportRow, tags: readonly string[]): Contact {
  return {
    ...contact,
    organisation: contact.organisation || row.organisation,
    position: contact.position || row.position,
    profileUrl: contact.profileUrl || row.profileUrl,
    birthday: contact.birthday || row.birthday,
    notes: contact.notes || row.notes,
    emails: addEmails(contact.emails, row.emails),
    phones: addPhones(contact.phones, row.phones),
    tags: addTags(contact.tags, tags),
  };
}

export interface BuildOptions {
  /** The day the import happens (`added` of new contacts). */
  today: string;
  newId: () => string;
  /** The „Kennengelernt“ text for a new contact, e.g. from LinkedIn's „Connected On“; '' when none. */
  met: (row: ImportRow) => string;
}

/**
 * The planner's contacts after the import: the existing ones (merged where the reader chose so) in
 * their order, then the new ones in the file's order. Skipped rows change nothing.
 */
export function buildContacts(existing: readonly Contact[], preview: readonly PreviewRow[], options: BuildOptions): Contact[] {
  const contacts = existing.map((c) => c);
  const position = new Map(contacts.map((c, i) => [c.id, i]));
  const rowContact = new Map<number, number>();
  preview.forEach((p, i) => {
    if (p.decision === 'skip') return;
    const target = p.decision === 'merge' && p.duplicateOf ? ('contactId' in p.duplicateOf ? position.get(p.duplicateOf.contactId) : rowContact.get(p.duplicateOf.row)) : undefined;
    if (target !== undefined) {
      contacts[target] = mergeInto(contacts[target]!, p.row, p.triage.tags);
      rowContact.set(i, target);
      return;
    }
    rowContact.set(i, contacts.length);
    contacts.push(newContact(p, options));
  });
  return contacts;
}

function newContact(p: PreviewRow, options: BuildOptions): Contact {
  const { row } = p;
  return {
    id: options.newId(),
    name: row.name,
    organisation: row.organisation,
    met: options.met(row),
    introducedBy: '',
    topics: '',
    offerThem: '',
    offerMe: '',
    birthday: row.birthday,
    rhythm: p.triage.rhythm,
    priority: p.triage.priority,
    added: options.today,
    snoozedUntil: '',
    log: [],
    emails: [...row.emails],
    phones: [...row.phones],
    profileUrl: row.profileUrl,
    position: row.position,
    tags: addTags([], p.triage.tags),
    notes: row.notes,
  };
}
