/**
 * Everything persistence needs to keep a large value's list in shards (`shards.ts`), in one module
 * it loads only when a value is large (`loadShards`): reading a main text and its shards (each
 * checked by its hash), checking a change by what it changed, and the texts of a write, packed by
 * the codec. Pages with small values never download it.
 */
import * as v from 'valibot';
import { decodeStored, storedId, type Decoded, type Sharded, type ShardSpec } from './stored-value';
import { assembleShardedMain, encodeShardedMain, readShard, readShardedMain, shardKeyOf, type HeldShard, type ShardedMain, type ShardedWrite, type ShardRef } from './shards';
import { planShards } from './shard-plan';
import { forgetAhead, shardCodec, unpackAhead } from './shard-codec';
import { textHash } from './text-hash';
import { newId } from './new-id';

type ShardedDecoded<T> = (Extract<Decoded<T>, { ok: true }> & { shards: HeldShard[] }) | Extract<Decoded<T>, { ok: false }>;

const itemsOf = (spec: ShardSpec, data: unknown) => (data as Record<string, unknown>)[spec.list];

/** A fresh shard id: time first, so keys sort by age when a person looks at storage. */
const shardId = () => `${Date.now().toString(36)}-${newId().slice(0, 8)}`;

/** The shard keys the main text `text` lists (none for any other text). */
function keysIn(text: string | null): string[] {
  return (text === null ? null : readShardedMain(text))?.shards.parts.map((part) => part[0]) ?? [];
}

/** The whole value's text of a main text, its list put back; null when a shard is missing or damaged. */
function assemble(main: ShardedMain, read: (key: string) => string | null): string | null {
  return assembleShardedMain(main, read, shardCodec);
}

/**
 * Reads a main text of the definition's version with its shards; shards in `held` (same key and
 * text) are not read again, so catching up with another tab's edit reads the shard it wrote. The
 * rest of the value is checked by the schema; the items are not checked again: every shard is
 * written from checked items (a store checks each item it changes, `valid`; a whole text is decoded
 * before it goes into shards, `encodeWhole`), and a stored text that is not what was written fails
 * its hash – damage, an edit by hand, another program – and makes the value corrupt, like a whole
 * value that is no JSON. So 10,000 contacts are read without checking 10,000 contacts. Never throws.
 */
function decode<T>(def: Sharded<T>, main: ShardedMain, read: (key: string) => string | null, held: ReadonlyMap<string, HeldShard>): ShardedDecoded<T> {
  const { list, maxItems } = def.shards;
  const tool = storedId(def.key);
  const rest = v.safeParse(def.schema, { ...main.data, [list]: [] });
  if (!rest.success) return { ok: false, reason: 'invalid', issue: { code: 'wrongShapeTop', tool } };
  const shards: HeldShard[] = [];
  const all: unknown[] = [];
  for (const ref of main.shards.parts) {
    const text = read(ref[0]);
    const before = held.get(ref[0]);
    let shard: HeldShard;
    if (before && text === before.text && before.ref[1] === ref[1] && before.ref[2] === ref[2]) shard = before;
    else {
      const items = text === null ? null : readShard(text, ref, shardCodec);
      if (!items) return { ok: false, reason: 'corrupt', issue: { code: 'damaged', tool } };
      shard = { ref, text: text!, items };
    }
    shards.push(shard);
    all.push(...shard.items);
  }
  if (all.length > maxItems) return { ok: false, reason: 'invalid', issue: { code: 'wrongShapeAt', tool, path: list } };
  return { ok: true, envelope: { v: main.v, rev: main.rev, at: main.at, data: { ...rest.output, [list]: all } as T }, migratedFrom: null, shards };
}

/**
 * Whether `next` is valid, checking only what differs from `before` (valid already): the value
 * without its list by the schema, and each item not one of `before`'s (items are never changed in
 * place, so a changed item is a new object). An edit of one contact among 10,000 checks one contact.
 */
function valid<T>(def: Sharded<T>, next: T, before: T | null): boolean {
  const items = itemsOf(def.shards, next);
  if (!Array.isArray(items) || items.length > def.shards.maxItems) return false;
  if (!v.safeParse(def.schema, { ...next, [def.shards.list]: [] }).success) return false;
  const old = before ? (itemsOf(def.shards, before) as unknown[]) : [];
  // Most changes keep every other item in its place: only where they do not is a set of the old ones needed.
  let known: Set<unknown> | null = null;
  return items.every((entry, i) => entry === old[i] || (known ??= new Set(old)).has(entry) || v.safeParse(def.shards.item, entry).success);
}

/** The texts that store `data` given the shards held now: new shards, packed, under fresh keys. */
function encode<T>(def: Sharded<T>, data: T, rev: number, at: string, held: ReadonlyMap<string, HeldShard>): ShardedWrite {
  const { list, max } = def.shards;
  const runs = planShards([...held.values()].map((shard) => ({ key: shard.ref[0], items: shard.items })), itemsOf(def.shards, data) as unknown[], (entry) => (entry as { id: string }).id, max);
  const shards: [string, string][] = [];
  const next = runs.map((run): HeldShard => {
    const kept = run.key === null ? undefined : held.get(run.key);
    if (kept) return kept;
    const text = shardCodec.pack(JSON.stringify(run.items));
    const ref: ShardRef = [shardKeyOf(def.key, list, shardId()), run.items.length, textHash(text)];
    shards.push([ref[0], text]);
    return { ref, text, items: run.items };
  });
  return { main: encodeShardedMain(def.version, rev, at, data as Record<string, unknown>, list, next.map((shard) => shard.ref)), shards, held: next };
}

/**
 * The shards for a whole text of the definition's version (an import, a restore, an unsaved change
 * saved again): decoded and checked first like any stored text, so every shard holds checked items;
 * null when it is not such a text (it is then written as it is).
 */
function encodeWhole<T>(def: Sharded<T>, text: string): ShardedWrite | null {
  const decoded = decodeStored(def, text);
  if (!decoded.ok || decoded.migratedFrom !== null) return null;
  const { data, rev, at } = decoded.envelope;
  return encode(def, data, rev, at, new Map());
}

/** What persistence calls (`loadShards` loads this module once). */
export const shardSupport = { read: readShardedMain, keysIn, assemble, decode, valid, encode, encodeWhole, unpackAhead, forgetAhead };
export type ShardSupport = typeof shardSupport;
