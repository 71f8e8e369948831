import { afterEach, describe, expect, test, vi } from 'vitest';
import * as v from 'valibot';
import { Origin, openTab, settle } from './support/fake-browser';
import { notesDefinition } from '../fixtures/notes-schema';
import type { StoredValueDefinition } from '../../src/lib/stored-value';

afterEach(() => vi.unstubAllGlobals());

const v1 = JSON.stringify({ v: 1, rev: 4, at: '2026-01-01T00:00:00.000Z', data: { notes: ['eins'] } });
const newer = JSON.stringify({ v: 9, rev: 7, at: '2026-01-01T00:00:00.000Z', data: { future: true } });

describe('old persistence', () => {
  test('a pageshow after another tab saved newer data does not overwrite it', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    const store = tab.persistence.createPersistentStore(notesDefinition);
    const off = store.$state.listen(() => {});
    tab.frozen = true;
    origin.setFromOutside(notesDefinition.key, newer);
    tab.thaw();
    settle(origin);
    off();
    expect(origin.data.get(notesDefinition.key)).toBe(newer);
  });

  test('after another tab cleared storage, a read-only tab can save again', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, newer);
    const tab = await openTab(origin);
    const store = tab.persistence.createPersistentStore(notesDefinition);
    const off = store.$state.listen(() => {});
    expect(store.readOnly()).toBe(true);
    origin.clearFromOutside();
    settle(origin);
    expect(store.update((s) => ({ ...s, title: 'neu' }))).toBe(true);
    off();
  });

  test('an import snapshot survives reloading a page whose data needed a migration', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, v1);
    const first = await openTab(origin);
    first.persistence.createPersistentStore(notesDefinition);
    first.persistence.takeSnapshot('Import');
    const reloaded = await openTab(origin);
    reloaded.persistence.createPersistentStore(notesDefinition);
    expect(JSON.parse(origin.data.get(reloaded.persistence.SNAPSHOT_KEY)!).reason).toBe('Import');
  });

  test('a stale tab does not write over a restored state with a lower revision', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    const store = tab.persistence.createPersistentStore(notesDefinition);
    for (let i = 0; i < 5; i++) store.update((s) => ({ ...s, notes: [...s.notes, { id: `n${i}`, body: `x${i}`, pinned: false }] }));
    tab.frozen = true;
    const restored = JSON.stringify({ v: 3, rev: 2, at: '2026-01-01T00:00:00.000Z', data: { title: 'wiederhergestellt', notes: [] } });
    origin.setFromOutside(notesDefinition.key, restored);
    store.update((s) => ({ ...s, title: `${s.title}!` }));
    expect(JSON.parse(origin.data.get(notesDefinition.key)!).data).toEqual({ title: 'wiederhergestellt!', notes: [] });
  });

  test('a quarantined value of „planer“ is not reported for „plan“', async () => {
    const origin = new Origin();
    origin.data.set('nk:quarantaene:planer', 'kaputt');
    const tab = await openTab(origin);
    const plan: StoredValueDefinition<string> = { key: 'nk:plan', label: 'Plan', version: 1, schema: v.string(), migrations: {}, initial: () => '' };
    tab.persistence.createPersistentStore(plan);
    expect(tab.persistence.$storageProblems.get()).toEqual([]);
  });
});
