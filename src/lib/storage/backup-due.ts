/**
 * When to remind the reader of a backup. Kept apart from the storage overview because every
 * tool page loads it for the reminder, and „Meine Daten“ alone needs the rest.
 */
import { countEntries } from './stored-value';
import { daysBetween } from '../dates/iso-day';
import type { StoredTexts } from './backup';
import { readEnvelope, type CatalogueEntry } from './catalogue';

/**
 * Whether stored values hold anything worth a backup: a value counts when it has an entry
 * (see `countEntries`; with a catalogue, only what differs from the fresh state) or when it
 * cannot be read at all. Keys for which `ignore` is true do not count. Needs no schema.
 * @example hasStoredEntries(new Map([['nk:planer', '{"v":1,"rev":1,"at":"…","data":{"goals":["x"]}}']]), () => false) // true
 */
export function hasStoredEntries(stored: StoredTexts, ignore: (key: string) => boolean, catalogue: readonly CatalogueEntry[] = []): boolean {
  for (const [key, raw] of stored) {
    if (ignore(key)) continue;
    const envelope = readEnvelope(raw);
    if (!envelope) return true;
    const entry = catalogue.find((e) => e.key === key);
    if (countEntries(envelope.data, entry && envelope.v === entry.version ? entry.initial : undefined) > 0) return true;
  }
  return false;
}

export const BACKUP_REMINDER_DAYS = 30;

/**
 * Whether to remind of a backup: there are entries, and the last backup is more than 30 days
 * before `today`, or there never was one.
 * @example isBackupDue({ hasData: true, lastBackup: '2026-01-01', today: '2026-02-15' }) // true
 */
export function isBackupDue({ hasData, lastBackup, today }: { hasData: boolean; lastBackup: string | null; today: string }): boolean {
  if (!hasData) return false;
  if (lastBackup === null) return true;
  return daysBetween(lastBackup, today) > BACKUP_REMINDER_DAYS;
}

