/**
 * What „Meine Daten“ shows about the browser's storage, and when to remind of a backup.
 * Pure: the caller passes in the stored texts and today's date.
 *
 * The overview works from a catalogue (key, label, version) instead of the definitions, so the
 * page can show it without loading every tool's schema: validity against the schema is checked
 * where the schemas are loaded anyway (the tool pages, backup export and import).
 */
import { countEntries, type AnyDefinition } from './stored-value';
import type { StoredTexts } from './backup';

/** What the overview knows about one stored value. */
export interface CatalogueEntry {
  key: string;
  label: string;
  /** Current schema version: stored data with a larger one is from a newer version of the site. */
  version: number;
  /** The data of a fresh state (plain JSON), so that only what the reader changed counts as entries. */
  initial?: unknown;
}

/**
 * The catalogue of some definitions, small enough to pass from the server to an island.
 * @example catalogueOf(ALL_DEFINITIONS) // [{ key: 'nk:meta', label: 'Datum der letzten Sicherung', version: 1 }, …]
 */
export function catalogueOf(definitions: readonly AnyDefinition[]): CatalogueEntry[] {
  return definitions.map((def) => ({ key: def.key, label: def.label, version: def.version, initial: def.initial() }));
}

export interface StoredSummary {
  key: string;
  label: string;
  /** empty: nothing stored; ok: a stored value of this or an older version; newer: from a newer version of the site; unreadable: damaged. */
  state: 'empty' | 'ok' | 'newer' | 'unreadable';
  /** Entries, when readable. */
  entries: number | null;
  /** UTF-8 size of key and value. */
  bytes: number;
  /** ISO time of the last change, when readable and valid. */
  lastChange: string | null;
}

export interface StorageOverview {
  /** One row per known value, in the order of the definitions. */
  values: StoredSummary[];
  /** Keys of ours that no definition knows (quarantined values, a snapshot, data of a newer version). */
  others: { key: string; bytes: number }[];
  /** All of ours together. */
  totalBytes: number;
}

const encoder = new TextEncoder();

/** UTF-8 size of one stored key with its value. */
export function storedBytes(key: string, raw: string): number {
  return encoder.encode(key).length + encoder.encode(raw).length;
}

/** The parts of a stored envelope the overview needs, or null when the text is not one. */
function readEnvelope(raw: string): { v: number; at: unknown; data: unknown } | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    const { v, at, data } = value as { v?: unknown; at?: unknown; data?: unknown };
    return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 && data !== undefined ? { v, at, data } : null;
  } catch {
    return null;
  }
}

/**
 * Summarises what is stored for every catalogue entry, plus any other key of ours.
 * @example describeStorage(catalogueOf(ALL_DEFINITIONS), new Map([['nk:meta', '{"v":1,…}']])).values[0].entries
 */
export function describeStorage(catalogue: readonly CatalogueEntry[], stored: StoredTexts): StorageOverview {
  const values: StoredSummary[] = catalogue.map(({ key, label, version, initial }) => {
    const raw = stored.get(key);
    if (raw === undefined) return { key, label, state: 'empty', entries: null, bytes: 0, lastChange: null };
    const bytes = storedBytes(key, raw);
    const envelope = readEnvelope(raw);
    if (!envelope) return { key, label, state: 'unreadable', entries: null, bytes, lastChange: null };
    if (envelope.v > version) return { key, label, state: 'newer', entries: null, bytes, lastChange: null };
    const { at } = envelope;
    const lastChange = typeof at === 'string' && at.length <= 64 && !Number.isNaN(Date.parse(at)) ? at : null;
    return { key, label, state: 'ok', entries: countEntries(envelope.data, envelope.v === version ? initial : undefined), bytes, lastChange };
  });
  const known = new Set<string>(catalogue.map((entry) => entry.key));
  const others = [...stored].filter(([key]) => !known.has(key)).map(([key, raw]) => ({ key, bytes: storedBytes(key, raw) }));
  const totalBytes = values.reduce((sum, value) => sum + value.bytes, 0) + others.reduce((sum, other) => sum + other.bytes, 0);
  return { values, others, totalBytes };
}

/**
 * Whether stored values hold anything worth a backup: a value counts when it has an entry
 * (see `countEntries`; with a catalogue, only what differs from the fresh state) or when it
 * cannot be read at all. Keys for which `ignore` is true do not count. Needs no schema.
 * @example hasStoredEntries(new Map([['nk:planer', '{"v":1,"rev":1,"at":"…","data":{"goals":["x"]}}']]), () => false) // true
 */
export function hasStoredEntries(stored: StoredTexts, ignore: (key: string) => boolean, catalogue: readonly CatalogueEntry[] = []): boolean {
  for (const [key, raw] of stored) {
    if (ignore(key)) continue;
    const envelope = readEnvelope(raw);
    if (!envelope) return true;
    const entry = catalogue.find((e) => e.key === key);
    if (countEntries(envelope.data, entry && envelope.v === entry.version ? entry.initial : undefined) > 0) return true;
  }
  return false;
}

/** Days from ISO day `from` to ISO day `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const BACKUP_REMINDER_DAYS = 30;

/**
 * Whether to remind of a backup: there are entries, and the last backup is more than 30 days
 * before `today`, or there never was one.
 * @example isBackupDue({ hasData: true, lastBackup: '2026-01-01', today: '2026-02-15' }) // true
 */
export function isBackupDue({ hasData, lastBackup, today }: { hasData: boolean; lastBackup: string | null; today: string }): boolean {
  if (!hasData) return false;
  if (lastBackup === null) return true;
  return daysBetween(lastBackup, today) > BACKUP_REMINDER_DAYS;
}

/**
 * A size for people: bytes as kilobytes with a German decimal comma, never „0 KB“ for data.
 * @example formatKilobytes(1536) // '1,5 KB'
 */
export function formatKilobytes(bytes: number): string {
  if (bytes === 0) return '0 KB';
  const kb = Math.max(bytes / 1024, 0.1);
  return `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: kb < 10 ? 1 : 0 }).format(kb)} KB`;
}

/**
 * A point in time as German date and time in the given time zone (the reader's, by default).
 * @example formatTimestamp('2026-03-01T09:30:00.000Z', 'Europe/Berlin') // '1. März 2026, 10:30 Uhr'
 */
export function formatTimestamp(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'unbekannt';
  const day = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
  const time = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
  return `${day}, ${time} Uhr`;
}

/**
 * An ISO day as a German date.
 * @example formatDay('2026-03-01') // '1. März 2026'
 */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * The calendar day of `date` where the reader is (not in UTC), as an ISO day.
 * @example localDay(new Date(2026, 2, 1, 23, 30)) // '2026-03-01'
 */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
