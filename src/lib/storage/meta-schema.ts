import * as v from 'valibot';
import { isIsoDay, NOT_A_DATE } from '../dates/iso-day';
import type { StoredValueDefinition } from './stored-value';

/** A real calendar day (`YYYY-MM-DD`), as in `isoDaySchema` (day-schema.ts), which would bring the planner's day schemas along. */
const isoDay = v.pipe(v.string(), v.check(isIsoDay, NOT_A_DATE));

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
