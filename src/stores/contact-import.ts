/**
 * Writing an import of contacts (LinkedIn, vCard, CSV) into the planner: all at once, after a
 * snapshot of everything, so „Rückgängig“ – or „Meine Daten“ later – brings back the state before.
 * Loaded only with the import itself; it uses the same batch writes as the backup import on /daten/,
 * which also make the planner's store adopt the result. It reads the stored text itself instead of
 * importing the planner's store, so the import shares no module with the page but the runtime and
 * the schema (each shared module costs the page's first load a chunk of its own).
 */
import * as v from 'valibot';
import { buildContacts, previewCounts, type BuildOptions, type PreviewRow } from '../lib/contact-import/preview';
import { plannerDefinition } from '../lib/planner/planner-schema';
import { newId } from '../lib/storage/new-id';
import { decodeStored, encodeStored, MAX_REVISION } from '../lib/storage/stored-value';
import { readRaw, writePending } from './persistence';
import { applyWrites, restoreSnapshot, type ApplyResult, type BatchProblem } from './persistence-batch';

/**
 * Why an import changed nothing: a failed batch write, readOnly (the planner holds data this page
 * cannot change – newer or put aside), invalid (the result would not be a valid planner).
 */
export type ContactImportProblem = BatchProblem | { code: 'readOnly' } | { code: 'invalid' };
export type ContactImportResult = { ok: true; count: number } | { ok: false; problem: ContactImportProblem };

/** The longest file name a snapshot keeps (its decoder refuses longer ones). */
const MAX_FILE_NAME = 255;

/** The import being written: a second call while it runs (a double click) gets the same result and writes nothing more. */
let importing: Promise<ContactImportResult> | null = null;

/**
 * Adds, merges or skips each previewed row as the reader decided, in one write after a snapshot
 * („vor dem Import von {file}“). Builds on the newest stored planner – read in the task that writes,
 * after the snapshot's compression – so a change another tab made meanwhile is kept.
 */
export function importContacts(fileName: string, preview: readonly PreviewRow[], options: Omit<BuildOptions, 'newId'>, now = new Date()): Promise<ContactImportResult> {
  importing ??= write(fileName, preview, options, now).finally(() => (importing = null));
  return importing;
}

async function write(fileName: string, preview: readonly PreviewRow[], options: Omit<BuildOptions, 'newId'>, now: Date): Promise<ContactImportResult> {
  const result = await applyWrites<ContactImportProblem>(
    () => {
      writePending();
      const raw = readRaw(plannerDefinition.key);
      const decoded = raw === null ? null : decodeStored(plannerDefinition, raw);
      // Data from a newer version, or damaged data the page has put aside, must not be overwritten.
      if (decoded && !decoded.ok) return { ok: false, problem: { code: 'readOnly' } };
      const base = decoded ? decoded.envelope : { data: plannerDefinition.initial(), rev: 0 };
      const data = { ...base.data, contacts: buildContacts(base.data.contacts, preview, { ...options, newId }) };
      if (!v.safeParse(plannerDefinition.schema, data).success) return { ok: false, problem: { code: 'invalid' } };
      return [[plannerDefinition.key, encodeStored(plannerDefinition, data, Math.min(base.rev + 1, MAX_REVISION), now)]];
    },
    { code: 'beforeContactImport', fileName: fileName.slice(0, MAX_FILE_NAME) },
    now,
  );
  return result.ok ? { ok: true, count: previewCounts(preview).taken } : result;
}

let undoing: Promise<ApplyResult> | null = null;

/** „Rückgängig“ right after an import: puts the snapshot taken before it back (once, however often it is clicked meanwhile). */
export function undoContactImport(now = new Date()): Promise<ApplyResult> {
  undoing ??= restoreSnapshot(now).finally(() => (undoing = null));
  return undoing;
}
