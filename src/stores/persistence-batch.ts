/**
 * Writes that must succeed together or not at all – importing a backup, restoring a snapshot.
 * Only „Meine Daten“ and the contact import need them, so they live apart from the persistence
 * every tool page loads.
 */
import { encodeSnapshot, nextSnapshotKey as nextKey, SNAPSHOT_PREFIX, type Snapshot, type SnapshotCause } from '../lib/storage/snapshot';
import { readSnapshotHead } from '../lib/storage/snapshot-decode';
import { encodeCompressedSnapshot, holdsSameValues, packValues, readSnapshotFull } from '../lib/storage/snapshot-compressed';
import { readEnvelope, type CatalogueEntry } from '../lib/storage/catalogue';
import { storedId, type StoredIssue } from '../lib/storage/stored-value';
import { $storageProblems, dataKeys, internals, loadShards, QUARANTINE_PREFIX, readRaw, snapshotKeys, wholeTextsReady } from './persistence';

/**
 * Why a step of several writes failed, nothing changed: full (storage too full for the writes),
 * noSnapshotRoom (too full even for the snapshot taken first), noSnapshot (nothing to restore),
 * damagedSnapshot (the snapshot to restore is damaged), restoreOverNewer (a stored value is from a
 * newer version of the site: `issue` says which).
 */
export type BatchProblem =
  | { code: 'full' }
  | { code: 'noSnapshotRoom' }
  | { code: 'noSnapshot' }
  | { code: 'damagedSnapshot' }
  | { code: 'restoreOverNewer'; issue: StoredIssue };

/** `droppedSnapshots`: older snapshots removed to make room (only present when some were). */
export type ApplyResult = { ok: true; droppedSnapshots?: number } | { ok: false; problem: BatchProblem };

/** Writes (value) or removals (null) by key. */
export type Writes = ReadonlyArray<readonly [string, string | null]>;

/**
 * A step's writes: fixed, or worked out from what storage holds in the very task they are written
 * in (after the snapshot's compression, during which another tab may have written) – or, from
 * there, why the step must not go ahead.
 */
export type StepWrites<P> = Writes | (() => Writes | { ok: false; problem: P });

/**
 * The undo point of a step: the data before it and its stored text – or, in `same`, the key of the
 * newest snapshot, which holds that data already (checked in full), and then no text.
 */
interface Prepared {
  snapshot: Snapshot;
  text: string | null;
  same: string | null;
}

/** How often compression starts again because another tab wrote meanwhile, before the step writes format 2 instead. */
const COMPRESS_TRIES = 3;

/**
 * The undo point for a step, compressed (await) – and, when this returns, storage still holds
 * exactly the data it keeps: if another tab wrote while it was compressed, it starts again. After
 * `COMPRESS_TRIES` it encodes format 2, which needs no await, so a tab that keeps writing cannot
 * hold the step up for ever. The caller must write in the same task.
 */
async function prepare(cause: SnapshotCause, now: Date): Promise<Prepared> {
  for (let tries = 0; ; tries++) {
    const snapshot = internals.currentSnapshot(cause, now);
    const packed = packValues(snapshot.values);
    if (tries === COMPRESS_TRIES) return { snapshot, text: encodeSnapshot(snapshot), same: null };
    const newestKey = snapshotKeys().at(-1) ?? '';
    const newest = readRaw(newestKey);
    // A newest snapshot that only looks the same (its compressed part damaged) is no undo point.
    const same = holdsSameValues(newest, packed) && (await readSnapshotFull(newest!)).ok ? newestKey : null;
    const text = same ? null : await encodeCompressedSnapshot(snapshot, packed);
    // The same texts give the same JSON (keys in storage order, as `dataKeys` sorts them).
    if (JSON.stringify(internals.currentSnapshot(cause, now).values) === packed.json) return { snapshot, text, same };
  }
}

/** One try at the whole step; on failure everything is back as it was. */
function attemptAll(ordered: Writes, prepared: Prepared | null, now: Date): { ok: boolean; snapshotFailed: boolean } {
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
  if (prepared) {
    const keys = snapshotKeys();
    if (!holdsSame(keys, prepared)) {
      const key = nextKey(keys, now);
      // No text: the newest held the same data while the step compressed, but another tab has
      // added a snapshot since (or removed that one) – format 2 then, which needs no await.
      ok = attempt(key, prepared.text ?? encodeSnapshot(prepared.snapshot));
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

/** Whether the newest of the snapshot keys `keys` holds the step's data already (a key's text never changes, only goes). */
function holdsSame(keys: readonly string[], prepared: Prepared): boolean {
  return prepared.same !== null && keys.at(-1) === prepared.same;
}

/**
 * Writes (value) or removes (null) several keys as one step: either every write is kept by the
 * browser, or everything – the snapshot included – is put back as it was. With `snapshotCause`,
 * the data as it was before joins the ring of snapshots first (compressed, which is why this is
 * async), unless the newest one holds the same data already. When storage is too full, the oldest
 * snapshots make room, one at a time, before the step is given up; the result counts them.
 * Everything from working out `writes` (when a function) to the last write happens in one task,
 * so no other tab's write comes between.
 */
export async function applyWrites<P = never>(writes: StepWrites<P>, snapshotCause: SnapshotCause | null, now = new Date()): Promise<ApplyResult | { ok: false; problem: P }> {
  // The undo point holds every value whole: a planner in shards needs their code for that.
  await wholeTextsReady();
  const prepared = snapshotCause === null ? null : await prepare(snapshotCause, now);
  let built = typeof writes === 'function' ? writes() : writes;
  if ('ok' in built) return built;
  // Shards in storage go with their value, and a step may write thousands of contacts at once, which
  // fit only in packed shards: then the code for them first, and the writes worked out again after it.
  if (internals.needsShards(built)) {
    await loadShards();
    built = typeof writes === 'function' ? writes() : writes;
    if ('ok' in built) return built;
  }
  return writeAll(built, prepared, now);
}

/** The synchronous, all-or-nothing part of `applyWrites`. */
function writeAll(writes: Writes, prepared: Prepared | null, now: Date): ApplyResult {
  const ordered = [...writes].sort(([, a], [, b]) => (a === null ? 0 : 1) - (b === null ? 0 : 1)); // removals free space first
  // A step that writes nothing changes nothing, so it needs no undo point.
  const snapshot = ordered.length === 0 ? null : prepared;
  let dropped = 0;
  const droppedTexts: [string, string][] = [];
  for (;;) {
    const result = attemptAll(ordered, snapshot, now);
    if (result.ok) {
      internals.trimSnapshots();
      internals.changed();
      internals.reportWrite(null);
      announceWrites(ordered);
      return dropped > 0 ? { ok: true, droppedSnapshots: dropped } : { ok: true };
    }
    // Room from the oldest snapshot – never from the newest, when it is this step's undo point.
    const keys = snapshotKeys();
    const spare = snapshot && holdsSame(keys, snapshot) ? keys.slice(0, -1) : keys;
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

/**
 * Tells the write lock across tabs the revision each written value now has. A step writes past the
 * lock, and an import may well write a lower revision than the last change: without this, the next
 * change in another tab would wait for that old revision until `FRESH_WAIT_MS` runs out.
 */
function announceWrites(writes: Writes): void {
  for (const [key, value] of writes) if (!key.startsWith(SNAPSHOT_PREFIX)) internals.announce(key, value);
}

/** The first stored value that comes from a newer version of the site, as its issue; null when there is none. */
function newerStored(known: readonly CatalogueEntry[] = []): StoredIssue | null {
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
 * Puts a snapshot's data back in one step (the newest, or the one under `key`), decompressed and
 * checked first: a damaged one is refused (`damagedSnapshot`) with nothing changed. The data it
 * replaces joins the ring first, so a restore can be undone like any other step. Refused, with
 * nothing changed, while any stored value comes from a newer version of the site (`known` is the
 * catalogue that tells). Keys `known` does not name are left alone.
 */
export async function restoreSnapshot(now = new Date(), options: { key?: string; known?: readonly CatalogueEntry[] } = {}): Promise<ApplyResult> {
  // By default the newest that reads (its head: a damaged compressed part is found below).
  const key = options.key ?? snapshotKeys().reverse().find((k) => readSnapshotHead(readRaw(k) ?? '').ok);
  const raw = key && readRaw(key);
  if (!raw) return { ok: false, problem: { code: 'noSnapshot' } };
  const read = await readSnapshotFull(raw);
  // A snapshot of a newer format is never listed, so whatever does not read here is damaged.
  if (!read.ok) return { ok: false, problem: { code: 'damagedSnapshot' } };
  const knownKeys = options.known && new Set(options.known.map((entry) => entry.key));
  const ours = (key: string) => !key.startsWith(QUARANTINE_PREFIX) && !key.startsWith('nk:schnappschuss') && (!knownKeys || knownKeys.has(key));
  const { values, at } = read.snapshot;
  return applyWrites(
    () => {
      // Checked in the task that writes: another tab may have stored newer data meanwhile.
      const issue = newerStored(options.known);
      if (issue) return { ok: false, problem: { code: 'restoreOverNewer', issue } };
      const writes: [string, string | null][] = dataKeys()
        .filter((key) => ours(key) && !Object.hasOwn(values, key))
        .map((key) => [key, null]);
      for (const [key, value] of Object.entries(values)) {
        if (ours(key)) writes.push([key, value]);
      }
      return writes;
    },
    { code: 'beforeRestore', at },
    now,
  );
}

/**
 * „Alle meine Daten löschen“, undoable: removes every data key in one step, after keeping the data
 * as a snapshot „vor dem Löschen“. Snapshots and put-aside data stay, so restoring that snapshot
 * brings everything back (`clearAllData` removes them too, when the reader asks for it). Refused,
 * with nothing deleted, when storage has no room for the snapshot (`noSnapshotRoom`).
 */
export function deleteData(now = new Date()): Promise<ApplyResult> {
  return applyWrites(() => dataKeys().map((key) => [key, null] as const), { code: 'beforeDelete' }, now);
}
