/**
 * Changes only this tab holds, because the browser refused to store them (full storage): what is
 * unsaved, saving it again, and discarding it. Loaded only when there is some – by the storage
 * notice and by a page of the tab that starts with such changes (`loadUnsaved` in persistence.ts,
 * which hands in its internals, so this module imports nothing of it) – so no tool page carries it.
 */

/** What this module needs of persistence.ts (its `internals`). */
export interface TabCopies {
  /** What this tab holds because the browser refused it, by key (null: a refused removal). */
  overlay: ReadonlyMap<string, string | null>;
  /** Whether another tab saved `key` since this tab's copy of it was refused. */
  conflicted(key: string): boolean;
  put(key: string, value: string | null): { error: unknown } | null;
  remember(key: string, value: string | null, failed: boolean): void;
  reportWrite(failure: { error: unknown } | null): void;
  changed(): void;
  forgetUnsaved(): void;
  syncStores(keys: ReadonlySet<string>): void;
}

export interface UnsavedState {
  /** The keys whose latest change lives only in this tab. */
  keys: string[];
  /** Whether another tab saved one of them since: then this tab's copy is never written over it. */
  conflict: boolean;
}

/** The actions on this tab's unsaved changes, for the tab whose internals are `tab`. */
export function unsavedActions(tab: TabCopies) {
  return {
    /** What this tab holds unsaved right now (refused removals aside: the tab treats those as done). */
    state(): UnsavedState {
      const keys = [...tab.overlay].flatMap(([key, value]) => (value === null ? [] : [key]));
      return { keys, conflict: keys.some(tab.conflicted) };
    },
    /** Tries again to save what only this tab holds, never over another tab's newer save. True when nothing is left unsaved. */
    retry(): boolean {
      let failure: { error: unknown } | null = null;
      for (const [key, value] of [...tab.overlay]) {
        if (tab.conflicted(key)) continue;
        const refused = tab.put(key, value);
        tab.remember(key, value, refused !== null);
        failure ??= refused;
      }
      tab.reportWrite(failure);
      tab.changed();
      return tab.overlay.size === 0;
    },
    /** Forgets what only this tab holds, once the reader chose to: every store shows what storage holds. */
    discard(): void {
      const keys = new Set(tab.overlay.keys());
      tab.forgetUnsaved();
      tab.reportWrite(null);
      tab.syncStores(keys);
      tab.changed();
    },
  };
}

export type UnsavedActions = ReturnType<typeof unsavedActions>;
