import * as v from 'valibot';
import type { StoredValueDefinition } from './stored-value';

// The same pattern as valibot's isoDate(), written as a regex so pages need no extra validator.
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/));

/** What „Meine Daten“ remembers about the reader's data itself. */
export const metaSchema = v.object({
  /** ISO day (YYYY-MM-DD) of the last backup download; null: never. */
  lastBackup: v.nullable(isoDay),
});

export type Meta = v.InferOutput<typeof metaSchema>;

/** The later of two ISO days, where null means never. */
function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

export const metaDefinition: StoredValueDefinition<Meta> = {
  key: 'nk:meta',
  version: 1,
  schema: metaSchema,
  migrations: {},
  initial: () => ({ lastBackup: null }),
  // Merging keeps the later backup date, so an older file never makes a backup look more recent.
  merge: (current, incoming) => ({ lastBackup: later(current.lastBackup, incoming.lastBackup) }),
};
