/**
 * What the site remembers about the reader's data: the date of the last backup, since when
 * there are entries, and a snoozed backup reminder. Small on purpose: every tool page loads it
 * for the backup reminder.
 */
import { $storageHealth, createPersistentStore } from './persistence';
import { metaDefinition } from '../lib/storage/meta-schema';
import { localDay } from '../lib/dates/iso-day';
import { isStorageFull } from '../lib/storage/storage-errors';
import { BACKUP_SNOOZE_DAYS } from '../lib/storage/backup-due';

export const metaStore = createPersistentStore(metaDefinition);
export const $meta = metaStore.$state;

/** Notes that a backup was made on `day` (ISO day). */
export function recordBackup(day: string): void {
  metaStore.update((meta) => ({ ...meta, lastBackup: day }));
}

/**
 * Notes that the reminder sees entries from now on, unless it saw them before. Not while storage
 * is full: the note is the site's, not the reader's, and a refused write would tell the reader that
 * a change of theirs was not saved; it is noted on a later visit, once there is room.
 */
export function recordFirstEntry(): void {
  if (isStorageFull($storageHealth.get().writeError)) return;
  metaStore.update((meta) => (meta.firstEntry === null ? { ...meta, firstEntry: Date.now() } : meta));
}

/** Hides the backup reminder for a week from today (local day). Takes no arguments, so it can be a click handler. */
export function snoozeReminder(): void {
  const now = new Date();
  now.setDate(now.getDate() + BACKUP_SNOOZE_DAYS);
  metaStore.update((meta) => ({ ...meta, snoozedUntil: localDay(now) }));
}
