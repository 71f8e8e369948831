/**
 * When to remind the reader of a backup. Kept apart from the storage overview because every
 * tool page loads it for the reminder, and „Meine Daten“ alone needs the rest.
 */
import { countEntries } from './stored-value';
import { daysBetween, localDay } from '../dates/iso-day';
import type { StoredTexts } from './backup';
import { readEnvelope, type CatalogueEntry } from './catalogue';

/**
 * The newest change time (`at`, milliseconds) of the stored values that hold anything worth a
 * backup, or null when none does. A value counts when it has an entry (see `countEntries`; with
 * a catalogue, only what differs from the fresh state) or when it cannot be read at all – such
 * data is from an earlier visit, so its time counts as 0. Keys for which `ignore` is true do not
 * count. Needs no schema.
 * @example latestEntry(new Map([['nk:planer', '{"v":1,"rev":1,"at":"2026-01-01T00:00:00Z","data":{"goals":["x"]}}']]), () => false) // 1767225600000
 */
export function latestEntry(stored: StoredTexts, ignore: (key: string) => boolean, catalogue: readonly CatalogueEntry[] = []): number | null {
  let latest: number | null = null;
  for (const [key, raw] of stored) {
    if (ignore(key)) continue;
    const envelope = readEnvelope(raw);
    const entry = envelope && catalogue.find((e) => e.key === key);
    if (envelope && countEntries(envelope.data, entry && envelope.v === entry.version ? entry.initial : undefined) === 0) continue;
    latest = Math.max(latest ?? 0, (envelope && Date.parse(envelope.at as string)) || 0);
  }
  return latest;
}

/** Whether stored values hold anything worth a backup (see `latestEntry`). */
export function hasStoredEntries(stored: StoredTexts, ignore: (key: string) => boolean, catalogue: readonly CatalogueEntry[] = []): boolean {
  return latestEntry(stored, ignore, catalogue) !== null;
}

export const BACKUP_REMINDER_DAYS = 30;

/** Input time after which entries are worth a backup even on a first visit. */
export const BACKUP_REMINDER_INPUT_MS = 10 * 60_000;

/** How long „In einer Woche wieder erinnern“ hides the reminder. */
export const BACKUP_SNOOZE_DAYS = 7;

/**
 * Whether to remind of a backup. Only once there is something worth saving: entries exist
 * (`latest`, their newest change time from `latestEntry`, null: none) and either the reader has
 * put in about ten minutes of input – from the moment the reminder first saw entries in this
 * browser (`firstEntry`, kept in the meta value) to the latest change of any stored value – or
 * comes back on a later day with the entries still there. Then, unless snoozed until after
 * `today` (local ISO day): when the last backup is more than 30 days before `today`, or there
 * never was one.
 * @example isBackupDue({ latest: 0, firstEntry: 0, lastBackup: null, snoozedUntil: null, today: '2026-02-15' }) // true: a later day
 */
export function isBackupDue({ latest, firstEntry, lastBackup, snoozedUntil, today }: {
  latest: number | null;
  firstEntry: number | null;
  lastBackup: string | null;
  snoozedUntil: string | null;
  today: string;
}): boolean {
  if (latest === null || firstEntry === null) return false;
  if (latest - firstEntry < BACKUP_REMINDER_INPUT_MS && localDay(new Date(firstEntry)) >= today) return false;
  if ((snoozedUntil ?? '') > today) return false;
  return lastBackup === null || daysBetween(lastBackup, today) > BACKUP_REMINDER_DAYS;
}
