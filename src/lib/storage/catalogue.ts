/**
 * What pages know about the stored values without loading their schemas: the catalogue (key,
 * version, fresh state) built on the server from the definitions, and the envelope read without a
 * schema. The storage overview of „Meine Daten“ and the backup reminder of every tool page work from it.
 */
import type { AnyDefinition } from './stored-value';
import { itemsInShards } from './shard-keys';

/** What the overview knows about one stored value. */
export interface CatalogueEntry {
  key: string;
  /** Current schema version: stored data with a larger one is from a newer version of the site. */
  version: number;
  /** The data of a fresh state (plain JSON), so that only what the reader changed counts as entries. */
  initial?: unknown;
}

/**
 * The catalogue of some definitions, small enough to pass from the server to an island.
 * @example catalogueOf(ALL_DEFINITIONS) // [{ key: 'nk:selbsttest', version: 1, initial: { … } }, …]
 */
export function catalogueOf(definitions: readonly AnyDefinition[]): CatalogueEntry[] {
  return definitions.map((def) => ({ key: def.key, version: def.version, initial: def.initial() }));
}

/** The parts of a stored envelope the overview needs, or null when the text is not one. */
export function readEnvelope(raw: string): { v: number; at: unknown; data: unknown } | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    const { v, at, data } = value as { v?: unknown; at?: unknown; data?: unknown };
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1 || data === undefined) return null;
    // A sharded value's main text (`shards.ts`) lists its list's items by count: they count as entries too.
    const sharded = data !== null && typeof data === 'object' && itemsInShards(value);
    return { v, at, data: sharded ? { ...data, [sharded.list]: new Array(sharded.count).fill(null) } : data };
  } catch {
    return null;
  }
}
