import { describe, expect, test } from 'vitest';
import { assembleShardedMain, encodeShardedMain, readShard, readShardedMain, shardKeyOf, type ShardRef } from '../../../src/lib/storage/shards';
import { isShardKey, itemsInShards } from '../../../src/lib/storage/shard-keys';
import { shardCodec } from '../../../src/lib/storage/shard-codec';
import { textHash } from '../../../src/lib/storage/text-hash';
import { readEnvelope } from '../../../src/lib/storage/catalogue';
import { countEntries } from '../../../src/lib/storage/stored-value';

const AT = '2026-12-01T09:00:00.000Z';
const ref = (key: string, items: unknown[], text = JSON.stringify(items)): ShardRef => [key, items.length, textHash(text)];

describe('sharded main texts', () => {
  const a = [{ id: 'a' }, { id: 'b' }];
  const b = [{ id: 'c' }];
  const keyA = shardKeyOf('nk:planer', 'contacts', '1');
  const keyB = shardKeyOf('nk:planer', 'contacts', '2');
  const packedB = shardCodec.pack(JSON.stringify(b));
  const main = encodeShardedMain(4, 7, AT, { goals: [1], contacts: [...a, ...b], owner: 'Ich' }, 'contacts', [ref(keyA, a), ref(keyB, b, packedB)]);
  const storage: Record<string, string> = { [keyA]: JSON.stringify(a), [keyB]: packedB };

  test('a shard key has its value’s key and a slash, which no other key of ours has', () => {
    expect(keyA).toBe('nk:planer/contacts/1');
    expect(isShardKey(keyA)).toBe(true);
    expect(isShardKey('nk:planer')).toBe(false);
    expect(isShardKey('nk:quarantaene:planer:123')).toBe(false);
  });

  test('the main text is the envelope without the list, head first (revision readable from its start), shards last', () => {
    expect(main.startsWith('{"v":4,"rev":7,')).toBe(true);
    expect(JSON.parse(main)).toEqual({ v: 4, rev: 7, at: AT, data: { goals: [1], owner: 'Ich' }, shards: { list: 'contacts', parts: [ref(keyA, a), ref(keyB, b, packedB)] } });
    expect(readShardedMain(main)).toEqual(JSON.parse(main));
  });

  test('whole texts, other JSON and damaged text are no main texts', () => {
    expect(readShardedMain(JSON.stringify({ v: 4, rev: 1, at: AT, data: { contacts: [] } }))).toBeNull();
    expect(readShardedMain('{"shards":{"list":"x","parts":[["nokey",1,"s"]]},"data":{}}')).toBeNull();
    expect(readShardedMain('{"shards":{"list":"x","parts":[]}}')).toBeNull();
    expect(readShardedMain(main.slice(0, -3) + '}}')).toBeNull();
  });

  test('the items of a main text’s shards are counted without reading them (for views without a schema)', () => {
    expect(itemsInShards(JSON.parse(main))).toEqual({ list: 'contacts', count: 3 });
    expect(itemsInShards({ v: 4, data: {} })).toBeNull();
    // The backup reminder and „Meine Daten“ count entries so, on pages that do not read the shards.
    expect(countEntries(readEnvelope(main)!.data, { goals: [], contacts: [], owner: '' })).toBe(5);
  });

  test('puts the whole value back together from JSON and packed shards', () => {
    const whole = assembleShardedMain(readShardedMain(main)!, (key) => storage[key] ?? null, shardCodec);
    expect(JSON.parse(whole as string)).toEqual({ v: 4, rev: 7, at: AT, data: { goals: [1], owner: 'Ich', contacts: [...a, ...b] } });
  });

  test('a missing, damaged or miscounted shard makes the whole unreadable', () => {
    const parsed = readShardedMain(main)!;
    expect(assembleShardedMain(parsed, (key) => (key === keyB ? null : storage[key]!), shardCodec)).toBeNull();
    expect(readShard(JSON.stringify([{ id: 'x' }, { id: 'b' }]), ref(keyA, a), shardCodec)).toBeNull();
    expect(readShard(JSON.stringify(a), [keyA, 3, textHash(JSON.stringify(a))], shardCodec)).toBeNull();
    expect(readShard('Z0\u4000\u4001', ref(keyB, b, 'Z0\u4000\u4001'), shardCodec)).toBeNull();
    expect(readShard(storage[keyB]!, ref(keyB, b, packedB), shardCodec)).toEqual(b);
    expect(readShard(storage[keyB]!, ref(keyB, b), shardCodec)).toBeNull();
  });
});
