import * as v from 'valibot';
import { isIsoDay, NOT_A_DATE } from '../dates/iso-day';
import type { StoredValueDefinition } from './stored-value';

/** A real calendar day (`YYYY-MM-DD`), as in `isoDaySchema` (day-schema.ts), which would bring the planner's day schemas along. */
const isoDay = v.nullable(v.pipe(v.string(), v.check(isIsoDay, NOT_A_DATE)));

/** What „Meine Daten“ remembers about the reader's data itself. */
export const metaSchema = v.object({
  /** ISO day (YYYY-MM-DD) of the last backup download; null: never. */
  lastBackup: isoDay,
  /**
   * When the backup reminder first saw entries in this browser (milliseconds since 1970); null:
   * not yet. It counts input time and a second visit from it (`isBackupDue`). Only compared, so
   * any number is harmless and the schema stays small (it is on every tool page).
   */
  firstEntry: v.nullable(v.number()),
  /** ISO day from which the reminder shows again after „In einer Woche wieder erinnern“; null: not snoozed. */
  snoozedUntil: isoDay,
});

export type Meta = v.InferOutput<typeof metaSchema>;

/** The later of two ISO days, where null means never. */
function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** A fresh value's first entry and snooze. */
const NOT_YET = { firstEntry: null, snoozedUntil: null };

/**
 * Version 1 knew only the last backup; input time and snooze start unknown and off. Anything
 * but an object fails the schema afterwards (no `lastBackup`), so it needs no check here.
 */
export const metaV1toV2 = (data: unknown): unknown => ({ ...NOT_YET, ...(data as object) });


export const metaDefinition: StoredValueDefinition<Meta> = {
  key: 'nk:meta',
  version: 2,
  schema: metaSchema,
  migrations: { 1: metaV1toV2 },
  initial: () => ({ lastBackup: null, ...NOT_YET }),
  // Merging keeps the later backup date, so an older file never makes a backup look more recent;
  // when the entries began and the snooze are this browser's own.
  merge: (current, incoming) => ({ ...current, lastBackup: later(current.lastBackup, incoming.lastBackup) }),
};
