/**
 * What the store of a sharded value (`shards.ts`) needs beyond reading it (`ShardedList` in
 * stored-value.ts): checking a change by what it changed, reading the shards with their items
 * checked, and the texts of a write. A definition brings it along (`StoredValueDefinition.shards`),
 * so pages without such a value do not load it.
 */
import * as v from 'valibot';
import { storedId, type ShardedList } from './stored-value';
import { assembleShardedMain, encodeShardedMain, readShard, readShardedMain, shardKeyOf, type HeldShard, type ShardRef } from './shards';
import { NEEDS_CODEC } from './shard-keys';
import { newId } from './new-id';
import { planShards } from './shard-plan';
import { textHash } from './text-hash';

/** A fresh shard id: time first, so keys sort by age when a person looks at storage. */
const shardId = () => `${Date.now().toString(36)}-${newId().slice(0, 8)}`;

/** A list kept in shards of at most `max` items, each checked by `item`, `maxItems` in all. */
export function shardedList(options: { list: string; item: v.GenericSchema; maxItems: number; max: number }): ShardedList {
  const { list, item, maxItems, max } = options;
  const itemsOf = (data: unknown) => (data as Record<string, unknown>)[list];
  return {
    list,
    max,
    read: readShardedMain,
    keysIn: (text) => (text === null ? null : readShardedMain(text))?.shards.parts.map((part) => part[0]) ?? [],
    assemble: assembleShardedMain,
    decode(def, main, read, held, codec) {
      const tool = storedId(def.key);
      const rest = v.safeParse(def.schema, { ...main.data, [list]: [] });
      if (!rest.success) return { ok: false, reason: 'invalid', issue: { code: 'wrongShapeTop', tool } };
      const shards: HeldShard[] = [];
      const all: unknown[] = [];
      for (const ref of main.shards.parts) {
        const text = read(ref[0]);
        const before = held.get(ref[0]);
        let shard: HeldShard;
        if (before && text === before.text && before.ref[2] === ref[2] && before.ref[1] === ref[1]) shard = before;
        else {
          const items = text === null ? null : readShard(text, ref, codec);
          if (items === NEEDS_CODEC) return NEEDS_CODEC;
          if (!items) return { ok: false, reason: 'corrupt', issue: { code: 'damaged', tool } };
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
      return { ok: true, envelope: { v: main.v, rev: main.rev, at: main.at, data: { ...rest.output, [list]: all } as never }, migratedFrom: null, shards };
    },
    valid(def, next, before) {
      const items = itemsOf(next);
      if (!Array.isArray(items) || items.length > maxItems) return false;
      if (!v.safeParse(def.schema, { ...next, [list]: [] }).success) return false;
      const known = new Set(before ? (itemsOf(before) as unknown[]) : []);
      return items.every((entry) => known.has(entry) || v.safeParse(item, entry).success);
    },
    encode(def, data, rev, at, held, codec) {
      const runs = planShards([...held.values()].map((shard) => ({ key: shard.ref[0], items: shard.items })), itemsOf(data) as unknown[], (entry) => (entry as { id: string }).id, max);
      const shards: [string, string][] = [];
      const next = runs.map((run): HeldShard => {
        const kept = run.key === null ? undefined : held.get(run.key);
        if (kept) return kept;
        const json = JSON.stringify(run.items);
        const text = codec ? codec.pack(json) : json;
        const ref: ShardRef = [shardKeyOf(def.key, list, shardId()), run.items.length, textHash(json)];
        shards.push([ref[0], text]);
        return { ref, text, items: run.items };
      });
      return { main: encodeShardedMain(def.version, rev, at, data as Record<string, unknown>, list, next.map((shard) => shard.ref)), shards, held: next };
    },
  };
}
