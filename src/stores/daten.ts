/**
 * „Meine Daten“: what is stored, backup export, import in one step (its state lives in
 * `daten-import.ts`), snapshot restore and deleting everything. Islands only call these actions;
 * every rule lives in `src/lib`.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { $storageChanges, clearAllData, dataKeys, discardQuarantine, ourKeys, QUARANTINE_PREFIX, readRaw, readStoredTexts, snapshotKeys, wholeTextsReady } from './persistence';
import { readSnapshotHead } from '../lib/storage/snapshot-decode';
import type { SnapshotCause } from '../lib/storage/snapshot';
import { storedId } from '../lib/storage/stored-value';
import { metaStore } from './meta';
import { $import, type ActionResult, type Download } from './daten-import';
import { describeStorage, storedBytes, type StorageOverview } from '../lib/storage/storage-overview';
import { isShardKey } from '../lib/storage/shard-keys';
import type { CatalogueEntry } from '../lib/storage/catalogue';

export { metaStore };
export const $meta = metaStore.$state;

const overviews = new WeakMap<readonly CatalogueEntry[], ReadableAtom<StorageOverview>>();

/**
 * Every value of the catalogue with entries, size and last change; follows every change, in any
 * tab. The page passes the catalogue in (built from the definitions on the server), so this
 * module never loads a tool's schema.
 */
export function overviewOf(catalogue: readonly CatalogueEntry[]): ReadableAtom<StorageOverview> {
  let overview = overviews.get(catalogue);
  if (!overview) {
    // As stored: a value in shards counts its entries by its main text and its size with its shards.
    overview = computed($storageChanges, () => describeStorage(catalogue, readStoredTexts(undefined, { whole: false }), new Set(readStoredTexts(quarantineKeys()).values()), shardBytes()));
    overviews.set(catalogue, overview);
  }
  return overview;
}

const quarantineKeys = () => ourKeys().filter((key) => key.startsWith(QUARANTINE_PREFIX));

/** The size of each value's shards, by the value's key (shard keys are `<key>/…`). */
function shardBytes(): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [key, raw] of readStoredTexts(ourKeys().filter(isShardKey), { whole: false })) {
    const owner = key.slice(0, key.indexOf('/'));
    sizes.set(owner, (sizes.get(owner) ?? 0) + storedBytes(key, raw));
  }
  return sizes;
}

/** Values that could not be read and were put aside: key, the id of the value they belong to (`storedId`), size. */
export const $quarantined = computed($storageChanges, () =>
  quarantineKeys()
    .map((key) => ({ key, tool: key.slice(QUARANTINE_PREFIX.length).replace(/(:\d+)+$/, ''), bytes: storedBytes(key, readRaw(key) ?? '') })),
);

/** One kept snapshot as „Meine Daten“ lists it: key, time, cause, the ids (`storedId`) of the values it holds, size. */
export interface SnapshotRow {
  key: string;
  at: string;
  cause: SnapshotCause;
  tools: string[];
  bytes: number;
}

/**
 * The readable snapshots of the ring, newest first, from what each says about itself: a compressed
 * one is not decompressed for the list (the first look at storage checks it whole and puts it aside
 * if damaged; a restore checks it again).
 */
export const $snapshots = computed($storageChanges, (): SnapshotRow[] =>
  snapshotKeys()
    .reverse()
    .flatMap((key) => {
      const raw = readRaw(key) ?? '';
      const read = readSnapshotHead(raw);
      return read.ok ? [{ key, at: read.head.at, cause: read.head.cause, tools: read.head.keys.map(storedId), bytes: storedBytes(key, raw) }] : [];
    }),
);

/** The first look at storage, once the page is open (see `inspect`); every step that writes waits for it. */
let inspected: Promise<unknown> = Promise.resolve();

/**
 * The first look of „Meine Daten“ at storage (`inspectStorage` in `daten-backup.ts`, which brings
 * the schemas): damaged data seen here first is put aside before anything can replace it. Loads
 * only when something of ours is stored; an import, a restore and a delete wait for it.
 */
export function inspect(): Promise<unknown> {
  if (ourKeys().length > 0) inspected = loadBackupActions().then((actions) => actions.inspectStorage(), () => null);
  return inspected;
}

/** Whether anything of ours is stored at all (for „Alle meine Daten löschen“). */
export const $anythingStored = computed($storageChanges, () => ourKeys().length > 0);

/** Everything of ours together, snapshot and quarantine included. */
export const $totalBytes = computed($storageChanges, () => [...readStoredTexts(ourKeys(), { whole: false })].reduce((sum, [key, raw]) => sum + storedBytes(key, raw), 0));

// ---------------------------------------------------------------------------------------------
// Export and import live in `./daten-backup.ts`, which loads on first use: most visits only look
// at the overview, and the page's JavaScript budget is small.

/** Loads the export and import code (once; the browser keeps the module). */
export const loadBackupActions = () => Promise.all([import('./daten-backup'), wholeTextsReady()]).then(([actions]) => actions);

/** Builds a backup file (see `daten-backup.ts`). */
export async function makeBackup(now = new Date()): Promise<Download> {
  return (await loadBackupActions()).makeBackup(now);
}

/**
 * Reads and checks a chosen file; nothing is stored until the reader applies the preview.
 * The check code loads now, so a failed load is reported like any other problem.
 */
export async function chooseFile(file: { name: string; size: number; text(): Promise<string> }): Promise<void> {
  $import.set({ step: 'reading', fileName: file.name });
  let actions: Awaited<ReturnType<typeof loadBackupActions>>;
  try {
    await inspected;
    actions = await loadBackupActions();
  } catch {
    $import.set({ step: 'error', fileName: file.name, problem: { code: 'loadFailed' } });
    return;
  }
  await actions.checkFile(file);
}

/** Ends an import without changing anything. */
export function cancelImport(): void {
  $import.set({ step: 'idle' });
}

// ---------------------------------------------------------------------------------------------
// Snapshot, quarantine, delete

/**
 * Runs a step of the batch writes. They load on first use (most visits never restore or delete),
 * so a failed load is reported like a failed write.
 */
async function batchStep(step: (batch: typeof import('./persistence-batch')) => Promise<ActionResult>): Promise<ActionResult> {
  let batch: typeof import('./persistence-batch');
  try {
    await inspected;
    batch = await import('./persistence-batch');
  } catch {
    return { ok: false, problem: { code: 'loadFailed' } };
  }
  return step(batch);
}

/** Brings back the snapshot; the replaced data becomes the new snapshot. */
export function restorePrevious(now = new Date(), options: { key?: string; known?: readonly CatalogueEntry[] } = {}): Promise<ActionResult> {
  return batchStep((batch) => batch.restoreSnapshot(now, options));
}

/**
 * Deletes the reader's data after keeping it as a snapshot „vor dem Löschen“, so that
 * „Früheren Stand wiederherstellen“ undoes it; snapshots and put-aside data stay.
 */
export function deleteData(now = new Date()): Promise<ActionResult> {
  return batchStep(async (batch) => {
    const result = await batch.deleteData(now);
    if (result.ok) $import.set({ step: 'idle' });
    return result;
  });
}

/** The raw text of a quarantined value, for download. */
export function quarantinedText(key: string): string {
  return readRaw(key) ?? '';
}

export { discardQuarantine };

/** Deletes every key of ours from this browser, snapshots and put-aside data included. Afterwards nothing of Netzwerk-Kompass is stored. */
export function deleteEverything(): void {
  clearAllData();
  $import.set({ step: 'idle' });
}

/** Keys that hold the reader's data right now (for tests and the overview). */
export { dataKeys };
