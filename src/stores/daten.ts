/**
 * „Meine Daten“: what is stored, backup export, import in one step (its state lives in
 * `daten-import.ts`), snapshot restore and deleting everything. Islands only call these actions;
 * every rule lives in `src/lib`.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  $storageChanges,
  clearAllData,
  dataKeys,
  discardQuarantine,
  ourKeys,
  QUARANTINE_PREFIX,
  quarantine,
  readRaw,
  readStoredTexts,
  removeRaw,
  snapshotKeys,
  writeRaw,
} from './persistence';
import { decodeSnapshot, readSnapshotText } from '../lib/storage/snapshot-decode';
import { encodeSnapshot, LEGACY_SNAPSHOT_KEY, snapshotOrder, SNAPSHOT_PREFIX, type SnapshotCause } from '../lib/storage/snapshot';
import { readEnvelope } from '../lib/storage/catalogue';
import { storedId } from '../lib/storage/stored-value';
import { metaStore } from './meta';
import { $import, type ActionResult, type Download } from './daten-import';
import { describeStorage, storedBytes, type StorageOverview } from '../lib/storage/storage-overview';
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
    overview = computed($storageChanges, () => describeStorage(catalogue, readStoredTexts()));
    overviews.set(catalogue, overview);
  }
  return overview;
}

/** Values that could not be read and were put aside: key, the id of the value they belong to (`storedId`), size. */
export const $quarantined = computed($storageChanges, () =>
  ourKeys()
    .filter((key) => key.startsWith(QUARANTINE_PREFIX))
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

/** The readable snapshots of the ring, newest first. */
export const $snapshots = computed($storageChanges, (): SnapshotRow[] =>
  snapshotKeys()
    .reverse()
    .flatMap((key) => {
      const raw = readRaw(key) ?? '';
      const snapshot = decodeSnapshot(raw);
      return snapshot ? [{ key, at: snapshot.at, cause: snapshot.cause, tools: Object.keys(snapshot.values).map(storedId), bytes: storedBytes(key, raw) }] : [];
    }),
);

/** A damaged value that could not be put aside for lack of room: its raw text, for download before anything else happens. */
export interface NotPutAside {
  key: string;
  /** The id (`storedId`) of the value it belongs to; `schnappschuss` for a snapshot. */
  tool: string;
  text: string;
}

/** What the last look at storage (`inspectStorage`) could not put aside. */
export const $notPutAside = atom<NotPutAside[]>([]);

/**
 * The first look of „Meine Daten“ at storage: moves the single snapshot of format 1 into the ring,
 * and puts aside (quarantine) every damaged snapshot and every value of the catalogue that is no
 * stored value at all, wherever it was not put aside before. A damaged snapshot leaves the ring
 * once its copy is kept; a damaged tool value stays in place for its tool. What did not fit is in
 * `$notPutAside`.
 */
export function inspectStorage(catalogue: readonly CatalogueEntry[]): NotPutAside[] {
  const failed: NotPutAside[] = [];
  const putAside = (key: string, raw: string, tool: string): boolean => {
    const { saved } = quarantine(key, raw);
    if (!saved) failed.push({ key, tool, text: raw });
    return saved;
  };
  for (const key of snapshotKeys()) {
    const raw = readRaw(key);
    if (raw === null) continue;
    const read = readSnapshotText(raw);
    if (!read.ok) {
      if (read.reason === 'damaged' && putAside(key, raw, 'schnappschuss')) removeRaw(key);
      continue;
    }
    if (key === LEGACY_SNAPSHOT_KEY) {
      // Format 1 joins the ring as its oldest snapshot; if that does not fit, it stays where it is.
      const first = snapshotKeys().map(snapshotOrder).find((n) => n !== null && n >= 0) ?? Number.MAX_SAFE_INTEGER;
      const taken = Date.parse(read.snapshot.at);
      const order = Math.max(0, Math.min(Number.isNaN(taken) ? 0 : taken, first - 1));
      if (writeRaw(`${SNAPSHOT_PREFIX}${order}`, encodeSnapshot(read.snapshot))) removeRaw(key);
      else removeRaw(`${SNAPSHOT_PREFIX}${order}`);
    }
  }
  for (const { key } of catalogue) {
    const raw = readRaw(key);
    if (raw !== null && readEnvelope(raw) === null) putAside(key, raw, storedId(key));
  }
  $notPutAside.set(failed);
  return failed;
}

/** Whether anything of ours is stored at all (for „Alle meine Daten löschen“). */
export const $anythingStored = computed($storageChanges, () => ourKeys().length > 0);

/** Everything of ours together, snapshot and quarantine included. */
export const $totalBytes = computed($storageChanges, () => [...readStoredTexts(ourKeys())].reduce((sum, [key, raw]) => sum + storedBytes(key, raw), 0));

// ---------------------------------------------------------------------------------------------
// Export and import live in `./daten-backup.ts`, which loads on first use: most visits only look
// at the overview, and the page's JavaScript budget is small.

/** Loads the export and import code (once; the browser keeps the module). */
export const loadBackupActions = () => import('./daten-backup');

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
async function batchStep(step: (batch: typeof import('./persistence-batch')) => ActionResult): Promise<ActionResult> {
  let batch: typeof import('./persistence-batch');
  try {
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
  return batchStep((batch) => {
    const result = batch.deleteData(now);
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
