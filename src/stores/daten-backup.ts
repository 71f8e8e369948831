/**
 * Backup export and import for „Meine Daten“, and its first look at storage, which needs the same
 * schemas; loaded as soon as the page finds something stored (see `inspect` in `daten.ts`).
 * The rules live in `src/lib/backup.ts`; this module reads storage, keeps the import's state
 * and writes the result in one step.
 */
import { atom, computed } from 'nanostores';
import { $storageChanges, knowShards, quarantine, readRaw, readStoredTexts, removeRaw, snapshotKeys, wholeTextsReady, writePending, writeRaw } from './persistence';
import { recordBackup } from './meta';
import { $import, $notPutAside, type ActionProblem, type ActionResult, type Download, type NotPutAside } from './daten-import';
import { ALL_DEFINITIONS } from '../lib/storage/stored-definitions';
import { decodeStored, storedId } from '../lib/storage/stored-value';
import { readSnapshotFull } from '../lib/storage/snapshot-compressed';
import { encodeSnapshot, LEGACY_SNAPSHOT_KEY, snapshotOrder, SNAPSHOT_PREFIX } from '../lib/storage/snapshot';
import { backupFileName, createBackup, planImport, readBackup, TOO_LARGE, type ImportMode, type ImportPlan } from '../lib/storage/backup';
import { MAX_BACKUP_BYTES } from '../lib/storage/backup-limits';
import { localDay } from '../lib/dates/iso-day';

/**
 * Backups, imports and restores work with whole texts: persistence reads (and writes) a value kept in
 * shards whole once it knows the value's definition and has the code for shards (the async steps
 * wait for it: `whole`). Told on each use rather than on load, which made the bundler build this
 * module twice.
 */
function known(): void {
  for (const def of ALL_DEFINITIONS) knowShards(def);
}
const whole = () => (known(), wholeTextsReady());
const readWhole = (key: string) => (known(), readRaw(key));
const readAllWhole = () => (known(), readStoredTexts());

const loadCrypto = () => import('../lib/storage/backup-crypto');
/**
 * The batch writes load with the first import applied, not with this module: they bring the
 * snapshot compression, and this module loads on every visit with data (its cap is 9 KB).
 */
const loadBatch = () => import('./persistence-batch');

// ---------------------------------------------------------------------------------------------
// The first look at storage

/**
 * The first look of „Meine Daten“ at storage: moves the single snapshot of format 1 into the ring,
 * and puts aside (quarantine) every damaged snapshot and every stored value that its tool could not
 * read – no envelope, or one its schema refuses – wherever it was not put aside before, so that no
 * import, restore or delete can replace it unseen. A damaged snapshot leaves the ring once its copy
 * is kept; a damaged tool value stays in place for its tool; data of a newer version is left alone.
 * A compressed snapshot (format 3) is decompressed and checked whole, which is why this is async.
 * What did not fit is in `$notPutAside`.
 */
export async function inspectStorage(): Promise<NotPutAside[]> {
  // Without it a planner in shards would read as its main text alone, and be put aside as damaged.
  await whole();
  const failed: NotPutAside[] = [];
  const putAside = (key: string, raw: string, tool: string): boolean => {
    const { saved } = quarantine(key, raw);
    if (!saved) failed.push({ key, tool, text: raw });
    return saved;
  };
  for (const key of snapshotKeys()) {
    const raw = readWhole(key);
    if (raw === null) continue;
    // Another tab may remove this snapshot meanwhile: a copy put aside twice is kept once (`quarantine`).
    const read = await readSnapshotFull(raw);
    if (!read.ok) {
      if (read.reason === 'damaged' && putAside(key, raw, 'schnappschuss')) removeRaw(key);
      continue;
    }
    if (key === LEGACY_SNAPSHOT_KEY) {
      // Format 1 joins the ring as its oldest snapshot; if that does not fit, it stays where it is.
      // Uncompressed (format 2), as before: being the oldest, it is the first to go when a newer
      // snapshot needs room, and compressing it would cost this module's budget more than it saves.
      const first = snapshotKeys().map(snapshotOrder).find((n) => n !== null && n >= 0) ?? Number.MAX_SAFE_INTEGER;
      const taken = Date.parse(read.snapshot.at);
      const order = Math.max(0, Math.min(Number.isNaN(taken) ? 0 : taken, first - 1));
      if (writeRaw(`${SNAPSHOT_PREFIX}${order}`, encodeSnapshot(read.snapshot))) removeRaw(key);
      else removeRaw(`${SNAPSHOT_PREFIX}${order}`);
    }
  }
  for (const def of ALL_DEFINITIONS) {
    const raw = readWhole(def.key);
    const read = raw === null ? null : decodeStored(def, raw);
    if (read && !read.ok && read.reason !== 'newer') putAside(def.key, raw!, storedId(def.key));
  }
  $notPutAside.set(failed);
  return failed;
}

// ---------------------------------------------------------------------------------------------
// Export

/** Notes today's backup and builds the file, so the file itself knows it was the last backup. */
export function makeBackup(now = new Date()): Download {
  const today = localDay(now);
  recordBackup(today);
  writePending();
  const backup = createBackup(ALL_DEFINITIONS, readAllWhole(), now);
  return { name: backupFileName(today), text: backup.text, skipped: backup.skipped.map((s) => s.tool) };
}

/** Like `makeBackup`, encrypted with the passphrase. */
export async function makeEncryptedBackup(passphrase: string, now = new Date()): Promise<Download> {
  const [{ encryptBackup }] = await Promise.all([loadCrypto(), whole()]);
  const plain = makeBackup(now);
  return { ...plain, name: backupFileName(localDay(now), true), text: await encryptBackup(plain.text, passphrase) };
}

// ---------------------------------------------------------------------------------------------
// Import

export const $importMode = atom<ImportMode>('replace');

/** What the chosen file would change, against what is stored right now (another tab may change it). */
export const $importPlan = computed([$import, $importMode, $storageChanges], (state, mode): ImportPlan | null =>
  state.step === 'preview' ? planImport(state.records, ALL_DEFINITIONS, readAllWhole(), mode, new Date()) : null,
);

function check(fileName: string, text: string): void {
  const result = readBackup(text, ALL_DEFINITIONS);
  if (result.ok) {
    $importMode.set('replace');
    $import.set({ step: 'preview', fileName, exportedAt: result.exportedAt, records: result.records });
  } else if (result.problem.code === 'encrypted') {
    $import.set({ step: 'locked', fileName, wrapper: JSON.parse(text.replace(/^\uFEFF/, '')), wrongPassphrase: false });
  } else {
    $import.set({ step: 'error', fileName, problem: result.problem });
  }
}

/** Checks a chosen file completely. A file over 5 MB is refused before it is read. */
export async function checkFile(file: { name: string; size: number; text(): Promise<string> }): Promise<void> {
  await whole();
  const fileName = file.name;
  if (file.size > MAX_BACKUP_BYTES) {
    $import.set({ step: 'error', fileName, problem: TOO_LARGE });
    return;
  }
  $import.set({ step: 'reading', fileName });
  let text: string;
  try {
    text = await file.text();
  } catch {
    $import.set({ step: 'error', fileName, problem: { code: 'unreadableFile' } });
    return;
  }
  check(fileName, text);
}

/** Opens an encrypted file with the passphrase and checks what it holds. */
export async function unlockImport(passphrase: string): Promise<void> {
  const state = $import.get();
  if (state.step !== 'locked') return;
  $import.set({ step: 'unlocking', fileName: state.fileName });
  let result: Awaited<ReturnType<typeof import('../lib/storage/backup-crypto').decryptBackup>> | { ok: false; code: 'loadFailed' };
  try {
    result = await (await loadCrypto()).decryptBackup(state.wrapper, passphrase);
  } catch {
    result = { ok: false, code: 'loadFailed' };
  }
  if (result.ok) check(state.fileName, result.text);
  else if (result.code === 'passphrase') $import.set({ ...state, wrongPassphrase: true });
  else $import.set({ step: 'error', fileName: state.fileName, problem: { code: result.code } });
}

/** Replace or merge: how the previewed file meets the stored data. */
export function setImportMode(mode: ImportMode): void {
  $importMode.set(mode);
}

/** The import being applied: a second call while it runs (a double click) gets the same result and writes nothing more. */
let applying: Promise<ActionResult> | null = null;

/**
 * Applies the previewed file in one step: the current data becomes the snapshot, then every
 * value is written – or, if the browser refuses any of it, nothing changes at all.
 */
export function applyImport(now = new Date()): Promise<ActionResult> {
  applying ??= importNow(now).finally(() => (applying = null));
  return applying;
}

async function importNow(now: Date): Promise<ActionResult> {
  const state = $import.get();
  if (state.step !== 'preview') return { ok: false, problem: { code: 'noPreview' } };
  const shown = $importPlan.get();
  const batch = await loadBatch().catch(() => null);
  if (!batch) return { ok: false, problem: { code: 'loadFailed' } };
  let changed = false;
  const result = await batch.applyWrites<ActionProblem>(
    () => {
      // Worked out in the task that writes, after the snapshot's compression: the reader may have
      // cancelled meanwhile, another tab may have changed the data.
      if ($import.get() !== state) return { ok: false, problem: { code: 'noPreview' } };
      writePending();
      const plan = planImport(state.records, ALL_DEFINITIONS, readAllWhole(), $importMode.get(), now);
      if (!plan.ok) return plan;
      // Only ever apply what the reader saw: a tab that missed another tab's change shows it first.
      if (!shown?.ok || JSON.stringify(shown.items) !== JSON.stringify(plan.items)) {
        $import.set({ ...state });
        return { ok: false, problem: { code: 'changedElsewhere' } };
      }
      changed = plan.items.some((item) => item.action !== 'unchanged');
      return plan.writes;
    },
    { code: 'beforeImport', exportedAt: state.exportedAt, fileName: state.fileName.slice(0, 255) },
    now,
  );
  if (result.ok) $import.set({ step: 'done', fileName: state.fileName, outcome: changed ? 'imported' : 'nothingNew' });
  return result;
}
