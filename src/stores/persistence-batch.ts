/**
 * Writes that must succeed together or not at all – importing a backup, restoring a snapshot.
 * Only „Meine Daten“ and the contact import need them, so they live apart from the persistence
 * every tool page loads.
 */
import { encodeSnapshot as encode, holdsSameTexts, nextSnapshotKey as nextKey, type Snapshot, type SnapshotCause } from '../lib/storage/snapshot';
import { decodeSnapshot } from '../lib/storage/snapshot-decode';
import { readEnvelope, type CatalogueEntry } from '../lib/storage/catalogue';
import { storedId, type StoredIssue } from '../lib/storage/stored-value';
import { $storageProblems, dataKeys, internals, QUARANTINE_PREFIX, readRaw, snapshotKeys } from './persistence';

/** A readable snapshot of the ring with its key. */
export interface KeptSnapshot {
  key: string;
  snapshot: Snapshot;
}

/** The readable snapshots of the ring, newest first (damaged ones are put aside by „Meine Daten“). */
export function readSnapshots(): KeptSnapshot[] {
  const kept: KeptSnapshot[] = [];
  for (const key of snapshotKeys().reverse()) {
    const snapshot = decodeSnapshot(readRaw(key));
    if (snapshot) kept.push({ key, snapshot });
  }
  return kept;
}

/** The newest readable snapshot; null when there is none. */
export function readSnapshot(): Snapshot | null {
  return readSnapshots()[0]?.snapshot ?? null;
}

/**
 * Why a step of several writes failed, nothing changed: full (storage too full for the writes),
 * noSnapshotRoom (too full even for the snapshot taken first), noSnapshot (nothing to restore),
 * restoreOverNewer (a stored value is from a newer version of the site: `issue` says which).
 */
export type BatchProblem = { code: 'full' } | { code: 'noSnapshotRoom' } | { code: 'noSnapshot' } | { code: 'restoreOverNewer'; issue: StoredIssue };

/** `droppedSnapshots`: older snapshots removed to make room (only present when some were). */
export type ApplyResult = { ok: true; droppedSnapshots?: number } | { ok: false; problem: BatchProblem };

/** One try at the whole step; on failure everything is back as it was. */
function attemptAll(ordered: ReadonlyArray<readonly [string, string | null]>, snapshot: Snapshot | null, now: Date): { ok: boolean; snapshotFailed: boolean } {
  // In a tab without storage the overlay is all there is; there, keeping it in the tab is success.
  const strict = internals.strictStorage();
  const before = new Map<string, string | null>();
  const done: string[] = [];
  const attempt = (key: string, value: string | null): boolean => {
    if (!before.has(key)) before.set(key, readRaw(key));
    const failure = internals.put(key, value);
    if (failure && strict) return false;
    internals.remember(key, value, failure !== null);
    done.push(key);
    return true;
  };

  let snapshotFailed = false;
  let ok = true;
  if (snapshot) {
    const keys = snapshotKeys();
    const same = keys.length > 0 && holdsSame(keys.at(-1)!, snapshot);
    if (!same) {
      const key = nextKey(keys, now);
      ok = attempt(key, encode(snapshot));
      snapshotFailed = !ok;
    }
  }
  for (const [key, value] of ordered) {
    if (!ok) break;
    ok = attempt(key, value);
  }
  if (!ok) {
    // Back to exactly what was there: first remove everything written, which frees its space,
    // then put the previous values back, which then fit as they did before.
    for (const key of done) internals.remember(key, null, internals.put(key, null) !== null);
    for (const key of done) {
      const previous = before.get(key) ?? null;
      if (previous !== null) internals.remember(key, previous, internals.put(key, previous) !== null);
    }
  }
  internals.syncStores(before);
  return { ok, snapshotFailed };
}

function holdsSame(key: string, snapshot: Snapshot): boolean {
  return holdsSameTexts(readRaw(key), snapshot.values);
}

/**
 * Writes (value) or removes (null) several keys as one step: either every write is kept by the
 * browser, or everything – the snapshot included – is put back as it was. With `snapshotCause`,
 * the data as it was before joins the ring of snapshots first, unless the newest one holds the
 * same data already. When storage is too full, the oldest snapshots make room, one at a time,
 * before the step is given up; the result counts them.
 */
export function applyWrites(writes: ReadonlyArray<readonly [string, string | null]>, snapshotCause: SnapshotCause | null, now = new Date()): ApplyResult {
  const ordered = [...writes].sort(([, a], [, b]) => (a === null ? 0 : 1) - (b === null ? 0 : 1)); // removals free space first
  // A step that writes nothing changes nothing, so it needs no undo point.
  const snapshot = snapshotCause === null || ordered.length === 0 ? null : internals.currentSnapshot(snapshotCause, now);
  let dropped = 0;
  const droppedTexts: [string, string][] = [];
  for (;;) {
    const result = attemptAll(ordered, snapshot, now);
    if (result.ok) {
      internals.trimSnapshots();
      internals.changed();
      internals.reportWrite(null);
      return dropped > 0 ? { ok: true, droppedSnapshots: dropped } : { ok: true };
    }
    // Room from the oldest snapshot – never from the newest, when it is this step's undo point.
    const keys = snapshotKeys();
    const spare = snapshot && keys.length > 0 && holdsSame(keys.at(-1)!, snapshot) ? keys.slice(0, -1) : keys;
    if (spare.length === 0) {
      // Given up: the snapshots dropped for room go back too, so nothing at all has changed.
      for (const [key, text] of droppedTexts.reverse()) internals.remember(key, text, internals.put(key, text) !== null);
      internals.changed();
      return { ok: false, problem: { code: result.snapshotFailed ? 'noSnapshotRoom' : 'full' } };
    }
    droppedTexts.push([spare[0]!, readRaw(spare[0]!) ?? '']);
    internals.drop(spare[0]!);
    dropped++;
  }
}

/** The first stored value that comes from a newer version of the site, as its issue; null when there is none. */
export function newerStored(known: readonly CatalogueEntry[] = []): StoredIssue | null {
  const seen = $storageProblems.get().find((problem) => problem.reason === 'newer');
  if (seen) return seen.issue as StoredIssue;
  for (const entry of known) {
    const raw = readRaw(entry.key);
    const envelope = raw === null ? null : readEnvelope(raw);
    if (envelope && envelope.v > entry.version) return { code: 'newerVersion', tool: storedId(entry.key), version: envelope.v, known: entry.version };
  }
  return null;
}

/**
 * Puts a snapshot's data back in one step (the newest, or the one under `key`). The data it
 * replaces joins the ring first, so a restore can be undone like any other step. Refused, with
 * nothing changed, while any stored value comes from a newer version of the site (`known` is the
 * catalogue that tells). Keys `known` does not name are left alone.
 */
export function restoreSnapshot(now = new Date(), options: { key?: string; known?: readonly CatalogueEntry[] } = {}): ApplyResult {
  const kept = readSnapshots();
  const chosen = options.key === undefined ? kept[0] : kept.find((k) => k.key === options.key);
  if (!chosen) return { ok: false, problem: { code: 'noSnapshot' } };
  const issue = newerStored(options.known);
  if (issue) return { ok: false, problem: { code: 'restoreOverNewer', issue } };
  const knownKeys = options.known && new Set(options.known.map((entry) => entry.key));
  const ours = (key: string) => !key.startsWith(QUARANTINE_PREFIX) && !key.startsWith('nk:schnappschuss') && (!knownKeys || knownKeys.has(key));
  const { values } = chosen.snapshot;
  const writes: [string, string | null][] = dataKeys()
    .filter((key) => ours(key) && !Object.hasOwn(values, key))
    .map((key) => [key, null]);
  for (const [key, value] of Object.entries(values)) {
    if (ours(key)) writes.push([key, value]);
  }
  return applyWrites(writes, { code: 'beforeRestore', at: chosen.snapshot.at }, now);
}

/**
 * „Alle meine Daten löschen“, undoable: removes every data key in one step, after keeping the data
 * as a snapshot „vor dem Löschen“. Snapshots and put-aside data stay, so restoring that snapshot
 * brings everything back (`clearAllData` removes them too, when the reader asks for it). Refused,
 * with nothing deleted, when storage has no room for the snapshot (`noSnapshotRoom`).
 */
export function deleteData(now = new Date()): ApplyResult {
  return applyWrites(
    dataKeys().map((key) => [key, null] as const),
    { code: 'beforeDelete' },
    now,
  );
}
