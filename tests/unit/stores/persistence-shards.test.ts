/**
 * A value kept in shards (`src/lib/storage/shards.ts`) through `src/stores/persistence.ts`, in the
 * fake browser: what one edit writes, two tabs, the whole text for backups and imports, full
 * storage, damage, and the codec that packs shards (loaded when needed).
 */
import * as v from 'valibot';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Origin, openTab, settle } from '../support/fake-browser';
import { noteSchema, notesDefinition, type Notes } from '../../fixtures/notes-schema';
import { readShardedMain } from '../../../src/lib/storage/shards';
import { isShardKey, SHARD_FROM } from '../../../src/lib/storage/shard-keys';
import type { StoredValueDefinition } from '../../../src/lib/storage/stored-value';

afterEach(() => vi.unstubAllGlobals());

/** Notes with long bodies: a few make a value large enough to go into shards (`SHARD_FROM`). */
const longNote = v.object({ ...noteSchema.entries, body: v.pipe(v.string(), v.maxLength(100_000)) });
const schema = v.object({ title: v.pipe(v.string(), v.maxLength(200)), notes: v.pipe(v.array(longNote), v.maxLength(200)) });
/** The notes of the test definition, kept in shards of at most 4 once large. */
const def: StoredValueDefinition<Notes> = { ...notesDefinition, key: 'nk:test-stapel', schema, shards: { list: 'notes', item: longNote, maxItems: 200, max: 4 } };
const LONG = Math.ceil(SHARD_FROM / 4);
const note = (id: string, body = `${id} ${'·'.repeat(LONG)}`) => ({ id, body, pinned: false });
const notes = (n: number) => Array.from({ length: n }, (_, i) => note(`n${i}`));
const short = (n: number) => Array.from({ length: n }, (_, i) => note(`n${i}`, `n${i}`));
const ids = (state: Notes) => state.notes.map((n) => n.id);
const shardKeys = (origin: Origin) => [...origin.data.keys()].filter(isShardKey).sort();
const whole = (tab: Awaited<ReturnType<typeof openTab>>) => JSON.parse(tab.persistence.readRaw(def.key)!) as { v: number; rev: number; data: Notes };

/** A tab with the store of `def`; unless `small`, with the code for shards loaded, so that even few notes go into shards. */
async function tabWith(origin: Origin, { locks = false, small = false }: { locks?: boolean; small?: boolean } = {}) {
  const tab = await openTab(origin, undefined, { locks });
  if (!small) await tab.persistence.loadShards();
  const store = tab.persistence.createPersistentStore(def);
  // A store that meets shards without their code reads them once it is loaded (and they are unpacked).
  await vi.dynamicImportSettled();
  await tab.persistence.wholeTextsReady();
  return { tab, store };
}

/** Records the keys each `setItem` of `tab` writes. */
function recordWrites(tab: Awaited<ReturnType<typeof openTab>>): string[] {
  const written: string[] = [];
  const setItem = tab.storage.setItem.bind(tab.storage);
  tab.storage.setItem = (key: string, value: string) => {
    written.push(key);
    setItem(key, value);
  };
  return written;
}

describe('a sharded value', () => {
  test('is stored as a small main text and shards; everything else reads it whole, and a new page reads it back', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWith(origin);
    store.replace({ title: 'T', notes: notes(10) });
    const main = readShardedMain(origin.data.get(def.key)!)!;
    expect(main.data).toEqual({ title: 'T' });
    expect(main.shards.parts.map((p) => p[1])).toEqual([2, 2, 2, 2, 2]);
    expect(shardKeys(origin)).toEqual(main.shards.parts.map((p) => p[0]).sort());
    expect(whole(tab)).toMatchObject({ v: 3, rev: 1, data: { title: 'T', notes: notes(10) } });
    expect(tab.persistence.dataKeys()).toEqual([def.key]);
    const again = await tabWith(origin);
    expect(again.store.$state.get()).toEqual({ title: 'T', notes: notes(10) });
  });

  test('one edit writes the shard it changed and the main text, nothing else; the old shard goes', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWith(origin);
    store.replace({ title: 'T', notes: notes(10) });
    const before = shardKeys(origin);
    const written = recordWrites(tab);
    store.update((s) => ({ ...s, notes: s.notes.map((n) => (n.id === 'n5' ? { ...n, body: 'neu' } : n)) }));
    expect(written.filter(isShardKey)).toHaveLength(1);
    expect(written.at(-1)).toBe(def.key);
    const after = shardKeys(origin);
    expect(after.filter((k) => !before.includes(k))).toEqual(written.filter(isShardKey));
    expect(before.filter((k) => !after.includes(k))).toHaveLength(1);
    expect(whole(tab).data.notes[5]).toEqual(note('n5', 'neu'));
  });

  test('another tab catches up with an edit, and its own next edit keeps it', async () => {
    const origin = new Origin();
    const a = await tabWith(origin);
    a.store.replace({ title: '', notes: notes(6) });
    const b = await tabWith(origin);
    b.store.update((s) => ({ ...s, notes: [...s.notes, note('b')] }));
    settle(origin);
    expect(ids(a.store.$state.get())).toEqual([...ids({ title: '', notes: notes(6) }), 'b']);
    a.store.update((s) => ({ ...s, notes: s.notes.filter((n) => n.id !== 'n0') }));
    settle(origin);
    expect(ids(b.store.$state.get())).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'b']);
    expect(readShardedMain(origin.data.get(def.key)!)!.shards.parts.reduce((n, p) => n + p[1], 0)).toBe(6);
  });

  test('reset and „delete everything“ leave no shard behind', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWith(origin);
    store.replace({ title: '', notes: notes(9) });
    store.reset();
    expect(origin.dump()).toEqual({});
    store.replace({ title: '', notes: notes(9) });
    tab.persistence.clearAllData();
    expect(origin.dump()).toEqual({});
  });

  test('a whole text written by an import or a restore is stored in shards, and read back the same', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWith(origin);
    const text = JSON.stringify({ v: 3, rev: 4, at: '2026-12-01T09:00:00.000Z', data: { title: 'I', notes: notes(7) } });
    expect(await tab.persistence.applyWrites([[def.key, text]], null)).toMatchObject({ ok: true });
    expect(readShardedMain(origin.data.get(def.key)!)).not.toBeNull();
    expect(JSON.parse(tab.persistence.readRaw(def.key)!)).toEqual(JSON.parse(text));
    expect(store.$state.get()).toEqual({ title: 'I', notes: notes(7) });
  });

  test('older data stays whole until its migration writes it, in shards when large', async () => {
    const origin = new Origin();
    const text = 'A'.repeat(LONG);
    const names = ['a', 'b', 'c', 'd', 'e'];
    origin.data.set(def.key, JSON.stringify({ v: 2, rev: 1, at: '2026-01-01T00:00:00.000Z', data: { notes: names.map((id) => ({ id, text })) } }));
    const { store } = await tabWith(origin);
    expect(store.$state.get().notes).toEqual(names.map((id) => note(id, text)));
    expect(readShardedMain(origin.data.get(def.key)!)).not.toBeNull();
  });

  test('full storage: a refused edit leaves storage as it was, whole, and stays in the tab', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWith(origin);
    store.replace({ title: '', notes: notes(10) });
    const before = origin.dump();
    origin.quota = origin.usage() + 10;
    store.update((s) => ({ ...s, notes: s.notes.map((n, i) => (i % 2 === 0 ? { ...n, body: 'x'.repeat(50) } : n)) }));
    expect(origin.dump()).toEqual(before);
    expect(tab.persistence.$storageHealth.get().writeError).toBe('full');
    expect(whole(tab).data.notes[0]!.body).toBe('x'.repeat(50));
    origin.quota = null;
    store.update((s) => ({ ...s, title: 'Platz' }));
    expect(tab.persistence.$storageHealth.get().writeError).toBeNull();
    expect(whole(tab).data).toMatchObject({ title: 'Platz' });
    expect((await tabWith(origin, { small: true })).store.$state.get().notes[0]!.body).toBe('x'.repeat(50));
  });

  test('a damaged shard puts the value aside with all its shards, and the tool starts empty', async () => {
    const origin = new Origin();
    const { store } = await tabWith(origin);
    store.replace({ title: 'T', notes: notes(6) });
    const damaged = shardKeys(origin)[0]!;
    origin.data.set(damaged, '[{"id":"kaputt"');
    const main = origin.data.get(def.key)!;
    const { tab, store: again } = await tabWith(origin);
    expect(again.$state.get()).toEqual(def.initial());
    const [problem] = tab.persistence.$storageProblems.get();
    expect(problem).toMatchObject({ key: def.key, reason: 'corrupt' });
    const kept = JSON.parse(origin.data.get(problem!.quarantineKey!)!);
    expect(kept[def.key]).toBe(main);
    expect(kept[damaged]).toBe('[{"id":"kaputt"');
    again.update((s) => ({ ...s, title: 'neu' }));
    expect(JSON.parse(origin.data.get(problem!.quarantineKey!)!)[damaged]).toBe('[{"id":"kaputt"');
  });
});

describe('the code for shards', () => {
  const big = (n: number) => Array.from({ length: n }, (_, i) => note(`n${i}`, `Notiz ${i} `.repeat(150)));

  test('a small value stays one text; grown large, its next write goes into shards, and a new page loads the code to read them', async () => {
    const origin = new Origin();
    const { store } = await tabWith(origin, { small: true });
    store.replace({ title: '', notes: short(20) });
    expect(shardKeys(origin)).toEqual([]);
    expect(JSON.parse(origin.data.get(def.key)!).data.notes).toHaveLength(20);
    store.replace({ title: '', notes: big(200) });
    expect(shardKeys(origin)).toEqual([]);
    await vi.dynamicImportSettled();
    store.update((s) => ({ ...s, title: 'groß' }));
    expect(shardKeys(origin).length).toBeGreaterThan(0);
    expect(shardKeys(origin).every((k) => origin.data.get(k)!.startsWith('Z'))).toBe(true);
    expect(origin.usage()).toBeLessThan(JSON.stringify(big(200)).length / 5);
    const next = await tabWith(origin, { small: true });
    expect(next.store.$state.get()).toEqual({ title: 'groß', notes: big(200) });
  });

  test('a new page that finds shards shows the fresh state until it has read them, and a change made meanwhile is written on top', async () => {
    const origin = new Origin();
    const first = await tabWith(origin);
    first.store.replace({ title: '', notes: notes(9) });
    const tab = await openTab(origin);
    const store = tab.persistence.createPersistentStore(def);
    expect(store.$state.get()).toEqual(def.initial());
    store.update((s) => ({ ...s, title: 'früh' }));
    expect(readShardedMain(origin.data.get(def.key)!)!.data).toEqual({ title: '' });
    await vi.waitFor(() => expect(store.$state.get()).toEqual({ title: 'früh', notes: notes(9) }));
    await vi.waitFor(() => expect(readShardedMain(origin.data.get(def.key)!)!.data).toEqual({ title: 'früh' }));
    expect(whole(tab).data.notes).toEqual(notes(9));
  });

  test('a tab without it that meets shards from another tab waits, then shows them and writes its own change on top', async () => {
    const origin = new Origin();
    const a = await tabWith(origin, { small: true });
    a.store.replace({ title: '', notes: short(5) });
    const b = await tabWith(origin);
    b.store.update((s) => ({ ...s, notes: [...s.notes, note('b'), note('c'), note('d'), note('e')] }));
    expect(shardKeys(origin).length).toBeGreaterThan(0);
    settle(origin);
    a.store.update((s) => ({ ...s, title: 'von a' }));
    await vi.waitFor(() => expect(ids(a.store.$state.get())).toContain('b'));
    await vi.waitFor(() => expect(whole(a.tab).data).toMatchObject({ title: 'von a' }));
    expect(ids(whole(a.tab).data)).toContain('b');
    expect(a.tab.persistence.$storageProblems.get()).toEqual([]);
  });
});
