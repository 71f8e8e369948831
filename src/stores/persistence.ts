/**
 * The one module that touches localStorage. Everything else reads and writes through
 * `createPersistentStore`, which validates what it reads and never loses what it cannot read.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { decodeStored, encodeStored, type StoredValueDefinition } from '../lib/stored-value';
import { describeWriteError } from '../lib/storage-errors';

export const KEY_PREFIX = 'nk:';
export const QUARANTINE_PREFIX = 'nk:quarantaene:';
export const SNAPSHOT_KEY = 'nk:schnappschuss';

export interface StorageHealth {
  /** memory: this browser refuses storage, so nothing outlives the tab. */
  mode: 'local' | 'memory';
  /** German message about the last failed write, null while writes succeed. */
  writeError: string | null;
}

export interface StorageProblem {
  key: string;
  label: string;
  reason: 'corrupt' | 'invalid' | 'newer';
  message: string;
  /** Where the unreadable raw value is kept; absent for data from a newer version, which stays in place. */
  quarantineKey?: string;
}

export const $storageHealth = atom<StorageHealth>({ mode: 'local', writeError: null });
export const $storageProblems = atom<StorageProblem[]>([]);

// ---------------------------------------------------------------------------------------------
// Backend: localStorage where it works, with an in-tab overlay for writes the browser refused.

const inBrowser = typeof window !== 'undefined';
const overlay = new Map<string, string | null>();

// The overlay lives as long as the tab, not just the page: the tools span pages (questionnaire and
// result, list and editor, planner and plan), and the memory-mode notice promises that data lasts
// until the tab is closed. window.name belongs to the tab; browsers clear it when the tab moves on
// to another site.
const TAB_MEMORY = 'netzwerk-kompass:';

function loadTabMemory(): void {
  try {
    if (!window.name.startsWith(TAB_MEMORY)) return;
    const saved: unknown = JSON.parse(window.name.slice(TAB_MEMORY.length));
    if (typeof saved !== 'object' || saved === null) return;
    for (const [key, value] of Object.entries(saved)) {
      if (key.startsWith(KEY_PREFIX) && (typeof value === 'string' || value === null)) overlay.set(key, value);
    }
  } catch {
    // not ours, or unreadable: start with an empty overlay
  }
}

function saveTabMemory(): void {
  try {
    if (overlay.size > 0) window.name = TAB_MEMORY + JSON.stringify(Object.fromEntries(overlay));
    else if (window.name.startsWith(TAB_MEMORY)) window.name = '';
  } catch {
    // the tab refused; this page still has the overlay
  }
}

if (inBrowser) loadTabMemory();

function openLocalStorage(): Storage | null {
  if (!inBrowser) return null;
  try {
    const storage = window.localStorage;
    storage.getItem(SNAPSHOT_KEY);
    return storage;
  } catch {
    return null;
  }
}

const local = openLocalStorage();

function writesWork(): boolean {
  if (!local) return false;
  try {
    local.setItem(`${KEY_PREFIX}probe`, '1');
    local.removeItem(`${KEY_PREFIX}probe`);
    return true;
  } catch {
    return false;
  }
}

if (inBrowser && !writesWork()) $storageHealth.set({ mode: 'memory', writeError: null });

function reportWrite(error: unknown | null): void {
  const health = $storageHealth.get();
  if (health.mode === 'memory') return;
  const writeError = error === null ? null : describeWriteError(error);
  if (health.writeError !== writeError) $storageHealth.set({ ...health, writeError });
}

/** The stored text for `key`, or null. */
export function readRaw(key: string): string | null {
  if (overlay.has(key)) return overlay.get(key) ?? null;
  try {
    return local?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes `value`; a refused write is kept for this tab and reported, never dropped. */
export function writeRaw(key: string, value: string): void {
  try {
    if (!local || $storageHealth.get().mode === 'memory') throw new Error('no storage');
    local.setItem(key, value);
    if (overlay.delete(key) && inBrowser) saveTabMemory();
    reportWrite(null);
  } catch (error) {
    overlay.set(key, value);
    if (inBrowser) saveTabMemory();
    reportWrite(error);
  }
}

export function removeRaw(key: string): void {
  try {
    local?.removeItem(key);
    overlay.delete(key);
  } catch {
    overlay.set(key, null);
  }
  if (inBrowser) saveTabMemory();
}

/** Every key of ours that holds a value, in this tab's view. */
export function ourKeys(): string[] {
  const keys = new Set<string>();
  try {
    for (let i = 0; local && i < local.length; i++) {
      const key = local.key(i);
      if (key?.startsWith(KEY_PREFIX)) keys.add(key);
    }
  } catch {
    // storage became unreadable; the overlay still knows this tab's keys
  }
  for (const [key, value] of overlay) {
    if (value === null) keys.delete(key);
    else if (key.startsWith(KEY_PREFIX)) keys.add(key);
  }
  return [...keys].sort();
}

// Another tab's write replaces what this tab could not save; a clear (key null) replaces all of it.
if (inBrowser) {
  window.addEventListener('storage', (event) => {
    if (event.key === null) overlay.clear();
    else overlay.delete(event.key);
    saveTabMemory();
  });
}

const engine = new Proxy({} as Record<string, string>, {
  // persistent reads a missing key as undefined, which the Proxy returns for absent values
  get: (_, key) => (typeof key === 'string' ? (readRaw(key) ?? undefined) : undefined),
  has: (_, key) => typeof key === 'string' && readRaw(key) !== null,
  set: (_, key, value) => {
    if (typeof key === 'string') writeRaw(key, String(value));
    return true;
  },
  deleteProperty: (_, key) => {
    if (typeof key === 'string') removeRaw(key);
    return true;
  },
});

setPersistentEngine(engine, inBrowser ? windowPersistentEvents : { addEventListener() {}, removeEventListener() {} });

// ---------------------------------------------------------------------------------------------
// Problems, quarantine and snapshots

function setProblem(problem: StorageProblem): void {
  const others = $storageProblems.get().filter((p) => !(p.key === problem.key && p.quarantineKey === problem.quarantineKey));
  $storageProblems.set([...others, problem]);
}

function clearProblems(key: string, reason: StorageProblem['reason']): void {
  const remaining = $storageProblems.get().filter((p) => !(p.key === key && p.reason === reason));
  if (remaining.length !== $storageProblems.get().length) $storageProblems.set(remaining);
}

/** Keeps an unreadable value under its own key; an earlier, different one is never overwritten. */
function quarantine(key: string, raw: string): string {
  const base = `${QUARANTINE_PREFIX}${key.slice(KEY_PREFIX.length)}`;
  const existing = readRaw(base);
  const target = existing === null || existing === raw ? base : `${base}:${Date.now()}`;
  if (existing !== raw) writeRaw(target, raw);
  return target;
}

/** Deletes a quarantined value once the reader has saved or dismissed it. */
export function discardQuarantine(quarantineKey: string): void {
  removeRaw(quarantineKey);
  $storageProblems.set($storageProblems.get().filter((p) => p.quarantineKey !== quarantineKey));
}

export interface Snapshot {
  at: string;
  reason: string;
  values: Record<string, string>;
}

/** Keeps all current data of ours, so that an import or migration can be undone with one click. */
export function takeSnapshot(reason: string, now = new Date()): void {
  const values: Record<string, string> = {};
  for (const key of ourKeys()) {
    if (key === SNAPSHOT_KEY || key.startsWith(QUARANTINE_PREFIX)) continue;
    const raw = readRaw(key);
    if (raw !== null) values[key] = raw;
  }
  writeRaw(SNAPSHOT_KEY, JSON.stringify({ at: now.toISOString(), reason, values } satisfies Snapshot));
}

// ---------------------------------------------------------------------------------------------
// Persistent stores

export interface PersistentStore<T> {
  definition: StoredValueDefinition<T>;
  /** The tool's data; always valid. */
  $state: ReadableAtom<T>;
  /** What the server rendered, for hydration without mismatches. */
  initial: T;
  /** Applies a change to the newest state, even one another tab saved a moment ago. False when read-only. */
  update(change: (state: T) => T): boolean;
  /** Replaces the whole state (import). */
  replace(data: T): boolean;
  /** Forgets the tool's data in this browser. */
  reset(): void;
  /** True while storage holds data from a newer version of the site, which must not be overwritten. */
  readOnly(): boolean;
}

interface Loaded<T> {
  data: T;
  /** 0: nothing stored. Grows with each save, across tabs. */
  rev: number;
}

const registry = new Map<string, PersistentStore<unknown>>();

/** All stores created so far, by key. */
export function registeredStores(): PersistentStore<unknown>[] {
  return [...registry.values()];
}

const revPattern = /^\{"v":\d+,"rev":(\d+),/;

export function createPersistentStore<T>(def: StoredValueDefinition<T>): PersistentStore<T> {
  const empty: Loaded<T> = { data: def.initial(), rev: 0 };
  let readOnly = false;

  function load(raw: string): Loaded<T> {
    const result = decodeStored(def, raw);
    if (result.ok) {
      readOnly = false;
      clearProblems(def.key, 'newer');
      if (result.migratedFrom !== null) takeSnapshot(`Aktualisierung „${def.label}“ von Version ${result.migratedFrom}`);
      return { data: result.envelope.data, rev: result.envelope.rev };
    }
    if (result.reason === 'newer') {
      readOnly = true;
      setProblem({ key: def.key, label: def.label, reason: result.reason, message: result.message });
      return { data: def.initial(), rev: Number.MAX_SAFE_INTEGER };
    }
    const quarantineKey = quarantine(def.key, raw);
    setProblem({ key: def.key, label: def.label, reason: result.reason, message: result.message, quarantineKey });
    return empty;
  }

  // Earlier quarantined values stay visible until the reader deals with them.
  for (const key of ourKeys()) {
    if (key.startsWith(`${QUARANTINE_PREFIX}${def.key.slice(KEY_PREFIX.length)}`)) {
      setProblem({ key: def.key, label: def.label, reason: 'corrupt', quarantineKey: key, message: `Frühere Daten für „${def.label}“ ließen sich nicht lesen und wurden beiseitegelegt.` });
    }
  }

  const $loaded = persistentAtom<Loaded<T>>(def.key, empty, {
    encode: (loaded) => (loaded.rev === 0 ? undefined : encodeStored(def, loaded.data, loaded.rev, new Date())),
    decode: load,
  });

  /** The newest saved state when another tab wrote after this one last looked. */
  function newest(): Loaded<T> {
    const current = $loaded.get();
    const raw = readRaw(def.key);
    const storedRev = Number(raw ? revPattern.exec(raw)?.[1] : 0);
    if (raw === null || !(storedRev > current.rev)) return current;
    const fresh = load(raw);
    return fresh.rev > current.rev ? fresh : current;
  }

  const store: PersistentStore<T> = {
    definition: def,
    $state: computed($loaded, (l) => l.data),
    initial: empty.data,
    update(change) {
      if (readOnly) return false;
      const base = newest();
      $loaded.set({ data: change(base.data), rev: base.rev + 1 });
      return true;
    },
    replace(data) {
      return store.update(() => data);
    },
    reset() {
      readOnly = false;
      clearProblems(def.key, 'newer');
      $loaded.set(empty);
    },
    readOnly: () => readOnly,
  };
  registry.set(def.key, store as PersistentStore<unknown>);
  return store;
}

/** Removes every trace of ours from this browser's storage and resets all stores. */
export function clearAllData(): void {
  for (const store of registeredStores()) store.reset();
  for (const key of ourKeys()) removeRaw(key);
  $storageProblems.set([]);
}
