/**
 * „Meine Daten“: what is stored, backup export, import in one step, snapshot restore and
 * deleting everything. Islands only call these actions; every rule lives in `src/lib`.
 */
import { atom, computed } from 'nanostores';
import {
  $storageChanges,
  applyWrites,
  clearAllData,
  dataKeys,
  discardQuarantine,
  ourKeys,
  QUARANTINE_PREFIX,
  readRaw,
  readSnapshot,
  readStoredTexts,
  restoreSnapshot,
  type ApplyResult,
} from './persistence';
import { metaStore, recordBackup } from './meta';
import { ALL_DEFINITIONS } from '../lib/stored-definitions';
import type { ImportedRecord, ImportMode, ImportPlan } from '../lib/backup';
import { describeStorage, formatTimestamp, localDay, storedBytes } from '../lib/storage-overview';

export { metaStore };
export const $meta = metaStore.$state;

/** Every stored value with entries, size and last change; recomputed on every change, in any tab. */
export const $overview = computed($storageChanges, () => describeStorage(ALL_DEFINITIONS, readStoredTexts()));

/** Values that could not be read and were put aside, with their size. */
export const $quarantined = computed($storageChanges, () =>
  ourKeys()
    .filter((key) => key.startsWith(QUARANTINE_PREFIX))
    .map((key) => {
      const name = key.slice(QUARANTINE_PREFIX.length).replace(/:\d+$/, '');
      const label = ALL_DEFINITIONS.find((def) => def.key === `nk:${name}`)?.label ?? name;
      return { key, label, bytes: storedBytes(key, readRaw(key) ?? '') };
    }),
);

/** The snapshot one click restores, or null. */
export const $snapshot = computed($storageChanges, () => {
  const snapshot = readSnapshot();
  return snapshot && { at: snapshot.at, reason: snapshot.reason, keys: Object.keys(snapshot.values).length };
});

/** Whether anything of ours is stored at all (for „Alle meine Daten löschen“). */
export const $anythingStored = computed($storageChanges, () => ourKeys().length > 0);

/** Everything of ours together, snapshot and quarantine included. */
export const $totalBytes = computed($storageChanges, () => [...readStoredTexts(ourKeys())].reduce((sum, [key, raw]) => sum + storedBytes(key, raw), 0));

// ---------------------------------------------------------------------------------------------
// The backup code loads on first use: most visits only look at the overview, and the page's
// JavaScript budget is small. A module is fetched once and kept.

let backupLib: typeof import('../lib/backup') | undefined;
const loadBackup = async () => (backupLib ??= await import('../lib/backup'));
const loadCrypto = () => import('../lib/backup-crypto');
const UNAVAILABLE = 'Dieser Teil der Seite ließ sich nicht laden. Prüfe deine Internetverbindung und lade die Seite neu. Es wurde nichts geändert.';

// ---------------------------------------------------------------------------------------------
// Export

/** A file for the reader to download. */
export interface Download {
  name: string;
  text: string;
  /** Labels of values that could not go into the file. */
  skipped: string[];
}

/** Notes today's backup and builds the file, so the file itself knows it was the last backup. */
export async function makeBackup(now = new Date()): Promise<Download> {
  const { createBackup, backupFileName } = await loadBackup();
  const today = localDay(now);
  recordBackup(today);
  const backup = createBackup(ALL_DEFINITIONS, readStoredTexts(), now);
  return { name: backupFileName(today), text: backup.text, skipped: backup.skipped.map((s) => s.label) };
}

/** Like `makeBackup`, encrypted with the passphrase. */
export async function makeEncryptedBackup(passphrase: string, now = new Date()): Promise<Download> {
  const [{ encryptBackup }, { backupFileName }] = await Promise.all([loadCrypto(), loadBackup()]);
  const plain = await makeBackup(now);
  return { ...plain, name: backupFileName(localDay(now), true), text: await encryptBackup(plain.text, passphrase) };
}

// ---------------------------------------------------------------------------------------------
// Import: choose a file → (passphrase) → preview → apply in one step

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'locked'; fileName: string; wrapper: unknown; error: string | null }
  | { step: 'unlocking'; fileName: string }
  | { step: 'error'; fileName: string; message: string }
  | { step: 'preview'; fileName: string; exportedAt: string; records: ImportedRecord[] }
  | { step: 'done'; fileName: string; message: string };

export const $import = atom<ImportState>({ step: 'idle' });
export const $importMode = atom<ImportMode>('replace');

/** What the chosen file would change, against what is stored right now (another tab may change it). */
export const $importPlan = computed([$import, $importMode, $storageChanges], (state, mode): ImportPlan | null =>
  state.step === 'preview' && backupLib ? backupLib.planImport(state.records, ALL_DEFINITIONS, readStoredTexts(), mode, new Date()) : null,
);

function check(fileName: string, text: string): void {
  const result = backupLib!.readBackup(text, ALL_DEFINITIONS);
  if (result.ok) {
    $importMode.set('replace');
    $import.set({ step: 'preview', fileName, exportedAt: result.exportedAt, records: result.records });
  } else if (result.reason === 'encrypted') {
    $import.set({ step: 'locked', fileName, wrapper: JSON.parse(text.replace(/^\uFEFF/, '')), error: null });
  } else {
    $import.set({ step: 'error', fileName, message: result.message });
  }
}

/**
 * Reads and checks a chosen file. A file over 5 MB is refused before it is read.
 * Nothing is stored until `applyImport`.
 */
export async function chooseFile(file: { name: string; size: number; text(): Promise<string> }): Promise<void> {
  const fileName = file.name;
  $import.set({ step: 'reading', fileName });
  let text: string;
  try {
    const { MAX_BACKUP_BYTES, TOO_LARGE_MESSAGE } = await loadBackup();
    if (file.size > MAX_BACKUP_BYTES) {
      $import.set({ step: 'error', fileName, message: TOO_LARGE_MESSAGE });
      return;
    }
  } catch {
    $import.set({ step: 'error', fileName, message: UNAVAILABLE });
    return;
  }
  try {
    text = await file.text();
  } catch {
    $import.set({ step: 'error', fileName, message: 'Die Datei ließ sich nicht lesen. Es wurde nichts geändert.' });
    return;
  }
  check(fileName, text);
}

/** Opens an encrypted file with the passphrase and checks what it holds. */
export async function unlockImport(passphrase: string): Promise<void> {
  const state = $import.get();
  if (state.step !== 'locked') return;
  $import.set({ step: 'unlocking', fileName: state.fileName });
  let result: Awaited<ReturnType<typeof import('../lib/backup-crypto').decryptBackup>>;
  try {
    result = await (await loadCrypto()).decryptBackup(state.wrapper, passphrase);
  } catch {
    result = { ok: false, reason: 'damaged', message: UNAVAILABLE };
  }
  if (result.ok) check(state.fileName, result.text);
  else if (result.reason === 'passphrase') $import.set({ ...state, error: result.message });
  else $import.set({ step: 'error', fileName: state.fileName, message: result.message });
}

export function setImportMode(mode: ImportMode): void {
  $importMode.set(mode);
}

export function cancelImport(): void {
  $import.set({ step: 'idle' });
}

/**
 * Applies the previewed file in one step: the current data becomes the snapshot, then every
 * value is written – or, if the browser refuses any of it, nothing changes at all.
 */
export function applyImport(now = new Date()): ApplyResult {
  const state = $import.get();
  if (state.step !== 'preview' || !backupLib) return { ok: false, message: 'Es ist keine geprüfte Sicherung ausgewählt.' };
  const shown = $importPlan.get();
  const plan = backupLib.planImport(state.records, ALL_DEFINITIONS, readStoredTexts(), $importMode.get(), now);
  if (!plan.ok) return plan;
  // Only ever apply what the reader saw: a tab that missed another tab's change shows it first.
  if (!shown?.ok || JSON.stringify(shown.items) !== JSON.stringify(plan.items)) {
    $import.set({ ...state });
    return { ok: false, message: 'Deine Daten wurden inzwischen in einem anderen Tab geändert. Die Vorschau zeigt jetzt den neuesten Stand – prüfe sie und spiel die Sicherung dann ein. Es wurde nichts geändert.' };
  }
  const result = applyWrites(plan.writes, `vor dem Einspielen der Sicherung vom ${formatTimestamp(state.exportedAt)}`, now);
  if (result.ok) {
    const changed = plan.items.filter((item) => item.action !== 'unchanged').length;
    $import.set({
      step: 'done',
      fileName: state.fileName,
      message: changed === 0 ? 'Die Sicherung enthielt nichts Neues; deine Daten sind unverändert.' : 'Die Sicherung ist eingespielt. Deinen vorherigen Stand kannst du unten mit einem Klick wiederherstellen.',
    });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Snapshot, quarantine, delete

/** Brings back the snapshot; the replaced data becomes the new snapshot. */
export function restorePrevious(now = new Date()): ApplyResult {
  return restoreSnapshot(now);
}

/** The raw text of a quarantined value, for download. */
export function quarantinedText(key: string): string {
  return readRaw(key) ?? '';
}

export { discardQuarantine };

/** Deletes every key of ours from this browser. Afterwards nothing of Netzwerk-Kompass is stored. */
export function deleteEverything(): void {
  clearAllData();
  $import.set({ step: 'idle' });
}

/** Keys that hold the reader's data right now (for tests and the overview). */
export { dataKeys };
