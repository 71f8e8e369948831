/**
 * What „Meine Daten“ shows about the browser's storage, and when to remind of a backup.
 * Pure: the caller passes in the stored texts and today's date.
 *
 * The overview works from a catalogue (`catalogue.ts`) instead of the definitions, so the
 * page can show it without loading every tool's schema: validity against the schema is checked
 * where the schemas are loaded anyway (the tool pages, backup export and import).
 */
import { countEntries, storedId } from './stored-value';
import type { StoredTexts } from './backup';
import { readEnvelope, type CatalogueEntry } from './catalogue';

export interface StoredSummary {
  key: string;
  /** The value's id (`storedId`), by which the dictionary names it. */
  tool: string;
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
  /** Those other keys together. */
  othersBytes: number;
  /** All of ours together. */
  totalBytes: number;
  /** Whether any value is from a newer version of the site (which this page leaves untouched). */
  hasNewer: boolean;
}

const encoder = new TextEncoder();

/** UTF-8 size of one stored key with its value. */
export function storedBytes(key: string, raw: string): number {
  return encoder.encode(key).length + encoder.encode(raw).length;
}


/**
 * The download name of a value put aside because it could not be read.
 * @example quarantineFileName('nk:quarantaene:planer:17') // 'netzwerk-kompass-beiseitegelegt-quarantaene-planer-17.txt'
 */
export function quarantineFileName(key: string): string {
  return `netzwerk-kompass-beiseitegelegt-${storedId(key).replace(/[^a-z0-9-]/gi, '-')}.txt`;
}

/**
 * Summarises what is stored for every catalogue entry, plus any other key of ours. A value whose
 * exact text was put aside (`putAside`: the texts under the quarantine keys) is unreadable: its
 * tool or the schema check found it damaged, though it has the form of an envelope. A value kept in
 * shards comes as its main text (which counts its list by the shards, `readEnvelope`), and
 * `shardBytes` adds the size of its shards, by the value's key.
 * @example describeStorage(catalogueOf(ALL_DEFINITIONS), new Map([['nk:meta', '{"v":1,…}']])).values[0].entries
 */
export function describeStorage(catalogue: readonly CatalogueEntry[], stored: StoredTexts, putAside: ReadonlySet<string> = new Set(), shardBytes: ReadonlyMap<string, number> = new Map()): StorageOverview {
  const values: StoredSummary[] = catalogue.map(({ key, version, initial }) => {
    const tool = storedId(key);
    const raw = stored.get(key);
    if (raw === undefined) return { key, tool, state: 'empty', entries: null, bytes: 0, lastChange: null };
    const bytes = storedBytes(key, raw) + (shardBytes.get(key) ?? 0);
    const envelope = readEnvelope(raw);
    if (!envelope || putAside.has(raw)) return { key, tool, state: 'unreadable', entries: null, bytes, lastChange: null };
    if (envelope.v > version) return { key, tool, state: 'newer', entries: null, bytes, lastChange: null };
    const { at } = envelope;
    const lastChange = typeof at === 'string' && at.length <= 64 && !Number.isNaN(Date.parse(at)) ? at : null;
    return { key, tool, state: 'ok', entries: countEntries(envelope.data, envelope.v === version ? initial : undefined), bytes, lastChange };
  });
  const known = new Set<string>(catalogue.map((entry) => entry.key));
  const others = [...stored].filter(([key]) => !known.has(key)).map(([key, raw]) => ({ key, bytes: storedBytes(key, raw) }));
  const othersBytes = others.reduce((sum, other) => sum + other.bytes, 0);
  const totalBytes = values.reduce((sum, value) => sum + value.bytes, 0) + othersBytes;
  return { values, others, othersBytes, totalBytes, hasNewer: values.some((value) => value.state === 'newer') };
}

/**
 * A size for people, in kilobytes: never 0 for data (at least 0.1), one decimal below 10 KB and
 * none from there on. The island writes it with `formatNumber` and the dictionary's unit.
 * @example kilobytes(1536) // { kb: 1.5, decimals: 1 }
 * @example kilobytes(0) // { kb: 0, decimals: 0 }
 */
export function kilobytes(bytes: number): { kb: number; decimals: 0 | 1 } {
  if (bytes === 0) return { kb: 0, decimals: 0 };
  const kb = Math.max(bytes / 1024, 0.1);
  return { kb, decimals: kb < 10 ? 1 : 0 };
}
