import { useStore } from '@nanostores/preact';
import type { PersistentStore } from './persistence';

/**
 * A store's data for an island. Until hydration it returns what the server rendered,
 * so the first client render matches the HTML; the saved state follows right after.
 */
export function usePersisted<T>(store: PersistentStore<T>): T {
  return useStore(store.$state, { ssr: () => store.initial });
}
