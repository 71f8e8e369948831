import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { shardSupport as list } from '../../../src/lib/storage/sharded-list';
import { encodeShardedMain, readShardedMain, type HeldShard } from '../../../src/lib/storage/shards';
import { textHash } from '../../../src/lib/storage/text-hash';
import type { Sharded, ShardSpec } from '../../../src/lib/storage/stored-value';

const item = v.object({ id: v.string(), name: v.pipe(v.string(), v.minLength(1)) });
const schema = v.object({ title: v.pipe(v.string(), v.maxLength(10)), people: v.pipe(v.array(item), v.maxLength(8)) });
type Data = v.InferOutput<typeof schema>;
const spec: ShardSpec = { list: 'people', item, maxItems: 8, max: 4 };
const def: Sharded<Data> = { key: 'nk:test-leute', version: 2, schema, migrations: { 1: (d) => d }, initial: () => ({ title: '', people: [] }), shards: spec };
const AT = '2026-12-01T09:00:00.000Z';
const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }));

/** Writes `data` into `storage` as the store would, from the shards held before. */
function write(storage: Map<string, string>, data: Data, held: ReadonlyMap<string, HeldShard>, rev = 1) {
  const out = list.encode(def, data, rev, AT, held);
  for (const [key, text] of out.shards) storage.set(key, text);
  storage.set(def.key, out.main);
  return { ...out, heldMap: new Map(out.held.map((s) => [s.ref[0], s])) };
}

describe('shardedList', () => {
  test('writes a value in shards and reads it back, every item checked', () => {
    const storage = new Map<string, string>();
    const data = { title: 'T', people: people(5) };
    const { shards } = write(storage, data, new Map());
    expect(shards.map(([, text]) => text.startsWith('Z'))).toEqual([true, true]);
    const decoded = list.decode(def, readShardedMain(storage.get(def.key)!)!, (k) => storage.get(k) ?? null, new Map());
    expect(decoded.ok && decoded.envelope).toEqual({ v: 2, rev: 1, at: AT, data });
  });

  test('an edit of one item writes one shard; reading it back reads only that shard', () => {
    const storage = new Map<string, string>();
    const first = write(storage, { title: 'T', people: people(6) }, new Map());
    const data = { title: 'T', people: first.held.flatMap((s) => s.items as Data['people']).map((p) => (p.id === 'p3' ? { ...p, name: 'Neu' } : p)) };
    const second = write(storage, data, first.heldMap, 2);
    expect(second.shards.map(([key]) => key)).toHaveLength(1);
    const read: string[] = [];
    const decoded = list.decode(def, readShardedMain(second.main)!, (k) => (read.push(k), storage.get(k) ?? null), first.heldMap);
    expect(decoded.ok && decoded.envelope.data).toEqual(data);
    expect(new Set(read).size).toBe(3);
    const parsedAgain = read.filter((k) => k === second.shards[0]![0]);
    expect(parsedAgain).toHaveLength(1);
  });

  test('reads JSON shards as well as packed ones, and gives the whole text back', () => {
    const storage = new Map<string, string>();
    const json = JSON.stringify(people(2));
    const mainText = encodeShardedMain(2, 1, AT, { title: 'J', people: people(2) }, 'people', [['nk:test-leute/people/a', 2, textHash(json)]]);
    const main = readShardedMain(mainText)!;
    const [key] = main.shards.parts[0]!;
    storage.set(def.key, mainText);
    storage.set(key, json);
    const decoded = list.decode(def, main, (k) => storage.get(k) ?? null, new Map());
    expect(decoded.ok && decoded.envelope.data).toEqual({ title: 'J', people: people(2) });
    expect(JSON.parse(list.assemble(main, (k) => storage.get(k) ?? null)!)).toEqual({ v: 2, rev: 1, at: AT, data: { title: 'J', people: people(2) } });
    expect(list.keysIn(storage.get(def.key)!)).toEqual([key]);
    expect(list.keysIn('{"v":1}')).toEqual([]);
  });

  test('a missing shard, or one whose text is not what was written, makes the value corrupt', () => {
    const storage = new Map<string, string>();
    write(storage, { title: '', people: people(4) }, new Map());
    const main = readShardedMain(storage.get(def.key)!)!;
    const missing = list.decode(def, main, (k) => (k === main.shards.parts[0]![0] ? null : storage.get(k) ?? null), new Map());
    expect(missing).toMatchObject({ ok: false, reason: 'corrupt', issue: { code: 'damaged', tool: 'test-leute' } });
    // A text that is not what was written (by hand, say: still valid JSON, count and schema) fails its hash.
    const edited = new Map(storage);
    const [key] = main.shards.parts[0]!;
    edited.set(key, JSON.stringify(people(4).map((p) => ({ ...p, name: 'Anders' }))));
    expect(list.decode(def, main, (k) => edited.get(k) ?? null, new Map())).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  test('valid checks the rest of the value, the bound of the list and only the items that changed', () => {
    const before = { title: 'T', people: people(3) };
    expect(list.valid(def, { ...before, people: [...before.people, { id: 'x', name: 'X' }] }, before)).toBe(true);
    expect(list.valid(def, { ...before, people: [...before.people, { id: 'x', name: '' }] }, before)).toBe(false);
    expect(list.valid(def, { ...before, title: 'x'.repeat(11) }, before)).toBe(false);
    expect(list.valid(def, { ...before, people: people(9) }, before)).toBe(false);
    expect(list.valid(def, { ...before, people: [{ id: 'x', name: '' }] }, null)).toBe(false);
  });
});

describe('encodeWhole', () => {
  test('decodes a whole text first: only a valid text of the current version goes into shards', () => {
    const whole = (data: unknown, version = 2) => JSON.stringify({ v: version, rev: 3, at: AT, data });
    expect(list.encodeWhole(def, whole({ title: 'T', people: people(5) }))).toMatchObject({ shards: [[expect.any(String), expect.any(String)], [expect.any(String), expect.any(String)]] });
    expect(list.encodeWhole(def, whole({ title: 'T', people: [{ id: 'x', name: '' }] }))).toBeNull();
    expect(list.encodeWhole(def, whole({ title: 'T', people: people(2) }, 1))).toBeNull();
    expect(list.encodeWhole(def, 'kein JSON')).toBeNull();
  });
});
