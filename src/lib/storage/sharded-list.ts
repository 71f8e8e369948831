/**
 * Everything persistence needs to keep a large value's list in shards (`shards.ts`), in one module
 * it loads only when a value is large (`loadShards`): reading a main text and its shards with their
 * items checked, checking a change by what it changed, and the texts of a write, packed by the
 * codec. Pages with small values never download it.
 */
import * as v from 'valibot';
import { storedId, type Decoded, type ShardSpec, type StoredValueDefinition } from './stored-value';
import { assembleShardedMain, encodeShardedMain, readShard, readShardedMain, shardKeyOf, type HeldShard, type ShardedMain, type ShardedWrite, type ShardRef } from './shards';
import { planShards } from './shard-plan';
import { shardCodec } from './shard-codec';
import { textHash } from './text-hash';
import { newId } from './new-id';

type Sharded<T> = StoredValueDefinition<T> & { shards: ShardSpec };
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
  const whole = assembleShardedMain(main, read, shardCodec);
  return typeof whole === 'string' ? whole : null;
}

/**
 * Reads a main text of the definition's version with its shards; shards in `held` (same key and
 * text) are not read or checked again, so catching up with another tab's edit reads the shard it
 * wrote. Never throws: a missing or damaged shard makes the value corrupt, an item that fails the
 * schema invalid – as for a whole value.
 */
function decode<T>(def: Sharded<T>, main: ShardedMain, read: (key: string) => string | null, held: ReadonlyMap<string, HeldShard>): ShardedDecoded<T> {
  const { list, item, maxItems } = def.shards;
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
      if (!Array.isArray(items)) return { ok: false, reason: 'corrupt', issue: { code: 'damaged', tool } };
      const parsed = v.safeParse(v.array(item), items);
      if (!parsed.success) {
        const first = parsed.issues[0];
        return { ok: false, reason: 'invalid', issue: { code: 'wrongShapeAt', tool, path: `${list}.${all.length + Number(first.path?.[0]?.key ?? 0)}` }, schemaIssue: first };
      }
      shard = { ref, text: text!, items: parsed.output as unknown[] };
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
  const known = new Set(before ? (itemsOf(def.shards, before) as unknown[]) : []);
  return items.every((entry) => known.has(entry) || v.safeParse(def.shards.item, entry).success);
}

/** The texts that store `data` given the shards held now: new shards, packed, under fresh keys. */
function encode<T>(def: Sharded<T>, data: T, rev: number, at: string, held: ReadonlyMap<string, HeldShard>): ShardedWrite {
  const { list, max } = def.shards;
  const runs = planShards([...held.values()].map((shard) => ({ key: shard.ref[0], items: shard.items })), itemsOf(def.shards, data) as unknown[], (entry) => (entry as { id: string }).id, max);
  const shards: [string, string][] = [];
  const next = runs.map((run): HeldShard => {
    const kept = run.key === null ? undefined : held.get(run.key);
    if (kept) return kept;
    const json = JSON.stringify(run.items);
    const text = shardCodec.pack(json);
    const ref: ShardRef = [shardKeyOf(def.key, list, shardId()), run.items.length, textHash(json)];
    shards.push([ref[0], text]);
    return { ref, text, items: run.items };
  });
  return { main: encodeShardedMain(def.version, rev, at, data as Record<string, unknown>, list, next.map((shard) => shard.ref)), shards, held: next };
}

/** What persistence calls (`loadShards` loads this module once). */
export const shardSupport = { read: readShardedMain, keysIn, assemble, decode, valid, encode };
export type ShardSupport = typeof shardSupport;
