/** Whether a tool page should remind the reader to download a backup. */
import { computed, type ReadableAtom } from 'nanostores';
import { $storageChanges, readStoredTexts } from './persistence';
import { metaDefinition } from '../lib/storage/meta-schema';
import { latestEntry } from '../lib/storage/backup-due';
import type { CatalogueEntry } from '../lib/storage/catalogue';

/**
 * The newest change time of the entries of any tool (or of data this page cannot read, which
 * is worth saving too), null while there are none. Schema-free, so the reminder on a
 * tool page does not load every tool's definition; with the catalogue, a value still in its fresh
 * state does not count. A new store on each call: the reminder makes one per mount (`useMemo`).
 */
export function latestEntryOf(catalogue: readonly CatalogueEntry[]): ReadableAtom<number | null> {
  // Main texts only: after every change, putting thousands of contacts together would cost more than the page itself.
  return computed($storageChanges, () => latestEntry(readStoredTexts(undefined, { whole: false }), (key) => key === metaDefinition.key, catalogue));
}
