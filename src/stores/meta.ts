/**
 * What the site remembers about the reader's data: the date of the last backup.
 * Small on purpose: every tool page loads it for the backup reminder.
 */
import { createPersistentStore } from './persistence';
import { metaDefinition } from '../lib/storage/meta-schema';

export const metaStore = createPersistentStore(metaDefinition);
export const $meta = metaStore.$state;

/** Notes that a backup was made on `day` (ISO day). */
export function recordBackup(day: string): void {
  metaStore.update((meta) => ({ ...meta, lastBackup: day }));
}
