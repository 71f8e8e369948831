/**
 * Backup export and import for „Meine Daten“, loaded on first use (see `daten.ts`).
 * The rules live in `src/lib/backup.ts`; this module reads storage, keeps the import's state
 * and writes the result in one step.
 */
import { atom, computed } from 'nanostores';
import { $storageChanges, readStoredTexts } from './persistence';
import { applyWrites, type ApplyResult } from './persistence-batch';
import { recordBackup } from './meta';
import { $import, type Download } from './daten';
import { ALL_DEFINITIONS } from '../lib/storage/stored-definitions';
import { backupFileName, createBackup, MAX_BACKUP_BYTES, planImport, readBackup, TOO_LARGE_MESSAGE, type ImportMode, type ImportPlan } from '../lib/storage/backup';
import { formatTimestamp } from '../lib/storage/storage-overview';
import { localDay } from '../lib/dates/iso-day';

const loadCrypto = () => import('../lib/storage/backup-crypto');

// ---------------------------------------------------------------------------------------------
// Export

/** Notes today's backup and builds the file, so the file itself knows it was the last backup. */
export function makeBackup(now = new Date()): Download {
  const today = localDay(now);
  recordBackup(today);
  const backup = createBackup(ALL_DEFINITIONS, readStoredTexts(), now);
  return { name: backupFileName(today), text: backup.text, skipped: backup.skipped.map((s) => s.label) };
}

/** Like `makeBackup`, encrypted with the passphrase. */
export async function makeEncryptedBackup(passphrase: string, now = new Date()): Promise<Download> {
  const { encryptBackup } = await loadCrypto();
  const plain = makeBackup(now);
  return { ...plain, name: backupFileName(localDay(now), true), text: await encryptBackup(plain.text, passphrase) };
}

// ---------------------------------------------------------------------------------------------
// Import

export const $importMode = atom<ImportMode>('replace');

/** What the chosen file would change, against what is stored right now (another tab may change it). */
export const $importPlan = computed([$import, $importMode, $storageChanges], (state, mode): ImportPlan | null =>
  state.step === 'preview' ? planImport(state.records, ALL_DEFINITIONS, readStoredTexts(), mode, new Date()) : null,
);

function check(fileName: string, text: string): void {
  const result = readBackup(text, ALL_DEFINITIONS);
  if (result.ok) {
    $importMode.set('replace');
    $import.set({ step: 'preview', fileName, exportedAt: result.exportedAt, records: result.records });
  } else if (result.reason === 'encrypted') {
    $import.set({ step: 'locked', fileName, wrapper: JSON.parse(text.replace(/^\uFEFF/, '')), error: null });
  } else {
    $import.set({ step: 'error', fileName, message: result.message });
  }
}

/** Checks a chosen file completely. A file over 5 MB is refused before it is read. */
export async function checkFile(file: { name: string; size: number; text(): Promise<string> }): Promise<void> {
  const fileName = file.name;
  if (file.size > MAX_BACKUP_BYTES) {
    $import.set({ step: 'error', fileName, message: TOO_LARGE_MESSAGE });
    return;
  }
  $import.set({ step: 'reading', fileName });
  let text: string;
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
  let result: Awaited<ReturnType<typeof import('../lib/storage/backup-crypto').decryptBackup>>;
  try {
    result = await (await loadCrypto()).decryptBackup(state.wrapper, passphrase);
  } catch {
    result = { ok: false, reason: 'damaged', message: 'Dieser Teil der Seite ließ sich nicht laden. Lade die Seite neu. Es wurde nichts geändert.' };
  }
  if (result.ok) check(state.fileName, result.text);
  else if (result.reason === 'passphrase') $import.set({ ...state, error: result.message });
  else $import.set({ step: 'error', fileName: state.fileName, message: result.message });
}

/** Replace or merge: how the previewed file meets the stored data. */
export function setImportMode(mode: ImportMode): void {
  $importMode.set(mode);
}

/**
 * Applies the previewed file in one step: the current data becomes the snapshot, then every
 * value is written – or, if the browser refuses any of it, nothing changes at all.
 */
export function applyImport(now = new Date()): ApplyResult {
  const state = $import.get();
  if (state.step !== 'preview') return { ok: false, message: 'Es ist keine geprüfte Sicherung ausgewählt.' };
  const shown = $importPlan.get();
  const plan = planImport(state.records, ALL_DEFINITIONS, readStoredTexts(), $importMode.get(), now);
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
