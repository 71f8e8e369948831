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
import { readEnvelope } from './backup-due';


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


