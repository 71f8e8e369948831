/**
 * The one module that touches localStorage. Everything else reads and writes through
 * `createPersistentStore`, which validates what it reads and never loses what it cannot read.
 *
 * Many tabs: a change is an operation. It shows at once in this tab and is then applied, under a
 * lock across tabs (`write-lock.ts`), to what storage holds at that moment – another tab's change
 * of a moment ago included – and written; so two tabs typing at once both keep every keystroke.
 * Every store remembers the exact text it last read or wrote; when storage holds another one
 * (another tab saved, restored, imported or deleted), it adopts that and shows its own changes
 * not yet written on top. Storage events and a `pageshow` from the back/forward cache only make
 * tabs catch up sooner. Changes not yet written when the page goes away are written at once.
 * A change the browser refuses (full storage) stays in this tab, marked unsaved on each of its
 * pages, and is never written over another tab's later save (`conflicted`).
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import * as v from 'valibot';
import { windowPersistentEvents } from '@nanostores/persistent';
import { decodeStored, encodeEnvelope, encodeStored, MAX_REVISION, storedId, type Sharded, type StoredIssue, type StoredValueDefinition } from '../lib/storage/stored-value';
import { isQuotaError, isStorageFull, writeErrorOf, type WriteError } from '../lib/storage/storage-errors';
import type { Written } from './write-lock';
import { encodeSnapshot, holdsSameTexts, LEGACY_SNAPSHOT_KEY, nextSnapshotKey, SNAPSHOT_RING, sortSnapshotKeys, type Snapshot, type SnapshotCause } from '../lib/storage/snapshot';
import { isShardKey, SHARD_FROM } from '../lib/storage/shard-keys';
import type { HeldShard, ShardedWrite } from '../lib/storage/shards';
import type { ShardSupport } from '../lib/storage/sharded-list';

export const KEY_PREFIX = 'nk:';
export const QUARANTINE_PREFIX = 'nk:quarantaene:';
/** The single snapshot of format 1; today every snapshot has a key of its own below it (`snapshot.ts`). */
export const SNAPSHOT_KEY = LEGACY_SNAPSHOT_KEY;
const PROBE_KEY = 'nk:probe';

export interface StorageHealth {
  /** memory: this browser refuses storage, so nothing outlives the tab. */
  mode: 'local' | 'memory';
  /** Why the last write failed, null while writes succeed. */
  writeError: WriteError | null;
}

export interface StorageProblem {
  key: string;
  /** `overwritten`: another tab's write replaced a field this tab had just changed (the last writer wins). */
  reason: 'corrupt' | 'invalid' | 'newer' | 'overwritten';
  /** What went wrong, for the notice; `putAside`: a value put aside on an earlier visit. */
  issue: StoredIssue | { code: 'putAside'; tool: string } | { code: 'overwritten'; tool: string };
  /** Where the unreadable raw value is kept; absent for data from a newer version, which stays in place. */
  quarantineKey?: string;
}

export const $storageHealth = atom<StorageHealth>({ mode: 'local', writeError: null });
export const $storageProblems = atom<StorageProblem[]>([]);
/** Grows with every change to our storage, in this tab or another: views that read storage directly follow it. */
export const $storageChanges = atom(0);

function changed(): void {
  $storageChanges.set($storageChanges.get() + 1);
}

// ---------------------------------------------------------------------------------------------
// Backend: localStorage where it works, with an in-tab overlay for writes the browser refused.

const win: Window | undefined = typeof window === 'undefined' ? undefined : window;

// The overlay lives as long as the tab, not just the page: the tools span pages (questionnaire and
// result, list and editor, planner and plan), and the memory-mode notice promises that data lasts
// until the tab is closed. window.name belongs to the tab; browsers clear it when the tab moves on
// to another site.
const TAB_MEMORY = 'netzwerk-kompass:';

/** Writes this tab refused to keep (value) or to remove (null), by key. */
const overlay = new Map<string, string | null>();
/**
 * For each key in the overlay, what the browser's storage held when this tab's write was first
 * refused: the state the tab's change was made on. Storage holding anything else means another tab
 * saved since, and this tab's copy must never be written over that (`conflicted`).
 */
const bases = new Map<string, string | null>();

/** Reads the overlay an earlier page of this tab kept in `window.name`: `[key, value, base]` each. */
function loadTabMemory(): void {
  try {
    if (!win?.name.startsWith(TAB_MEMORY)) return;
    // A key that is no string throws, and the rest is ignored like any unreadable name.
    for (const [key, value, base] of JSON.parse(win.name.slice(TAB_MEMORY.length)) as [string, unknown, unknown][]) {
      if (!key.startsWith(KEY_PREFIX) || (typeof value !== 'string' && value !== null)) continue;
      overlay.set(key, value);
      bases.set(key, typeof base === 'string' ? base : null);
    }
  } catch {
    // not ours, or unreadable: start with an empty overlay
  }
}

function saveTabMemory(): void {
  if (!win) return;
  try {
    if (overlay.size > 0) win.name = TAB_MEMORY + JSON.stringify([...overlay].map(([key, value]) => [key, value, bases.get(key)]));
    else if (win.name.startsWith(TAB_MEMORY)) win.name = '';
  } catch {
    // the tab refused; this page still has the overlay
  }
}

/** What the browser's storage itself holds for `key` (not this tab's overlay). */
function stored(key: string): string | null {
  try {
    return local?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Records in the overlay whether `put` kept the value (`failed` false) or this tab must hold it. */
function remember(key: string, value: string | null, failed: boolean): void {
  if (failed) {
    if (!bases.has(key)) bases.set(key, stored(key));
    overlay.set(key, value);
  } else if (!overlay.delete(key)) return;
  else bases.delete(key);
  saveTabMemory();
}

/** Forgets everything this tab holds unsaved (the reader chose so, or cleared all data in another tab). */
function forgetUnsaved(): void {
  overlay.clear();
  bases.clear();
  saveTabMemory();
}

/** Whether another tab saved `key` since this tab's copy of it was refused. */
const conflicted = (key: string): boolean => overlay.has(key) && stored(key) !== bases.get(key);

function openLocalStorage(): Storage | null {
  if (!win) return null;
  try {
    const storage = win.localStorage;
    storage.getItem(SNAPSHOT_KEY);
    return storage;
  } catch {
    return null; // SecurityError: storage blocked for this site, or no storage at all
  }
}

const local = openLocalStorage();
loadTabMemory();

function setHealth(next: StorageHealth): void {
  const health = $storageHealth.get();
  if (health.mode !== next.mode || health.writeError !== next.writeError) $storageHealth.set(next);
}

if (win) {
  if (!local) setHealth({ mode: 'memory', writeError: null });
  else {
    try {
      local.setItem(PROBE_KEY, '1');
      local.removeItem(PROBE_KEY);
    } catch (error) {
      // Full storage still keeps what it has: say that, instead of claiming nothing can be stored.
      setHealth(isQuotaError(error) && local.length > 0 ? { mode: 'local', writeError: 'fullBefore' } : { mode: 'memory', writeError: null });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Shards: a large value with one long list (the planner's contacts) is stored as a small main text
// and packed shards under keys of their own (`shards.ts`). Everything outside this module sees the
// whole value's text (`readRaw`, `writeRaw`); the store itself reads and writes the shards it
// changed. The code for it loads only where a value is that large (`loadShards`).

/** The definitions of values this page knows that can be kept in shards, by key. */
const shardedValues = new Map<string, Sharded<any>>();

/** The code for shards (`sharded-list.ts`); null until loaded. */
let support: ShardSupport | null = null;
let supportLoading: Promise<void> | null = null;

/**
 * Loads the code for shards (once): a store that meets shards (on load, or written by another
 * tab) or a large value, the batch steps before they write. Until it is here, a store that meets
 * shards shows what it showed before (on load: the fresh state, as the server drew it), keeps the
 * reader's changes and writes them on top once it has read the shards. No top-level await: the
 * module it loads imports the runtime, which would then wait for itself.
 */
export function loadShards(): Promise<void> {
  return (supportLoading ??= import('../lib/storage/sharded-list').then(
    async (module) => {
      // The page waits for this anyway: the shards stored now are unpacked natively meanwhile.
      await module.shardSupport.unpackAhead(ourKeys().filter(isShardKey).flatMap((key) => stored(key) ?? []));
      support = module.shardSupport;
      // What could not be read without it can be now.
      for (const entry of registry.values()) entry.resume();
      module.shardSupport.forgetAhead();
      changed();
    },
    () => void (supportLoading = null),
  ));
}

/**
 * Resolves once `readRaw` can give every value whole: at once, or after `loadShards` where shards
 * are stored. Until then `readRaw` gives a sharded value's main text, which no schema accepts (its
 * list is missing) and which counts its list by the shards (`readEnvelope`), so nothing takes it for
 * a value without contacts. For steps that read whole texts (`daten-backup.ts`, the batch steps).
 */
export const wholeTextsReady = (): Promise<void> => (!support && ourKeys().some(isShardKey) ? loadShards() : Promise.resolve());

/**
 * Makes whole texts of `def`'s value written here (an import, a restore, an unsaved change saved
 * again) go into shards once they are large and the code for shards is here; stores do this
 * themselves, „Meine Daten“ for every definition it knows.
 */
export function knowShards(def: StoredValueDefinition<any>): void {
  if (def.shards) shardedValues.set(def.key, def as Sharded<any>);
}

/** The shard keys the main text `text` lists (none for any other text, or where the page has no code for shards). */
const shardKeysIn = (text: string | null): string[] => support?.keysIn(text) ?? [];
/**
 * The shards `key` holds now, read only where the code for shards is here: without it no page
 * writes shards, and every write of every value would read storage once more for nothing.
 */
const storedShardKeys = (key: string): string[] => (support ? shardKeysIn(stored(key)) : []);

/** The shards to write for the whole value `text`, or null to write it as it is (small, another version, not one to shard). */
function shardedWriteOf(key: string, text: string): ShardedWrite | null {
  const def = shardedValues.get(key);
  return def && support && text.length > SHARD_FROM && !support.read(text) ? support.encodeWhole(def, text) : null;
}

/**
 * Writes new shards, then the main text that lists them, then removes the shards the old main text
 * listed and the new one does not. If the browser refuses any of it, the new shards go again and
 * storage holds the old value, whole.
 */
function putSharded(key: string, write: ShardedWrite): { error: unknown } | null {
  const old = storedShardKeys(key);
  const done: string[] = [];
  try {
    for (const [shardKey, text] of write.shards) {
      local!.setItem(shardKey, text);
      done.push(shardKey);
    }
    local!.setItem(key, write.main);
  } catch (error) {
    for (const shardKey of done) removeQuietly(shardKey);
    return { error };
  }
  const listed = new Set(write.held.map((shard) => shard.ref[0]));
  for (const shardKey of old) if (!listed.has(shardKey)) removeQuietly(shardKey);
  return null;
}

function removeQuietly(key: string): void {
  try {
    local?.removeItem(key);
  } catch {
    // the browser refused a removal; what stays is a shard no main text lists
  }
}

/** Tries to store `value` (null removes; a sharded value's shards go with it); the error when the browser refused. */
function put(key: string, value: string | null, sharded = value === null ? null : shardedWriteOf(key, value)): { error: unknown } | null {
  if (!local) return { error: new Error('no storage') };
  if (sharded) return putSharded(key, sharded);
  const old = storedShardKeys(key);
  try {
    if (value === null) local.removeItem(key);
    else local.setItem(key, value);
  } catch (error) {
    return { error };
  }
  for (const shardKey of old) removeQuietly(shardKey);
  return null;
}

/** The whole value's text for what storage holds under `key`: a sharded value with its list put back. */
function wholeText(key: string, raw: string): string {
  const main = support?.read(raw);
  if (!main) return raw;
  if (assembled?.key === key && assembled.raw === raw) return assembled.text;
  const text = support!.assemble(main, stored) ?? raw;
  assembled = { key, raw, text };
  return text;
}
/** The last whole text put together: views that follow storage ask for it after every change. */
let assembled: { key: string; raw: string; text: string } | null = null;

/**
 * True where the browser has Web Locks: changes then wait for the write lock (`write-lock.ts`,
 * loaded with the first change, so a visit that only reads never downloads it).
 */
const WRITE_LOCKS = !!win && typeof navigator !== 'undefined' && typeof navigator.locks?.request === 'function';

/**
 * Whether a change waits for the write lock. Not while this tab keeps what the browser refused
 * (memory mode, full storage): then nothing is shared with other tabs, and the tab's copy lives in
 * `window.name`, which a write while the page goes away (pagehide) no longer reaches.
 */
const writeLock = () => import('./write-lock');

/**
 * Tells the write lock the revision `text` (null: removed) has: for writes that went past it (a
 * reset, the batch steps of „Meine Daten“), so the next writer in another tab does not wait for an
 * older revision that storage no longer shows.
 */
const announce = (key: string, text: string | null) => WRITE_LOCKS && void writeLock().then((lock) => lock.announce(key, lock.revisionOf(text)));

const deferWrites = () => WRITE_LOCKS && local !== null && overlay.size === 0 && $storageHealth.get().mode === 'local' && !isStorageFull($storageHealth.get().writeError);

/** What this tab holds for `key`: its own refused write (a whole text), else what the browser's storage holds (a sharded value's main text). */
function current(key: string): string | null {
  return overlay.has(key) ? (overlay.get(key) ?? null) : stored(key);
}

/** The stored text for `key` (this tab's own refused write, else the browser's storage, a sharded value whole), or null. */
export function readRaw(key: string): string | null {
  const raw = current(key);
  return raw === null || overlay.has(key) ? raw : wholeText(key, raw);
}

/** Writes `value`; true when the browser kept it. A refused write is kept for this tab and reported, never dropped. */
export function writeRaw(key: string, value: string): boolean {
  // Another tab saved this key since this tab's copy was refused: writing now would replace that
  // newer data. The change stays in this tab, marked unsaved, until the reader deals with it.
  if (conflicted(key)) {
    remember(key, value, true);
    changed();
    return false;
  }
  const failure = put(key, value);
  remember(key, value, failure !== null);
  reportWrite(failure);
  changed();
  return failure === null;
}

/** Removes `key`; if the browser refuses, this tab treats it as removed anyway. */
export function removeRaw(key: string): void {
  remember(key, null, put(key, null) !== null);
  changed();
}

/** Shows the last failed write; the notice stays until no change of this tab is waiting unsaved. */
function reportWrite(failure: { error: unknown } | null): void {
  if ($storageHealth.get().mode === 'memory') return;
  if (failure) setHealth({ mode: 'local', writeError: writeErrorOf(failure.error) });
  else if (![...overlay.values()].some((value) => value !== null)) setHealth({ mode: 'local', writeError: null });
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
  keys.delete(PROBE_KEY);
  return [...keys].sort();
}

/**
 * The stored texts of `keys` that hold a value (all data keys by default); `whole: false` gives a
 * sharded value's main text, which is enough to count its entries (`readEnvelope`) and cheap.
 */
export function readStoredTexts(keys: readonly string[] = dataKeys(), { whole = true } = {}): Map<string, string> {
  const texts = new Map<string, string>();
  for (const key of keys) {
    const raw = whole ? readRaw(key) : current(key);
    if (raw !== null) texts.set(key, raw);
  }
  return texts;
}

/** The keys that hold the reader's data: ours, minus snapshots, quarantine and shards (`readRaw` of their value's key has them). */
export function dataKeys(): string[] {
  return ourKeys().filter((key) => !key.startsWith(SNAPSHOT_KEY) && !key.startsWith(QUARANTINE_PREFIX) && !isShardKey(key));
}

/** The keys of the kept snapshots, oldest first. */
export function snapshotKeys(): string[] {
  return sortSnapshotKeys(ourKeys());
}

// ---------------------------------------------------------------------------------------------
// Problems, quarantine and snapshots

function setProblem(problem: StorageProblem): void {
  const others = $storageProblems.get().filter((p) => !(p.key === problem.key && p.reason === problem.reason && p.quarantineKey === problem.quarantineKey));
  $storageProblems.set([...others, problem]);
}

function clearProblems(key: string, reason: StorageProblem['reason']): void {
  const remaining = $storageProblems.get().filter((p) => !(p.key === key && p.reason === reason));
  if (remaining.length !== $storageProblems.get().length) $storageProblems.set(remaining);
}

/** Forgets problems whose quarantined value is gone (discarded here or in another tab). */
function forgetMissingQuarantine(): void {
  const remaining = $storageProblems.get().filter((p) => !p.quarantineKey || refusedCopies.has(p.quarantineKey) || readRaw(p.quarantineKey) !== null);
  if (remaining.length !== $storageProblems.get().length) $storageProblems.set(remaining);
}

function quarantineBase(key: string): string {
  return `${QUARANTINE_PREFIX}${key.slice(KEY_PREFIX.length)}`;
}

/** Whether `quarantineKey` holds a quarantined value of `key` (`nk:quarantaene:planer` is not one of `nk:plan`). */
export function isQuarantineOf(quarantineKey: string, key: string): boolean {
  const base = quarantineBase(key);
  return quarantineKey === base || (quarantineKey.startsWith(`${base}:`) && /^\d+$/.test(quarantineKey.slice(base.length + 1)));
}

/** Quarantine keys whose copy the browser refused: nothing is under them, the damaged value stays where it was. */
const refusedCopies = new Set<string>();

/** Whether the copy for `quarantineKey` found no room (see `quarantine`): then nothing was put aside. */
export const notPutAside = (quarantineKey: string): boolean => refusedCopies.has(quarantineKey);

/**
 * Keeps an unreadable value under its own key; an earlier, different one is never overwritten.
 * `saved` false: the browser had no room for the copy. It is not kept in the tab either, so no
 * page claims it was put aside; `notPutAside` tells, and the original must stay untouched.
 */
export function quarantine(key: string, raw: string): { quarantineKey: string; saved: boolean } {
  const base = quarantineBase(key);
  for (const existing of ourKeys()) {
    if (isQuarantineOf(existing, key) && readRaw(existing) === raw) return { quarantineKey: existing, saved: true };
  }
  const quarantineKey = readRaw(base) === null ? base : `${base}:${Date.now()}`;
  const saved = !put(quarantineKey, raw);
  if (saved) {
    remember(quarantineKey, raw, false);
    refusedCopies.delete(quarantineKey);
    changed();
  } else refusedCopies.add(quarantineKey);
  return { quarantineKey, saved };
}

/** Deletes a quarantined value once the reader has saved or dismissed it. */
export function discardQuarantine(quarantineKey: string): void {
  removeRaw(quarantineKey);
  $storageProblems.set($storageProblems.get().filter((p) => p.quarantineKey !== quarantineKey));
}

export type { Snapshot, SnapshotCause };

function currentSnapshot(cause: SnapshotCause, now: Date): Snapshot {
  writePending();
  const values: Record<string, string> = {};
  for (const key of dataKeys()) {
    const raw = readRaw(key);
    if (raw !== null) values[key] = raw;
  }
  return { at: now.toISOString(), cause, values };
}

/**
 * Keeps all current data of ours, so that an import, a migration or a restore can be undone with
 * one click. True when the browser kept it (in a tab without storage: when this tab keeps it).
 */
export function takeSnapshot(cause: SnapshotCause, now = new Date()): boolean {
  const snapshot = currentSnapshot(cause, now);
  const keys = snapshotKeys();
  // The newest kept snapshot holds this data already: a second one would add nothing.
  if (holdsSameTexts(readRaw(keys.at(-1) ?? SNAPSHOT_KEY), snapshot.values)) return true;
  const kept = writeRaw(nextSnapshotKey(keys, now), encodeSnapshot(snapshot)) || $storageHealth.get().mode === 'memory';
  trimSnapshots();
  return kept;
}

/** Removes a key for good (this tab forgets it even if the browser refuses). */
function drop(key: string): void {
  remember(key, null, put(key, null) !== null);
}

/** Drops the oldest snapshots until at most `SNAPSHOT_RING` are kept. */
function trimSnapshots(): void {
  const keys = snapshotKeys();
  while (keys.length > SNAPSHOT_RING) drop(keys.shift()!);
}

/**
 * Writes at once every change of this tab still waiting for the write lock: for a backup, an import
 * or a snapshot that must include what the reader has just changed. Not for views that follow
 * storage (the backup reminder, the overview): they read on every change, and writing from there
 * would bypass the lock.
 */
export function writePending(): void {
  for (const entry of registry.values()) entry.flush();
}

/**
 * What the batch module (`persistence-batch.ts`, loaded only by „Meine Daten“) needs from here.
 * Not for tools: they go through their stores.
 */
export const internals = {
  put,
  remember,
  currentSnapshot,
  trimSnapshots,
  drop,
  reportWrite,
  changed,
  /** True where the browser's storage works; false where everything lives in this tab only. */
  strictStorage: () => $storageHealth.get().mode === 'local' && local !== null,
  /** What this tab holds because the browser refused it, by key (`persistence-unsaved.ts`). */
  overlay,
  conflicted,
  forgetUnsaved,
  announce,
  /**
   * Whether writing `writes` needs the code for shards first (`loadShards`): shards are stored (they
   * go with their value), or a value that can be kept in shards comes large.
   */
  needsShards: (writes: readonly (readonly [string, string | null])[]) =>
    !support && shardedValues.size > 0 && (ourKeys().some(isShardKey) || writes.some(([key, text]) => shardedValues.has(key) && (text?.length ?? 0) > SHARD_FROM)),
  /** Makes every store whose key is in `keys` adopt what storage holds now. */
  syncStores(keys: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    for (const entry of registry.values()) if (keys.has(entry.key)) entry.sync();
  },
};

// ---------------------------------------------------------------------------------------------
// Persistent stores

export interface PersistentStore<T> {
  definition: StoredValueDefinition<T>;
  /** The tool's data; always valid. */
  $state: ReadableAtom<T>;
  /** What the server rendered, for hydration without mismatches. */
  initial: T;
  /**
   * Applies a change to the newest saved state, even one another tab saved a moment ago.
   * False when nothing was saved: the data is read-only (newer version) or the result is invalid.
   */
  update(change: (state: T) => T): boolean;
  /** Replaces the whole state. False like `update`. */
  replace(data: T): boolean;
  /** Forgets the tool's data in this browser. False (and nothing deleted) while read-only. */
  reset(): boolean;
  /** True while storage holds data from a newer version of the site, which must not be overwritten. */
  readOnly(): boolean;
}

interface Loaded<T> {
  data: T;
  /** 0: nothing stored. Grows with each save. */
  rev: number;
}

interface Entry {
  key: string;
  store: PersistentStore<unknown>;
  /** Adopts what storage holds now, if it differs from what this tab last saw. */
  sync(): void;
  /** Writes the changes still waiting for the lock at once (the page is going away). */
  flush(): void;
  /** Adopts what storage holds and writes what waited for it (the code for shards has just loaded). */
  resume(): void;
}

const registry = new Map<string, Entry>();

/** All stores created so far. */
export function registeredStores(): PersistentStore<unknown>[] {
  return [...registry.values()].map((entry) => entry.store);
}

/**
 * The store for one stored value. Creating it twice for one key returns the first store,
 * so islands and pages that share a value also share its state.
 */
export function createPersistentStore<T>(def: StoredValueDefinition<T>): PersistentStore<T> {
  const existing = registry.get(def.key);
  if (existing) return existing.store as PersistentStore<T>;
  knowShards(def);
  const sharded = def.shards ? (def as Sharded<T>) : null;
  /** The shards storage held when this tab last read or wrote them, by key (sharded values only). */
  let held = new Map<string, HeldShard>();

  const empty: Loaded<T> = { data: def.initial(), rev: 0 };
  /** What this tab shows: `base` with `pending` on top. */
  const $loaded = atom<Loaded<T>>(empty);
  /** What storage held when this tab last read or wrote it. */
  let base: Loaded<T> = empty;
  /** This tab's changes, in order, not yet written (they wait for the write lock). */
  let pending: ((state: T) => T)[] = [];
  /** The exact text this tab last read or wrote for the key. */
  let seen: string | null = null;
  /** What this tab showed when the first waiting change was made: what the changes were made on. */
  let since: T = empty.data;
  let readOnly = false;
  /** True while storage holds shards this page cannot read before the code for them is loaded. */
  let waitingForShards = false;

  function editable(): void {
    readOnly = false;
    clearProblems(def.key, 'newer');
  }

  /** Reads `raw` – a sharded main text with its shards (those read before are not read again), or a whole text. */
  function decode(raw: string, before: ReadonlyMap<string, HeldShard>): ReturnType<typeof decodeStored<T>> | 'waiting' {
    // Only a main text has this key unescaped (inside a stored string its quotes are escaped).
    if (!sharded || !raw.includes('"shards":{"list":')) return decodeStored(def, raw);
    if (!support) return 'waiting';
    const main = support.read(raw);
    if (!main) return decodeStored(def, raw);
    // Another version's shards (data from a newer site, or one to migrate) go the way of a whole text.
    if (main.v !== def.version || main.shards.list !== sharded.shards.list) return decodeStored(def, support.assemble(main, stored) ?? raw);
    const result = support.decode(sharded, main, stored, before);
    if (result.ok) held = new Map(result.shards.map((shard) => [shard.ref[0], shard]));
    return result;
  }

  /** The text under which an unreadable value is put aside: with its shards, if it has any, so nothing is lost when new ones replace them. */
  function withShards(raw: string): string {
    const keys = shardKeysIn(raw);
    return keys.length === 0 ? raw : JSON.stringify(Object.fromEntries([[def.key, raw], ...keys.map((key) => [key, stored(key)])]));
  }

  function adopt(raw: string | null): void {
    const previous = seen;
    seen = raw;
    const before = held;
    held = new Map();
    if (raw === null) {
      editable();
      show(empty);
      return;
    }
    const result = decode(raw, before);
    if (result === 'waiting') {
      // Another tab packed shards this page cannot read yet: keep showing what it read before, write
      // nothing on top of what it has not read, and read again once the code is here (`loadShards`).
      seen = previous;
      held = before;
      waitingForShards = true;
      void loadShards();
      return;
    }
    waitingForShards = false;
    if (result.ok) {
      editable();
      // Large already: the next write goes into shards.
      if (sharded && !support && raw.length > SHARD_FROM) void loadShards();
      if (result.migratedFrom !== null) {
        takeSnapshot({ code: 'beforeUpdate', tool: storedId(def.key), version: result.migratedFrom });
        // Saved at once, so that the next page load neither migrates nor replaces the snapshot again.
        writeRaw(def.key, encodeEnvelope(result.envelope));
        seen = current(def.key);
      }
      show({ data: result.envelope.data, rev: result.envelope.rev });
      return;
    }
    // Changes made here on top of what is now read-only cannot be written; the notice says why.
    pending = [];
    if (result.reason === 'newer') {
      readOnly = true;
      setProblem({ key: def.key, reason: result.reason, issue: result.issue });
      show(empty);
      return;
    }
    const { quarantineKey, saved } = quarantine(def.key, withShards(raw));
    // If even the copy could not be kept, the original must not be overwritten either.
    readOnly = !saved;
    clearProblems(def.key, 'newer');
    setProblem({ key: def.key, reason: result.reason, issue: result.issue, quarantineKey });
    show(empty);
  }

  function sync(): void {
    const raw = current(def.key);
    if (raw !== seen) adopt(raw);
  }

  /** Whether `data` is valid; for a sharded value only what differs from `before` (valid already) is checked. */
  const valid = (data: T, before: T | null) => (sharded && support ? support.valid(sharded, data, before) : v.safeParse(def.schema, data).success);

  /** Shows `loaded` (what storage holds) with this tab's changes not yet written on top. */
  function show(loaded: Loaded<T>): void {
    base = loaded;
    let data = loaded.data;
    for (const change of pending) {
      const next = change(data);
      if (next === data) continue;
      if (valid(next, data)) data = next;
      // Another tab's change made this one invalid (say, a list it filled up): the others stay.
      else if ($storageHealth.get().mode === 'local') setHealth({ mode: 'local', writeError: 'invalidChange' });
    }
    $loaded.set(data === loaded.data ? loaded : { data, rev: loaded.rev });
  }

  /**
   * Writes what this tab shows – what storage holds now with the waiting changes on top (`sync`
   * adopts a newer stored text first and `show` puts the changes on it) – and says what it wrote
   * (`Written`: the revision it left, and what the write lock compares to find a same-field change
   * of another tab that this write replaced), or null when nothing was written. Runs under the
   * write lock, or at once without one.
   */
  function commit(): Written | null {
    // A read during the write (a migration's snapshot reads every value) must not write again.
    if (committing) return null;
    committing = true;
    try {
      sync();
      // Written once storage can be read (`resume`); until then the changes wait here.
      if (waitingForShards) return null;
      const waiting = pending.length;
      pending = [];
      const { data } = $loaded.get();
      if (readOnly || waiting === 0 || data === base.data) return null;
      const theirs = base.data;
      const rev = Math.min(base.rev + 1, MAX_REVISION);
      const now = new Date();
      // In shards once large, and from then on (`held` lists the shards read or written last).
      if (sharded && support && held.size > 0) seen = writeShards(data, rev, now);
      else {
        const text = encodeStored(def, data, rev, now);
        if (sharded && support && text.length > SHARD_FROM) seen = writeShards(data, rev, now);
        else {
          seen = text;
          writeRaw(def.key, text);
          // Grown large: the next write goes into shards.
          if (sharded && text.length > SHARD_FROM) void loadShards();
        }
      }
      show({ data, rev });
      return [rev, since, theirs, data];
    } finally {
      committing = false;
    }
  }
  let committing = false;

  /**
   * Writes `data` as shards: the shards whose items changed and the main text (`writeRaw` for a
   * sharded value). Returns what this tab now holds for the key (`current`), for `seen`.
   */
  function writeShards(data: T, rev: number, now: Date): string | null {
    const write = support!.encode(sharded!, data, rev, now.toISOString(), held);
    // Like writeRaw: never over another tab's later save, and a refused write stays in this tab (whole).
    const failure = conflicted(def.key) ? { error: null } : put(def.key, write.main, write);
    if (failure) remember(def.key, encodeStored(def, data, rev, now), true);
    else {
      remember(def.key, write.main, false);
      held = new Map(write.held.map((shard) => [shard.ref[0], shard]));
    }
    if (failure?.error !== null) reportWrite(failure);
    changed();
    return current(def.key);
  }

  let writing: Promise<void> | null = null;

  /** Writes the waiting changes under the lock, one write for all that came meanwhile. */
  function schedule(): void {
    writing ??= writeLock()
      .then(({ whileWriting }) => whileWriting(def.key, () => current(def.key), commit, setProblem))
      // The lock or its module could not be had (offline, the page is being torn down): write as a single tab would.
      .catch(() => void commit())
      // Even if that failed too, later changes must not wait behind it for ever.
      .finally(() => {
        writing = null;
        if (pending.length > 0 && !waitingForShards) schedule();
      });
  }

  const store: PersistentStore<T> = {
    definition: def,
    $state: computed($loaded, (loaded) => loaded.data),
    initial: empty.data,
    update(change) {
      // What the reader saw when making this change: another tab's write may only now come in.
      const seenByReader = $loaded.get().data;
      sync();
      if (readOnly) return false;
      const shown = $loaded.get();
      const data = change(shown.data);
      if (data === shown.data) return true;
      if (!valid(data, shown.data)) {
        if ($storageHealth.get().mode === 'local') setHealth({ mode: 'local', writeError: 'invalidChange' });
        return false;
      }
      if (pending.length === 0) since = seenByReader;
      pending.push(change);
      $loaded.set({ data, rev: shown.rev });
      if (deferWrites()) schedule();
      else commit();
      return true;
    },
    replace(data) {
      return store.update(() => data);
    },
    reset() {
      sync();
      if (readOnly) return false;
      // The reader asked to forget everything: changes still waiting go too.
      pending = [];
      removeRaw(def.key);
      held = new Map();
      // The next writer in another tab must not wait for the revision that is gone.
      announce(def.key, null);
      seen = null;
      show(empty);
      return true;
    },
    readOnly: () => readOnly,
  };

  const resume = () => {
    sync();
    if (pending.length > 0 && !waitingForShards) {
      if (deferWrites()) schedule();
      else commit();
    }
  };
  registry.set(def.key, { key: def.key, store: store as PersistentStore<unknown>, sync, flush: () => void (pending.length > 0 && commit()), resume });

  if (win) {
    // Earlier quarantined values stay visible until the reader deals with them.
    for (const key of ourKeys()) {
      if (isQuarantineOf(key, def.key)) {
        setProblem({ key: def.key, reason: 'corrupt', quarantineKey: key, issue: { code: 'putAside', tool: storedId(def.key) } });
      }
    }
    sync();
  }
  return store;
}

/** Removes every trace of ours from this browser's storage and resets all stores. */
export function clearAllData(): void {
  for (const key of ourKeys()) removeRaw(key);
  $storageProblems.set([]);
  for (const entry of registry.values()) entry.sync();
  changed();
}

// Another tab changed storage: catch up at once. A clear (key null) concerns every key.
function onStorage(e: { key: string | null }): void {
  // The window engine passes the browser's StorageEvent; the type it declares is narrower.
  const event = e as StorageEvent;
  if (event.storageArea !== null && event.storageArea !== local) return; // sessionStorage
  // A clear is the reader's „Alle meine Daten löschen“: nothing of this tab comes back. A save of
  // one key never drops this tab's unsaved change of it, which stays marked (`persistence-unsaved.ts`).
  if (event.key === null) forgetUnsaved();
  for (const entry of registry.values()) if (event.key === null || event.key === entry.key) entry.sync();
  if (event.key === null || event.key.startsWith(QUARANTINE_PREFIX)) forgetMissingQuarantine();
  changed();
}

// Back from the back/forward cache, a tab may have missed any number of storage events.
function onPageShow(): void {
  for (const entry of registry.values()) entry.sync();
  forgetMissingQuarantine();
  changed();
}

// A change still waiting for the write lock must not be lost with the page (a link followed right
// after „Speichern“, a reload): write it at once, as a single tab would.
if (win) win.addEventListener('pagehide', () => {
  for (const entry of registry.values()) entry.flush();
});

// @nanostores/persistent's window engine delivers both: `storage` events and `pageshow`.
if (win) windowPersistentEvents.addEventListener(KEY_PREFIX, onStorage, onPageShow);

/** What to do with changes only this tab holds (`persistence-unsaved.ts`, loaded on first use). */
export const loadUnsaved = () => import('./persistence-unsaved').then((unsaved) => unsaved.unsavedActions(internals));

// Changes an earlier page of this tab could not save are marked unsaved on this page too, and saved
// as soon as there is room, unless another tab saved meanwhile (the try says why a write is still refused).
if (win && overlay.size > 0 && $storageHealth.get().mode === 'local') {
  setHealth({ mode: 'local', writeError: 'full' });
  void loadUnsaved().then((unsaved) => unsaved.retry());
}
