/**
 * Writes that must succeed together or not at all – importing a backup, restoring a snapshot.
 * Only „Meine Daten“ needs them, so they live apart from the persistence every tool page loads.
 */
import { encodeSnapshot, type Snapshot, type SnapshotCause } from '../lib/storage/snapshot';
import { decodeSnapshot } from '../lib/storage/snapshot-decode';
import { internals, QUARANTINE_PREFIX, readRaw, SNAPSHOT_KEY, dataKeys } from './persistence';

/** The snapshot kept before the last import, migration or restore; null when there is none. */
export function readSnapshot(): Snapshot | null {
  return decodeSnapshot(readRaw(SNAPSHOT_KEY));
}

/**
 * Why a step of several writes failed, nothing changed: full (storage too full for the writes),
 * noSnapshotRoom (too full even for the snapshot taken first), noSnapshot (nothing to restore).
 */
export type BatchProblem = { code: 'full' } | { code: 'noSnapshotRoom' } | { code: 'noSnapshot' };

export type ApplyResult = { ok: true } | { ok: false; problem: BatchProblem };

/**
 * Writes (value) or removes (null) several keys as one step: either every write is kept by the
 * browser, or everything – the snapshot included – is put back as it was. With `snapshotCause`,
 * the data as it was before is kept as a snapshot first (and the step fails if that is impossible).
 */
export function applyWrites(writes: ReadonlyArray<readonly [string, string | null]>, snapshotCause: SnapshotCause | null, now = new Date()): ApplyResult {
  // In a tab without storage the overlay is all there is; there, keeping it in the tab is success.
  const strict = internals.strictStorage();
  const ordered = [...writes].sort(([, a], [, b]) => (a === null ? 0 : 1) - (b === null ? 0 : 1)); // removals free space first
  const touched = [...(snapshotCause === null ? [] : [SNAPSHOT_KEY]), ...ordered.map(([key]) => key)];
  const before = new Map(touched.map((key) => [key, readRaw(key)] as const));
  const done: string[] = [];

  const attempt = (key: string, value: string | null): boolean => {
    const failure = internals.put(key, value);
    if (failure && strict) return false;
    internals.remember(key, value, failure !== null);
    done.push(key);
    return true;
  };

  let ok = snapshotCause === null || attempt(SNAPSHOT_KEY, encodeSnapshot(internals.currentSnapshot(snapshotCause, now)));
  for (const [key, value] of ordered) {
    if (!ok) break;
    ok = attempt(key, value);
  }
  if (!ok) {
    // Back to exactly what was there: first remove everything written, which frees its space,
    // then put the previous values back, which then fit as they did before.
    for (const key of done) {
      internals.remember(key, null, internals.put(key, null) !== null);
    }
    for (const key of done) {
      const previous = before.get(key) ?? null;
      if (previous === null) continue;
      internals.remember(key, previous, internals.put(key, previous) !== null);
    }
  }
  internals.syncStores(before);
  internals.changed();
  if (!ok) return { ok: false, problem: { code: snapshotCause !== null && !done.includes(SNAPSHOT_KEY) ? 'noSnapshotRoom' : 'full' } };
  internals.reportWrite(null);
  return { ok: true };
}

/**
 * Puts the snapshot's data back in one step. The data it replaces becomes the new snapshot,
 * so a second click undoes the restore.
 */
export function restoreSnapshot(now = new Date()): ApplyResult {
  const snapshot = readSnapshot();
  if (!snapshot) return { ok: false, problem: { code: 'noSnapshot' } };
  const writes: [string, string | null][] = dataKeys()
    .filter((key) => !Object.hasOwn(snapshot.values, key))
    .map((key) => [key, null]);
  for (const [key, value] of Object.entries(snapshot.values)) {
    if (key !== SNAPSHOT_KEY && !key.startsWith(QUARANTINE_PREFIX)) writes.push([key, value]);
  }
  return applyWrites(writes, { code: 'beforeRestore' }, now);
}

