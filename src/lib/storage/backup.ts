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
import { countEntries, decodeEnvelope, decodeStored, encodeEnvelope, MAX_REVISION, type AnyDefinition, type Envelope } from './stored-value';

export const BACKUP_FORMAT = 'netzwerk-kompass-backup';
/** Grows when the file layout changes; files with a larger number are refused. */
export const BACKUP_FORMAT_VERSION = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
const MAX_RECORDS = 100;

const NOTHING_CHANGED = 'Es wurde nichts geändert.';
/** For files over 5 MB, which are refused before they are even read. */
export const TOO_LARGE_MESSAGE = `Die Datei ist größer als 5 MB. Eine Sicherung von Netzwerk-Kompass ist viel kleiner – wahrscheinlich ist es nicht die richtige Datei. ${NOTHING_CHANGED}`;

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
  /** Labels of the values in the file. */
  included: string[];
  /** Values that could not go into the file, with the reason. */
  skipped: { label: string; message: string }[];
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
      included.push(def.label);
    } else {
      skipped.push({ label: def.label, message: decoded.message });
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
  label: string;
  envelope: Envelope<unknown>;
  /** The version it had in the file, when that was older. */
  migratedFrom: number | null;
}

export type BackupCheck =
  | { ok: true; exportedAt: string; records: ImportedRecord[] }
  | { ok: false; reason: 'too-large' | 'empty' | 'not-json' | 'foreign' | 'encrypted' | 'newer' | 'invalid'; message: string };

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

/** Shortens text from a file before it appears in a message. */
function quote(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Validates a whole backup file before anything is changed: size, JSON, format name and
 * version, and every record against its definition (migrating older versions).
 * Never throws; every failure comes with a German message for the reader.
 */
export function readBackup(text: string, definitions: readonly AnyDefinition[]): BackupCheck {
  if (typeof text !== 'string') return { ok: false, reason: 'empty', message: `Die Datei ist leer. ${NOTHING_CHANGED}` };
  if (utf8Bytes(text) > MAX_BACKUP_BYTES) {
    return { ok: false, reason: 'too-large', message: TOO_LARGE_MESSAGE };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, reason: 'empty', message: `Die Datei ist leer. ${NOTHING_CHANGED}` };

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'not-json', message: `Die Datei lässt sich nicht lesen: Sie ist keine Sicherung von Netzwerk-Kompass oder wurde beschädigt oder nur unvollständig gespeichert. ${NOTHING_CHANGED}` };
  }

  if (isEncryptedBackup(value)) {
    return { ok: false, reason: 'encrypted', message: 'Diese Sicherung ist mit einem Passwort verschlüsselt. Gib das Passwort ein, um sie zu öffnen.' };
  }
  const header = v.safeParse(headerSchema, value);
  if (!header.success) {
    return { ok: false, reason: 'foreign', message: `Diese Datei ist keine Sicherung von Netzwerk-Kompass. Wähle die Datei, die du hier mit „Sicherung herunterladen“ gespeichert hast. ${NOTHING_CHANGED}` };
  }
  if (header.output.formatVersion > BACKUP_FORMAT_VERSION) {
    return { ok: false, reason: 'newer', message: `Diese Sicherung stammt aus einer neueren Version von Netzwerk-Kompass (Dateiformat ${header.output.formatVersion}, diese Seite kennt Format ${BACKUP_FORMAT_VERSION}). Lade die Seite neu, um die neueste Version zu bekommen, und versuche es dann noch einmal. ${NOTHING_CHANGED}` };
  }
  const parsed = v.safeParse(bodySchema, value);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', message: `Die Sicherung ist unvollständig oder beschädigt: Das Exportdatum oder die Liste der Daten fehlt. ${NOTHING_CHANGED}` };
  }

  const keys = Object.keys(parsed.output.records as Record<string, unknown>);
  if (keys.length > MAX_RECORDS) {
    return { ok: false, reason: 'invalid', message: `Die Sicherung enthält mehr Einträge, als Netzwerk-Kompass je speichert. ${NOTHING_CHANGED}` };
  }
  const records: ImportedRecord[] = [];
  for (const key of keys) {
    const def = definitions.find((d) => d.key === key);
    if (!def) {
      return { ok: false, reason: 'newer', message: `Die Sicherung enthält Daten („${quote(key)}“), die diese Version von Netzwerk-Kompass nicht kennt – vermutlich stammt sie aus einer neueren Version. Lade die Seite neu und versuche es noch einmal. ${NOTHING_CHANGED}` };
    }
    const decoded = decodeEnvelope(def, (parsed.output.records as Record<string, unknown>)[key]);
    if (!decoded.ok) {
      return decoded.reason === 'newer'
        ? { ok: false, reason: 'newer', message: `${decoded.message} Lade die Seite neu, um die neueste Version zu bekommen. ${NOTHING_CHANGED}` }
        : { ok: false, reason: 'invalid', message: `Die Sicherung ist beschädigt. ${decoded.message} ${NOTHING_CHANGED}` };
    }
    records.push({ key, label: def.label, envelope: decoded.envelope, migratedFrom: decoded.migratedFrom });
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
  label: string;
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

export type ImportPlan =
  | { ok: true; items: PlanItem[]; writes: [string, string][]; canMerge: boolean }
  | { ok: false; message: string };

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
    if (!def) return { ok: false, message: `Unbekannte Daten „${quote(record.key)}“. ${NOTHING_CHANGED}` };
    const incoming = countEntries(record.envelope.data, def.initial());
    const raw = stored.get(def.key);
    const current = raw === undefined ? null : decodeStored(def, raw);
    if (current && !current.ok && current.reason === 'newer') {
      return { ok: false, message: `In diesem Browser liegen Daten für „${def.label}“ aus einer neueren Version von Netzwerk-Kompass. Damit sie nicht verloren gehen, spielt diese Seite keine Sicherung darüber. Lade die Seite neu, um die neueste Version zu bekommen. ${NOTHING_CHANGED}` };
    }
    const mergeable = Boolean(def.merge) && current?.ok === true;
    const base = { key: def.key, label: def.label, incoming, mergeable };

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
          return { ok: false, message: `Zusammengeführt passen die Daten für „${def.label}“ nicht mehr in den erlaubten Umfang. Wähle „Ersetzen“ oder räume vorher auf. ${NOTHING_CHANGED}` };
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
