/**
 * What the site remembers about the reader's data (the last backup), and whether a backup is
 * due. Small on purpose: every tool page loads it for the backup reminder.
 */
import { computed } from 'nanostores';
import { createPersistentStore, $storageChanges, readStoredTexts } from './persistence';
import { metaDefinition } from '../lib/meta-schema';
import { ALL_DEFINITIONS, isToolData } from '../lib/stored-definitions';
import { describeStorage, hasEntries } from '../lib/storage-overview';

export const metaStore = createPersistentStore(metaDefinition);
export const $meta = metaStore.$state;

const toolDefinitions = ALL_DEFINITIONS.filter(isToolData);

/** True while any tool holds entries (or data this page cannot read, which is worth saving too). */
export const $hasEntries = computed($storageChanges, () =>
  hasEntries(describeStorage(toolDefinitions, readStoredTexts(toolDefinitions.map((def) => def.key))), () => true),
);

/** Notes that a backup was made on `day` (ISO day). */
export function recordBackup(day: string): void {
  metaStore.update((meta) => ({ ...meta, lastBackup: day }));
}
