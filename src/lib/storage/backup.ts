/**
 * Backup files: export, validation of a file before anything changes, and the plan of an import.
 * Pure: the caller reads storage and passes the stored texts in, and writes the plan's result
 * in one step (`applyWrites` in `src/stores/persistence.ts`).
 *
 * A backup file looks like this (JSON, UTF-8):
 *
 * ```json
 * {
 *   "format": "netzwerk-kompass-backup",
 *   "formatVersion": 1,
 *   "exportedAt": "2026-03-01T09:30:00.000Z",
 *   "records": {
 *     "nk:planer": { "v": 1, "rev": 12, "at": "2026-02-27T18:02:11.000Z", "data": { … } }
 *   }
 * }
 * ```
 *
 * Each record is the stored envelope of one value, at the version this site writes.
 * Untrusted input is only ever read with `JSON.parse` and validated into fresh objects by
 * valibot, which drops `__proto__`, `constructor` and `prototype` keys; nothing from a file
 * is copied with `Object.assign` or spread onto existing objects.
 */
import * as v from 'valibot';
import { MAX_BACKUP_BYTES, MAX_BACKUP_MB } from './backup-limits';
import { countEntries, decodeEnvelope, decodeStored, encodeEnvelope, MAX_REVISION, storedId, type AnyDefinition, type Envelope, type StoredIssue } from './stored-value';
import { issueLocation, type IssueLocation } from './issue-location';

export const BACKUP_FORMAT = 'netzwerk-kompass-backup';
/** Grows when the file layout changes; files with a larger number are refused. */
export const BACKUP_FORMAT_VERSION = 1;
const MAX_RECORDS = 100;

/**
 * Why a backup file was refused, as a code with its parameters; „Meine Daten“ words it
 * (`backupProblem` in `src/i18n/de/daten.ts`). Nothing is ever changed when a file is refused.
 */
export type BackupProblem =
  | { code: 'empty' }
  /** Over `mb` megabytes: refused before it is even read. */
  | { code: 'tooLarge'; mb: number }
  | { code: 'notJson' }
  /** Encrypted: it needs the passphrase first (not an error for the reader). */
  | { code: 'encrypted' }
  /** JSON, but not a backup of ours. */
  | { code: 'foreign' }
  /** A file format `version` later than the `known` one. */
  | { code: 'newerFormat'; version: number; known: number }
  /** The export time or the list of records is missing. */
  | { code: 'incomplete' }
  | { code: 'tooManyRecords' }
  /** A record under `key` (shortened to 60 characters) this version does not know. */
  | { code: 'unknownRecord'; key: string }
  /** A record from a newer version of the site. */
  | { code: 'recordNewer'; issue: StoredIssue }
  /** A record that cannot be read; `at` says where, when the data does not fit its schema. */
  | { code: 'recordDamaged'; issue: StoredIssue; at?: IssueLocation }
  /** A key such as `__proto__` (shortened to 60 characters), which nothing of ours ever writes. */
  | { code: 'hostileKey'; key: string };

/** The problem of a file over the size limit, which is refused before it is even read. */
export const TOO_LARGE: BackupProblem = { code: 'tooLarge', mb: MAX_BACKUP_MB };

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** ISO time of the export. */
  exportedAt: string;
  /** Stored envelopes by storage key. */
  records: Record<string, Envelope<unknown>>;
}

/** What storage holds: the raw text per key, absent keys hold nothing. */
export type StoredTexts = ReadonlyMap<string, string>;

export interface BackupExport {
  /** The file's content. */
  text: string;
  /** Ids (`storedId`) of the values in the file. */
  included: string[];
  /** Values that could not go into the file, by id, with the reason. */
  skipped: { tool: string; issue: StoredIssue }[];
}

/**
 * The backup file for everything stored. Values stored by an older version are written as
 * migrated; values that cannot be read (damaged, or from a newer version) are left out and listed.
 * @example createBackup(ALL_DEFINITIONS, new Map([['nk:meta', '{"v":1,…}']]), new Date()).text
 */
export function createBackup(definitions: readonly AnyDefinition[], stored: StoredTexts, now: Date): BackupExport {
  const records: Record<string, Envelope<unknown>> = {};
  const included: string[] = [];
  const skipped: BackupExport['skipped'] = [];
  for (const def of definitions) {
    const raw = stored.get(def.key);
    if (raw === undefined) continue;
    const decoded = decodeStored(def, raw);
    if (decoded.ok) {
      records[def.key] = decoded.envelope;
      included.push(storedId(def.key));
    } else {
      skipped.push({ tool: storedId(def.key), issue: decoded.issue });
    }
  }
  const file: BackupFile = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: now.toISOString(), records };
  return { text: `${JSON.stringify(file, null, 2)}\n`, included, skipped };
}

/**
 * The download name of a backup made on `today` (ISO day).
 * @example backupFileName('2026-03-01') // 'netzwerk-kompass-sicherung-2026-03-01.json'
 */
export function backupFileName(today: string, encrypted = false): string {
  return `netzwerk-kompass-sicherung-${today}${encrypted ? '-verschluesselt' : ''}.json`;
}

/** One value of a valid backup, already brought to the version this site writes. */
export interface ImportedRecord {
  key: string;
  /** The value's id (`storedId`). */
  tool: string;
  envelope: Envelope<unknown>;
  /** The version it had in the file, when that was older. */
  migratedFrom: number | null;
}

export type BackupCheck =
  | { ok: true; exportedAt: string; records: ImportedRecord[] }
  | { ok: false; problem: BackupProblem };

const headerSchema = v.object({
  format: v.picklist([BACKUP_FORMAT]),
  formatVersion: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
});

const bodySchema = v.object({
  // The same pattern as valibot's isoTimestamp(), as a regex: one validator fewer in every page's runtime.
  exportedAt: v.pipe(
    v.string(),
    v.maxLength(64),
    v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z|[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/),
  ),
  records: v.pipe(
    v.unknown(),
    v.check((input) => input !== null && typeof input === 'object' && !Array.isArray(input)),
  ),
});

/** UTF-8 size of a text, without building a huge buffer for text that is clearly too large. */
export function utf8Bytes(text: string): number {
  // Every UTF-16 unit takes at least one byte, so a text longer than the limit is over it.
  if (text.length > MAX_BACKUP_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Keys that could reach an object's prototype if a file were ever copied onto one; a file with any of them is refused. */
const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Shortens text from a file before it is shown to the reader. */
function quote(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Validates a whole backup file before anything is changed: size, JSON, format name and
 * version, and every record against its definition (migrating older versions).
 * Never throws; every failure comes with a code for the reader's message.
 */
export function readBackup(text: string, definitions: readonly AnyDefinition[]): BackupCheck {
  const refuse = (problem: BackupProblem): BackupCheck => ({ ok: false, problem });
  if (typeof text !== 'string') return refuse({ code: 'empty' });
  if (utf8Bytes(text) > MAX_BACKUP_BYTES) return refuse(TOO_LARGE);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse({ code: 'empty' });

  let value: unknown;
  let hostile: string | null = null;
  try {
    // The reviver sees every key of the file, however deep, inner ones first: the message names the last, outermost one.
    value = JSON.parse(body, (key, item: unknown) => {
      if (HOSTILE_KEYS.has(key)) hostile = key;
      return item;
    });
  } catch {
    return refuse({ code: 'notJson' });
  }
  if (hostile !== null) return refuse({ code: 'hostileKey', key: quote(hostile) });

  if (isEncryptedBackup(value)) return refuse({ code: 'encrypted' });
  const header = v.safeParse(headerSchema, value);
  if (!header.success) return refuse({ code: 'foreign' });
  if (header.output.formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse({ code: 'newerFormat', version: header.output.formatVersion, known: BACKUP_FORMAT_VERSION });
  }
  const parsed = v.safeParse(bodySchema, value);
  if (!parsed.success) return refuse({ code: 'incomplete' });

  const keys = Object.keys(parsed.output.records as Record<string, unknown>);
  if (keys.length > MAX_RECORDS) return refuse({ code: 'tooManyRecords' });
  const records: ImportedRecord[] = [];
  for (const key of keys) {
    const def = definitions.find((d) => d.key === key);
    if (!def) return refuse({ code: 'unknownRecord', key: quote(key) });
    const decoded = decodeEnvelope(def, (parsed.output.records as Record<string, unknown>)[key]);
    if (!decoded.ok) {
      return refuse(decoded.reason === 'newer' ? { code: 'recordNewer', issue: decoded.issue } : { code: 'recordDamaged', issue: decoded.issue, ...(decoded.schemaIssue ? { at: issueLocation(decoded.schemaIssue) } : {}) });
    }
    records.push({ key, tool: storedId(key), envelope: decoded.envelope, migratedFrom: decoded.migratedFrom });
  }
  // In the order of the definitions, whatever the order in the file.
  records.sort((a, b) => definitions.findIndex((d) => d.key === a.key) - definitions.findIndex((d) => d.key === b.key));
  return { ok: true, exportedAt: parsed.output.exportedAt, records };
}

/** Whether a parsed file is the encrypted wrapper of a backup (see `backup-crypto.ts`). */
export function isEncryptedBackup(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as { format?: unknown }).format === ENCRYPTED_BACKUP_FORMAT;
}

export const ENCRYPTED_BACKUP_FORMAT = 'netzwerk-kompass-backup-verschluesselt';

export type ImportMode = 'replace' | 'merge';

export interface PlanItem {
  key: string;
  /** The value's id (`storedId`). */
  tool: string;
  /** Entries stored now; null when nothing is stored or it cannot be read. */
  current: number | null;
  /** What is stored now: nothing, readable data, or data this page cannot read. */
  currentState: 'empty' | 'ok' | 'unreadable';
  /** Entries in the file. */
  incoming: number;
  /** Entries after the import. */
  after: number;
  /** add: nothing stored yet; replace/merge: as chosen; unchanged: the same data is stored already. */
  action: 'add' | 'replace' | 'merge' | 'unchanged';
  /** Whether this value could be merged instead of replaced. */
  mergeable: boolean;
}

/** Why an import cannot go ahead; nothing is changed. */
export type PlanProblem =
  /** A record under `key` this version does not know. */
  | { code: 'unknownRecord'; key: string }
  /** This browser holds data of `tool` from a newer version, which an import must not overwrite. */
  | { code: 'newerStored'; tool: string }
  /** Merged, the data of `tool` would exceed what its schema allows. */
  | { code: 'mergeTooLarge'; tool: string };

export type ImportPlan =
  | { ok: true; items: PlanItem[]; writes: [string, string][]; canMerge: boolean }
  | { ok: false; problem: PlanProblem };

/**
 * What an import of `records` would change, and the exact texts to write.
 * Replace keeps the file's data and its last-change time; merge uses the definition's `merge`
 * (values without one are replaced). Written revisions always exceed the stored ones, so a tab
 * that has not caught up yet can tell the import is newer. Refuses to touch data from a newer
 * version of the site.
 */
export function planImport(records: readonly ImportedRecord[], definitions: readonly AnyDefinition[], stored: StoredTexts, mode: ImportMode, now: Date): ImportPlan {
  const items: PlanItem[] = [];
  const writes: [string, string][] = [];
  for (const record of records) {
    const def = definitions.find((d) => d.key === record.key);
    if (!def) return { ok: false, problem: { code: 'unknownRecord', key: quote(record.key) } };
    const tool = storedId(def.key);
    const incoming = countEntries(record.envelope.data, def.initial());
    const raw = stored.get(def.key);
    const current = raw === undefined ? null : decodeStored(def, raw);
    if (current && !current.ok && current.reason === 'newer') {
      return { ok: false, problem: { code: 'newerStored', tool } };
    }
    const mergeable = Boolean(def.merge) && current?.ok === true;
    const base = { key: def.key, tool, incoming, mergeable };

    if (current?.ok) {
      const currentCount = countEntries(current.envelope.data, def.initial());
      const rev = Math.min(Math.max(current.envelope.rev + 1, record.envelope.rev), MAX_REVISION);
      if (mode === 'merge' && def.merge) {
        let merged: unknown;
        try {
          merged = def.merge(current.envelope.data, record.envelope.data);
        } catch {
          merged = undefined;
        }
        const valid = v.safeParse(def.schema, merged);
        if (!valid.success) {
          return { ok: false, problem: { code: 'mergeTooLarge', tool } };
        }
        const same = JSON.stringify(valid.output) === JSON.stringify(current.envelope.data);
        items.push({ ...base, current: currentCount, currentState: 'ok', after: countEntries(valid.output, def.initial()), action: same ? 'unchanged' : 'merge' });
        if (!same) writes.push([def.key, encodeEnvelope({ v: def.version, rev, at: now.toISOString(), data: valid.output })]);
        continue;
      }
      const same = JSON.stringify(record.envelope.data) === JSON.stringify(current.envelope.data);
      items.push({ ...base, current: currentCount, currentState: 'ok', after: incoming, action: same ? 'unchanged' : 'replace' });
      if (!same) writes.push([def.key, encodeEnvelope({ ...record.envelope, rev })]);
      continue;
    }
    items.push({ ...base, current: null, currentState: current === null ? 'empty' : 'unreadable', after: incoming, action: current === null ? 'add' : 'replace' });
    writes.push([def.key, encodeEnvelope({ ...record.envelope, rev: Math.min(Math.max(1, record.envelope.rev), MAX_REVISION) })]);
  }
  return { ok: true, items, writes, canMerge: items.some((item) => item.mergeable) };
}
