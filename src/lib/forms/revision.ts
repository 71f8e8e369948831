/**
 * The one rule every edit form uses on save: the form edits a copy of a record and, before it
 * writes, compares the record as stored now with the copy it started from. A record that changed
 * meanwhile (another tab) is never overwritten silently; a deleted one keeps the typed text.
 */

/** A value as text that does not depend on the order of object keys, so equal records give equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whether two values hold the same content. */
export const sameContent = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);

/** One field where the stored record (`theirs`) and the form (`mine`) differ; nested fields are dotted („ratings.form“). */
export interface FieldDifference {
  key: string;
  theirs: unknown;
  mine: unknown;
}

/**
 * What saving the form would meet:
 * - `clear`: the record is as the form found it (or already holds exactly the form's values) – save.
 * - `deleted`: the record is gone – keep the typed text, offer to save it as a new record.
 * - `changed`: the record changed since the form opened – show `fields` and let the reader choose.
 */
export type RevisionCheck = { status: 'clear' } | { status: 'deleted' } | { status: 'changed'; fields: FieldDifference[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The fields of a record with nested plain objects flattened into dotted keys, in a stable order. */
function flatten(record: Record<string, unknown>, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (isPlainObject(value)) flatten(value, `${prefix}${key}.`, into);
    else into.set(`${prefix}${key}`, value);
  }
  return into;
}

/**
 * Compares the record as the form opened it (`base`), as stored now (`current`, null when it is
 * gone) and as the form holds it (`mine`). Arrays count as one field.
 * @example checkRevision({ a: '1' }, { a: '2' }, { a: '3' }) // { status: 'changed', fields: [{ key: 'a', theirs: '2', mine: '3' }] }
 * @example checkRevision({ a: '1' }, { a: '1' }, { a: '3' }) // { status: 'clear' }
 */
export function checkRevision<T extends object>(base: T, current: T | null | undefined, mine: T): RevisionCheck {
  if (current === null || current === undefined) return { status: 'deleted' };
  if (sameContent(base, current)) return { status: 'clear' };
  const theirs = flatten(current as Record<string, unknown>);
  const ours = flatten(mine as Record<string, unknown>);
  const keys = [...new Set([...theirs.keys(), ...ours.keys()])];
  const fields = keys.filter((key) => !sameContent(theirs.get(key), ours.get(key))).map((key) => ({ key, theirs: theirs.get(key), mine: ours.get(key) }));
  return fields.length ? { status: 'changed', fields } : { status: 'clear' };
}
