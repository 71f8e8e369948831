/**
 * A stored value with one long list (the planner's contacts) kept in shards: the list in runs of
 * a few hundred items, each under a key of its own, and the rest of the value under the value's
 * own key with the list of shards (`ShardedMain`). A change to one item then writes its shard and
 * that small main text, not the whole value. Shards are packed (`shard-codec.ts`), so that 10,000
 * contacts fit into a browser's storage with room to spare. Only large values are kept so: a small
 * one stays one text, and its pages never load this code.
 *
 * A shard's key names content that never changes: a changed run gets a new key, and the old one
 * is removed only after the main text that no longer lists it is written. A reader therefore
 * always finds the shards its main text lists, and a write that fails half-way leaves the old
 * value whole. Persistence loads this with `sharded-list.ts` (`loadShards`).
 */
import { textHash } from './text-hash';
import { isShardKey, PACKED_SHARD } from './shard-keys';

/** Packs a shard's JSON and unpacks it (throws on damage). */
export interface ShardCodec {
  pack(json: string): string;
  unpack(text: string): string;
}

/** One shard as the main text lists it: its key, how many items it holds, the hash of its stored text. */
export type ShardRef = [key: string, count: number, sum: string];

/** The main text of a sharded value: the envelope without the list, plus where the list is. */
export interface ShardedMain {
  v: number;
  rev: number;
  at: string;
  data: Record<string, unknown>;
  shards: { list: string; parts: ShardRef[] };
}

/** The key of a shard: its value's key, the list and an id (`isShardKey` knows it by the `/`). */
export const shardKeyOf = (key: string, list: string, id: string): string => `${key}/${list}/${id}`;

const isRef = (p: unknown): p is ShardRef => Array.isArray(p) && typeof p[0] === 'string' && isShardKey(p[0]) && Number.isSafeInteger(p[1]) && typeof p[2] === 'string';

/** Whether `value` (parsed JSON) is the main text of a sharded value. */
export function isShardedMain(value: unknown): value is ShardedMain {
  if (value === null || typeof value !== 'object') return false;
  const { shards, data } = value as Partial<ShardedMain>;
  return !!shards && typeof shards === 'object' && typeof shards.list === 'string' && Array.isArray(shards.parts) && shards.parts.every(isRef) && !!data && typeof data === 'object' && !Array.isArray(data);
}

/** Parses `text` when it is a sharded main text (told cheaply: they say so, near their end); else null. */
export function readShardedMain(text: string): ShardedMain | null {
  if (!text.endsWith('}}') || !text.includes('"shards":{"list":')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isShardedMain(value) ? value : null;
  } catch {
    return null;
  }
}

/** The main text for `data` without its list, with `parts` as its shards. Key order fixed, like `encodeEnvelope`. */
export function encodeShardedMain(v: number, rev: number, at: string, data: Record<string, unknown>, list: string, parts: readonly ShardRef[]): string {
  const { [list]: _items, ...rest } = data;
  return JSON.stringify({ v, rev, at, data: rest, shards: { list, parts } });
}

/**
 * The items of one stored shard (packed or JSON); null when it is damaged: another hash than its
 * main text lists (checked first, on the short packed text), not a shard, not a list of its count.
 */
export function readShard(text: string, ref: ShardRef, codec: ShardCodec): unknown[] | null {
  if (textHash(text) !== ref[2]) return null;
  try {
    const items: unknown = JSON.parse(text.startsWith(PACKED_SHARD) ? codec.unpack(text) : text);
    return Array.isArray(items) && items.length === ref[1] ? items : null;
  } catch {
    return null;
  }
}

/**
 * The whole value of a sharded main text with its list put back, as one envelope text (what
 * backups, snapshots and „Meine Daten“ work with); null when a shard is missing or damaged.
 */
export function assembleShardedMain(main: ShardedMain, read: (key: string) => string | null, codec: ShardCodec): string | null {
  const all: unknown[] = [];
  for (const ref of main.shards.parts) {
    const text = read(ref[0]);
    const items = text === null ? null : readShard(text, ref, codec);
    if (!items) return null;
    all.push(...items);
  }
  return JSON.stringify({ v: main.v, rev: main.rev, at: main.at, data: { ...main.data, [main.shards.list]: all } });
}

/** A shard as a tab holds it: where it is stored, the text read or written, and its items. */
export interface HeldShard {
  ref: ShardRef;
  /** The stored text the items came from: a key never changes its content, but a tab without locks might reuse one. */
  text: string;
  items: readonly unknown[];
}

/** The texts that store a value in shards: new shards (key, text) to write before the main text. */
export interface ShardedWrite {
  main: string;
  shards: [string, string][];
  held: HeldShard[];
}
