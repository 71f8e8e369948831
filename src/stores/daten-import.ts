/**
 * Where an import on „Meine Daten“ stands, the codes its actions return, and what could not be put
 * aside. Apart from `daten.ts` and `daten-backup.ts` because both need it, and the second loads only
 * on first use.
 */
import { atom } from 'nanostores';
import type { BatchProblem } from './persistence-batch';
import type { BackupProblem, ImportedRecord, PlanProblem } from '../lib/storage/backup';

/** A file for the reader to download. */
export interface Download {
  name: string;
  text: string;
  /** Ids (`storedId`) of values that could not go into the file. */
  skipped: string[];
}

/**
 * Why a chosen file cannot be imported, nothing changed: a problem of the file itself, or
 * unreadableFile (the browser could not read it), loadFailed (the page's code for it did not
 * load), encryptedDamaged (an encrypted file whose wrapper is broken).
 */
export type ImportProblem = BackupProblem | { code: 'unreadableFile' } | { code: 'loadFailed' } | { code: 'encryptedDamaged' };

/**
 * Why an action of „Meine Daten“ changed nothing: a failed step of writes, a plan that cannot go
 * ahead, or loadFailed, noPreview (no checked file), changedElsewhere (another tab changed the
 * data since the preview, which now shows the newest state).
 */
export type ActionProblem = BatchProblem | PlanProblem | { code: 'loadFailed' } | { code: 'noPreview' } | { code: 'changedElsewhere' };

export type ActionResult = { ok: true; droppedSnapshots?: number } | { ok: false; problem: ActionProblem };

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  /** An encrypted file waits for its passphrase; `wrongPassphrase` after a failed try. */
  | { step: 'locked'; fileName: string; wrapper: unknown; wrongPassphrase: boolean }
  | { step: 'unlocking'; fileName: string }
  | { step: 'error'; fileName: string; problem: ImportProblem }
  | { step: 'preview'; fileName: string; exportedAt: string; records: ImportedRecord[] }
  /** imported: something changed (the old state is the snapshot); nothingNew: the file held what is stored. */
  | { step: 'done'; fileName: string; outcome: 'imported' | 'nothingNew' };

/** Where the import stands: choose a file → (passphrase) → preview → apply in one step. */
export const $import = atom<ImportState>({ step: 'idle' });

/** A damaged value that could not be put aside for lack of room: its raw text, for download before anything else happens. */
export interface NotPutAside {
  key: string;
  /** The id (`storedId`) of the value it belongs to; `schnappschuss` for a snapshot. */
  tool: string;
  text: string;
}

/** What the first look at storage (`inspectStorage` in `daten-backup.ts`) could not put aside. */
export const $notPutAside = atom<NotPutAside[]>([]);
