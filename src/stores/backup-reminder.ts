/** Whether a tool page should remind the reader to download a backup. */
import { computed, type ReadableAtom } from 'nanostores';
import { $storageChanges, readStoredTexts } from './persistence';
import { metaDefinition } from '../lib/storage/meta-schema';
import { hasStoredEntries } from '../lib/storage/backup-due';
import type { CatalogueEntry } from '../lib/storage/catalogue';


const stores = new WeakMap<readonly CatalogueEntry[], ReadableAtom<boolean>>();

/**
 * True while any tool holds entries (or data this page cannot read, which is worth saving too).
 * Schema-free, so the reminder on a tool page does not load every tool's definition; with the
 * catalogue, a value still in its fresh state does not count.
 */
export function hasEntriesOf(catalogue: readonly CatalogueEntry[]): ReadableAtom<boolean> {
  let store = stores.get(catalogue);
  if (!store) {
    store = computed($storageChanges, () => hasStoredEntries(readStoredTexts(), (key) => key === metaDefinition.key, catalogue));
    stores.set(catalogue, store);
  }
  return store;
}
