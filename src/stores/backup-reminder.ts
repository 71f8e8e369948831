/** Whether a tool page should remind the reader to download a backup. */
import { computed } from 'nanostores';
import { $storageChanges, readStoredTexts } from './persistence';
import { metaDefinition } from '../lib/meta-schema';
import { hasStoredEntries } from '../lib/storage-overview';

export { metaStore } from './meta';

/**
 * True while any tool holds entries (or data this page cannot read, which is worth saving too).
 * Deliberately schema-free, so the reminder on a tool page does not load every tool's schema.
 */
export const $hasEntries = computed($storageChanges, () => hasStoredEntries(readStoredTexts(), (key) => key === metaDefinition.key));
