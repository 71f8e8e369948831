/**
 * `src/stores/persistence.ts` in a fake browser: one shared storage per origin, one copy of the
 * module per tab, storage events delivered like a browser's (see support/fake-browser.ts).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { nextPage, Origin, openTab, quotaError, securityError, settle } from '../support/fake-browser';
import { notesDefinition, prefsDefinition, type Notes } from '../../fixtures/notes-schema';
import { readSnapshot, readSnapshots } from '../support/snapshots';

afterEach(() => vi.unstubAllGlobals());

const AT = '2026-01-01T00:00:00.000Z';
const envelope = (v: number, rev: number, data: unknown) => JSON.stringify({ v, rev, at: AT, data });
const note = (id: string, body = id) => ({ id, body, pinned: false });
const addNote = (id: string) => (s: Notes): Notes => ({ ...s, notes: [...s.notes, note(id)] });
const stored = (origin: Origin, key = notesDefinition.key) => JSON.parse(origin.data.get(key) ?? 'null');
const IMPORT = { code: 'beforeImport', exportedAt: AT } as const;
/** The actions on a tab's unsaved changes (loaded lazily by the page, as here). */
const unsaved = (tab: { persistence: { loadUnsaved: () => Promise<import('../../../src/stores/persistence-unsaved').UnsavedActions> } }) => tab.persistence.loadUnsaved();

async function tabWithNotes(origin: Origin) {
  const tab = await openTab(origin);
  return { tab, store: tab.persistence.createPersistentStore(notesDefinition) };
}

describe('createPersistentStore', () => {
  test('starts with the initial state when nothing is stored, and writes nothing', async () => {
    const origin = new Origin();
    const { store } = await tabWithNotes(origin);
    expect(store.$state.get()).toEqual({ title: '', notes: [] });
    expect(origin.dump()).toEqual({});
  });

  test('saves each change as an envelope with version, growing revision and time', async () => {
    const origin = new Origin();
    const { store } = await tabWithNotes(origin);
    store.update(addNote('a'));
    store.update(addNote('b'));
    const saved = stored(origin);
    expect(saved).toMatchObject({ v: 3, rev: 2, data: { notes: [note('a'), note('b')] } });
    expect(Date.parse(saved.at)).not.toBeNaN();
  });

  test('reads what an earlier visit saved', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, envelope(3, 5, { title: 'T', notes: [note('x')] }));
    const { store } = await tabWithNotes(origin);
    expect(store.$state.get()).toEqual({ title: 'T', notes: [note('x')] });
  });

  test('returns the same store when created twice for one key', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    expect(tab.persistence.createPersistentStore(notesDefinition)).toBe(tab.persistence.createPersistentStore(notesDefinition));
  });

  test('refuses a change that does not fit the schema, keeps the stored data and says so', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWithNotes(origin);
    store.update(addNote('a'));
    const before = origin.dump();
    expect(store.update((s) => ({ ...s, title: 'x'.repeat(201) }))).toBe(false);
    expect(origin.dump()).toEqual(before);
    expect(tab.persistence.$storageHealth.get().writeError).toBe('invalidChange');
  });

  test('a change that returns the same state writes nothing', async () => {
    const origin = new Origin();
    const { store } = await tabWithNotes(origin);
    expect(store.update((s) => s)).toBe(true);
    expect(origin.dump()).toEqual({});
  });
});

describe('migrations on load', () => {
  test('brings version 1 data to version 3, keeps a snapshot of the old text and saves the result at once', async () => {
    const origin = new Origin();
    const old = envelope(1, 4, { notes: ['eins', 'zwei'] });
    origin.data.set(notesDefinition.key, old);
    const { tab, store } = await tabWithNotes(origin);
    expect(store.$state.get()).toEqual({ title: '', notes: [{ id: 'n1', body: 'eins', pinned: false }, { id: 'n2', body: 'zwei', pinned: false }] });
    expect(stored(origin)).toMatchObject({ v: 3, rev: 4, at: AT });
    const snapshot = await readSnapshot(tab.persistence);
    expect(snapshot?.values[notesDefinition.key]).toBe(old);
    expect(snapshot?.cause).toEqual({ code: 'beforeUpdate', tool: 'test-notizen', version: 1 });
  });

  test('an import snapshot survives reloading a page whose data needed a migration', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, envelope(1, 4, { notes: ['eins'] }));
    const first = await openTab(origin);
    first.persistence.createPersistentStore(notesDefinition);
    first.persistence.takeSnapshot(IMPORT);
    const reloaded = await openTab(origin);
    reloaded.persistence.createPersistentStore(notesDefinition);
    expect((await readSnapshot(reloaded.persistence))?.cause).toEqual(IMPORT);
  });
});

describe('data from a newer version', () => {
  const newer = envelope(9, 7, { future: true });

  test('is read-only: changes and reset are refused and the stored text stays byte-identical', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, newer);
    const { tab, store } = await tabWithNotes(origin);
    expect(store.readOnly()).toBe(true);
    expect(store.update(addNote('a'))).toBe(false);
    expect(store.reset()).toBe(false);
    expect(origin.data.get(notesDefinition.key)).toBe(newer);
    expect(tab.persistence.$storageProblems.get()).toEqual([expect.objectContaining({ key: notesDefinition.key, reason: 'newer' })]);
  });

  test('saved by another tab while this one is open makes this tab read-only instead of overwriting it', async () => {
    const origin = new Origin();
    const { store } = await tabWithNotes(origin);
    store.update(addNote('a'));
    origin.setFromOutside(notesDefinition.key, newer);
    settle(origin);
    expect(store.readOnly()).toBe(true);
    expect(store.update(addNote('b'))).toBe(false);
    expect(origin.data.get(notesDefinition.key)).toBe(newer);
  });

  test('a pageshow after another tab saved newer data does not overwrite it', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWithNotes(origin);
    const off = store.$state.listen(() => {});
    tab.frozen = true;
    origin.setFromOutside(notesDefinition.key, newer);
    tab.thaw();
    settle(origin);
    off();
    expect(origin.data.get(notesDefinition.key)).toBe(newer);
    expect(store.readOnly()).toBe(true);
  });

  test('a tab that missed the event still does not overwrite it on its next change', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWithNotes(origin);
    tab.frozen = true;
    origin.setFromOutside(notesDefinition.key, newer);
    expect(store.update(addNote('a'))).toBe(false);
    expect(origin.data.get(notesDefinition.key)).toBe(newer);
  });

  test('after another tab cleared storage, a read-only tab can save again', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, newer);
    const { tab, store } = await tabWithNotes(origin);
    origin.clearFromOutside();
    settle(origin);
    expect(store.readOnly()).toBe(false);
    expect(tab.persistence.$storageProblems.get()).toEqual([]);
    expect(store.update(addNote('a'))).toBe(true);
  });
});

describe('damaged data', () => {
  test('is put aside under its own key, the tool starts empty and the notice offers the old text', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, '{kaputt');
    const { tab, store } = await tabWithNotes(origin);
    expect(store.$state.get()).toEqual({ title: '', notes: [] });
    expect(origin.data.get('nk:quarantaene:test-notizen')).toBe('{kaputt');
    expect(tab.persistence.$storageProblems.get()).toEqual([expect.objectContaining({ reason: 'corrupt', quarantineKey: 'nk:quarantaene:test-notizen' })]);
  });

  test('a second, different damaged value gets its own quarantine key; the same one is not copied twice', async () => {
    const origin = new Origin();
    origin.data.set('nk:quarantaene:test-notizen', 'erstes');
    origin.data.set(notesDefinition.key, 'zweites');
    await tabWithNotes(origin);
    await tabWithNotes(origin);
    const copies = [...origin.data.keys()].filter((k) => k.startsWith('nk:quarantaene:test-notizen'));
    expect(copies).toHaveLength(2);
    expect(copies.map((k) => origin.data.get(k)).sort()).toEqual(['erstes', 'zweites']);
  });

  test('data that does not fit the schema is put aside as invalid', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, envelope(3, 1, { title: 5, notes: [] }));
    const { tab } = await tabWithNotes(origin);
    expect(tab.persistence.$storageProblems.get()[0]).toMatchObject({ reason: 'invalid' });
  });

  test('if even the quarantine copy cannot be saved, the original is not overwritten', async () => {
    const origin = new Origin();
    origin.data.set('nk:andere', 'x');
    origin.data.set(notesDefinition.key, '{kaputt');
    origin.failWrites = quotaError('standard');
    const { store } = await tabWithNotes(origin);
    expect(store.update(addNote('a'))).toBe(false);
    origin.failWrites = null;
    expect(origin.data.get(notesDefinition.key)).toBe('{kaputt');
  });

  test('a copy that found no room is not kept in the tab as if put aside: notPutAside says so, and the notice stays through storage events', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, '{kaputt');
    origin.failWrites = quotaError('standard');
    const { tab, store } = await tabWithNotes(origin);
    const [problem] = tab.persistence.$storageProblems.get();
    expect(problem).toMatchObject({ reason: 'corrupt', quarantineKey: 'nk:quarantaene:test-notizen' });
    expect(tab.persistence.notPutAside(problem!.quarantineKey!)).toBe(true);
    // Before, the refused copy lived on in the tab's overlay, so pages listed it as put aside.
    expect(tab.persistence.readRaw('nk:quarantaene:test-notizen')).toBeNull();
    expect(tab.persistence.ourKeys()).toEqual([notesDefinition.key]);
    origin.failWrites = null;
    origin.setFromOutside('nk:andere', 'x');
    settle(origin);
    expect(tab.persistence.$storageProblems.get()).toEqual([problem]);
    expect(store.readOnly()).toBe(true);
  });

  test('a quarantined value of „planer“ is not reported for „plan“', async () => {
    const origin = new Origin();
    origin.data.set('nk:quarantaene:planer', 'kaputt');
    const tab = await openTab(origin);
    tab.persistence.createPersistentStore({ ...prefsDefinition, key: 'nk:plan' });
    expect(tab.persistence.$storageProblems.get()).toEqual([]);
    tab.persistence.createPersistentStore({ ...prefsDefinition, key: 'nk:planer' });
    expect(tab.persistence.$storageProblems.get()).toEqual([expect.objectContaining({ key: 'nk:planer', quarantineKey: 'nk:quarantaene:planer' })]);
  });

  test('discarding a quarantined value in one tab clears the notice in the other', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, '{kaputt');
    const a = await tabWithNotes(origin);
    const b = await tabWithNotes(origin);
    a.tab.persistence.discardQuarantine('nk:quarantaene:test-notizen');
    settle(origin);
    expect(b.tab.persistence.$storageProblems.get()).toEqual([]);
  });
});

describe('storage faults', () => {
  for (const dialect of ['standard', 'firefox', 'code22'] as const) {
    test(`a full storage (${dialect}) shows the notice, keeps the change in the tab and leaves the saved data untouched`, async () => {
      const origin = new Origin();
      const { tab, store } = await tabWithNotes(origin);
      store.update(addNote('a'));
      const before = origin.dump();
      origin.failWrites = quotaError(dialect);
      expect(store.update(addNote('b'))).toBe(true);
      expect(store.$state.get().notes.map((n) => n.id)).toEqual(['a', 'b']);
      expect(tab.persistence.$storageHealth.get()).toEqual({ mode: 'local', writeError: 'full' });
      expect(origin.dump()).toEqual(before);
      expect(JSON.parse(tab.persistence.readRaw(notesDefinition.key)!).data.notes).toHaveLength(2);
    });
  }

  test('the next change after the storage has room again is saved with everything and the notice disappears', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWithNotes(origin);
    origin.failWrites = quotaError('standard');
    store.update(addNote('a'));
    origin.failWrites = null;
    store.update(addNote('b'));
    expect(stored(origin).data.notes.map((n: { id: string }) => n.id)).toEqual(['a', 'b']);
    expect(tab.persistence.$storageHealth.get().writeError).toBeNull();
  });

  test('the notice stays while another value of this tab is still unsaved', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    const notes = tab.persistence.createPersistentStore(notesDefinition);
    const prefs = tab.persistence.createPersistentStore(prefsDefinition);
    origin.failWrites = quotaError('standard');
    notes.update(addNote('a'));
    origin.failWrites = null;
    prefs.update((p) => ({ ...p, name: 'Ada' }));
    expect(tab.persistence.$storageHealth.get().writeError).not.toBeNull();
  });

  /** Tab A with a note the browser refused (storage full), and room again afterwards. */
  async function unsavedInA() {
    const origin = new Origin();
    const a = await tabWithNotes(origin);
    origin.failWrites = quotaError('standard');
    a.store.update(addNote('a'));
    origin.failWrites = null;
    return { origin, a };
  }

  // Issue #10, case 7: the next page of the tab showed the unsaved change as if it were saved.
  test('a change the browser refused stays marked on the next page of the tab, and is saved there once there is room', async () => {
    const origin = new Origin();
    const first = await tabWithNotes(origin);
    first.store.update(addNote('saved'));
    const before = origin.dump();
    origin.failWrites = quotaError('standard');
    first.store.update(addNote('unsaved'));
    expect((await unsaved(first.tab)).state()).toEqual({ keys: [notesDefinition.key], conflict: false });

    const second = await nextPage(first.tab);
    expect(second.persistence.createPersistentStore(notesDefinition).$state.get().notes.map((n) => n.id)).toEqual(['saved', 'unsaved']);
    expect(second.persistence.$storageHealth.get()).toEqual({ mode: 'local', writeError: 'full' });
    expect((await unsaved(second)).state().keys).toEqual([notesDefinition.key]);
    expect(origin.dump()).toEqual(before);

    origin.failWrites = null;
    const third = await nextPage(second);
    await vi.dynamicImportSettled();
    expect(stored(origin).data.notes.map((n: { id: string }) => n.id)).toEqual(['saved', 'unsaved']);
    expect((await unsaved(third)).state()).toEqual({ keys: [], conflict: false });
    expect(third.persistence.$storageHealth.get().writeError).toBeNull();
  });

  // Case 7: another tab's save dropped this tab's unsaved change (the storage event cleared the overlay).
  test('another tab’s save never drops this tab’s unsaved change, which is not written over that save, and the conflict is told', async () => {
    const { origin, a } = await unsavedInA();
    const b = await tabWithNotes(origin);
    b.store.update(addNote('b'));
    settle(origin);
    expect(a.store.$state.get().notes.map((n) => n.id)).toEqual(['a']);
    expect((await unsaved(a.tab)).state()).toEqual({ keys: [notesDefinition.key], conflict: true });
    a.store.update(addNote('a2'));
    expect(a.store.$state.get().notes.map((n) => n.id)).toEqual(['a', 'a2']);
    expect(stored(origin).data.notes.map((n: { id: string }) => n.id)).toEqual(['b']);
    expect((await unsaved(a.tab)).retry()).toBe(false);
    expect(stored(origin).data.notes.map((n: { id: string }) => n.id)).toEqual(['b']);
    // The reader keeps both by downloading this tab's state first; then discarding shows the saved one.
    expect(JSON.parse(a.tab.persistence.readRaw(notesDefinition.key)!).data.notes.map((n: { id: string }) => n.id)).toEqual(['a', 'a2']);
    (await unsaved(a.tab)).discard();
    expect(a.store.$state.get().notes.map((n) => n.id)).toEqual(['b']);
    expect((await unsaved(a.tab)).state().keys).toEqual([]);
    expect(a.tab.persistence.$storageHealth.get().writeError).toBeNull();
  });

  // Case 7: with the event missed, the re-read before writing read the tab's own copy, and wrote it over the newer save.
  test('a tab that missed the other tab’s save does not write its tab-only copy over it', async () => {
    const { origin, a } = await unsavedInA();
    a.tab.frozen = true;
    const b = await tabWithNotes(origin);
    b.store.update(addNote('b'));
    a.store.update(addNote('a2'));
    expect(stored(origin).data.notes.map((n: { id: string }) => n.id)).toEqual(['b']);
    expect((await unsaved(a.tab)).state().conflict).toBe(true);
  });

  test('retryUnsaved saves what this tab holds once there is room and nobody else saved', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWithNotes(origin);
    origin.failWrites = quotaError('standard');
    store.update(addNote('a'));
    expect((await unsaved(tab)).retry()).toBe(false);
    origin.failWrites = null;
    expect((await unsaved(tab)).retry()).toBe(true);
    expect(stored(origin).data.notes.map((n: { id: string }) => n.id)).toEqual(['a']);
    expect(tab.persistence.$storageHealth.get().writeError).toBeNull();
  });

  test('a write refused for another reason gets the general notice', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWithNotes(origin);
    origin.failWrites = new Error('weird');
    store.update(addNote('a'));
    expect(tab.persistence.$storageHealth.get().writeError).toBe('refused');
  });

  test('storage blocked with a SecurityError: memory mode, the tool works in the tab, nothing throws', async () => {
    const origin = new Origin();
    origin.failAccess = securityError();
    const { tab, store } = await tabWithNotes(origin);
    expect(tab.persistence.$storageHealth.get()).toEqual({ mode: 'memory', writeError: null });
    expect(store.update(addNote('a'))).toBe(true);
    expect(store.$state.get().notes).toHaveLength(1);
    expect(tab.persistence.ourKeys()).toEqual([notesDefinition.key]);
    tab.persistence.clearAllData();
    expect(tab.persistence.ourKeys()).toEqual([]);
  });

  test('storage that refuses every write from the start (private mode): memory mode', async () => {
    const origin = new Origin();
    origin.failWrites = quotaError('standard');
    const tab = await openTab(origin);
    expect(tab.persistence.$storageHealth.get().mode).toBe('memory');
  });

  test('storage already full at start, with our data in it: says full before any change (nothing unsaved yet), not unavailable, and the data is read', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, envelope(3, 1, { title: 'T', notes: [] }));
    origin.failWrites = quotaError('firefox');
    const { tab, store } = await tabWithNotes(origin);
    expect(tab.persistence.$storageHealth.get()).toEqual({ mode: 'local', writeError: 'fullBefore' });
    expect(store.$state.get().title).toBe('T');
    // The first change that finds no room is then unsaved, and the notice says so.
    store.update((s) => ({ ...s, title: 'Neu' }));
    expect(tab.persistence.$storageHealth.get()).toEqual({ mode: 'local', writeError: 'full' });
  });
});

describe('many tabs', () => {
  test('a change in one tab reaches the other through the storage event', async () => {
    const origin = new Origin();
    const a = await tabWithNotes(origin);
    const b = await tabWithNotes(origin);
    a.store.update(addNote('a'));
    settle(origin);
    expect(b.store.$state.get().notes.map((n) => n.id)).toEqual(['a']);
  });

  test('two tabs editing in turn keep both edits', async () => {
    const origin = new Origin();
    const a = await tabWithNotes(origin);
    const b = await tabWithNotes(origin);
    a.store.update(addNote('a'));
    settle(origin);
    b.store.update(addNote('b'));
    settle(origin);
    a.store.update((s) => ({ ...s, title: 'beide' }));
    settle(origin);
    expect(stored(origin).data).toEqual({ title: 'beide', notes: [note('a'), note('b')] });
    expect(b.store.$state.get()).toEqual(stored(origin).data);
  });

  test('a stale tab that missed every event applies its change on top of the newest state', async () => {
    const origin = new Origin();
    const a = await tabWithNotes(origin);
    const b = await tabWithNotes(origin);
    b.tab.frozen = true;
    a.store.update(addNote('a'));
    a.store.update(addNote('a2'));
    b.store.update(addNote('b'));
    expect(stored(origin).data.notes.map((n: { id: string }) => n.id)).toEqual(['a', 'a2', 'b']);
    expect(stored(origin).rev).toBe(3);
  });

  test('a stale tab does not write over a restored state with a lower revision', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWithNotes(origin);
    for (let i = 0; i < 5; i++) store.update(addNote(`n${i}`));
    tab.frozen = true;
    origin.setFromOutside(notesDefinition.key, envelope(3, 2, { title: 'wiederhergestellt', notes: [] }));
    store.update((s) => ({ ...s, title: `${s.title}!` }));
    expect(stored(origin).data).toEqual({ title: 'wiederhergestellt!', notes: [] });
  });

  test('a tab that missed a deletion in another tab does not bring the deleted data back', async () => {
    const origin = new Origin();
    const a = await tabWithNotes(origin);
    const b = await tabWithNotes(origin);
    a.store.update(addNote('geheim'));
    settle(origin);
    b.tab.frozen = true;
    a.tab.persistence.clearAllData();
    b.store.update((s) => ({ ...s, title: 'neu' }));
    expect(stored(origin).data).toEqual({ title: 'neu', notes: [] });
  });

  test('a storage event with a null key (another tab cleared storage) empties the stores and keeps them usable', async () => {
    const origin = new Origin();
    const a = await tabWithNotes(origin);
    a.store.update(addNote('a'));
    const b = await tabWithNotes(origin);
    expect(b.store.$state.get().notes).toHaveLength(1);
    origin.clearFromOutside();
    settle(origin);
    expect(b.store.$state.get()).toEqual({ title: '', notes: [] });
    expect(a.store.$state.get()).toEqual({ title: '', notes: [] });
    expect(b.store.update(addNote('b'))).toBe(true);
    expect(stored(origin).data.notes).toEqual([note('b')]);
  });

  test('a null-key clear also drops this tab’s unsaved overlay, so nothing cleared comes back', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWithNotes(origin);
    origin.failWrites = quotaError('standard');
    store.update(addNote('unsaved'));
    origin.failWrites = null;
    origin.clearFromOutside();
    settle(origin);
    expect(tab.persistence.ourKeys()).toEqual([]);
    expect(store.$state.get().notes).toEqual([]);
  });

  test('storage events of sessionStorage are ignored', async () => {
    const origin = new Origin();
    const { tab, store } = await tabWithNotes(origin);
    const spy = vi.fn();
    store.$state.listen(spy);
    const event = new Event('storage');
    Object.defineProperties(event, { key: { value: notesDefinition.key }, storageArea: { value: {} } });
    origin.data.set(notesDefinition.key, envelope(3, 9, { title: 'x', notes: [] }));
    tab.window.dispatchEvent(event);
    expect(spy).not.toHaveBeenCalled();
  });

  test('$storageChanges grows with changes here and in other tabs', async () => {
    const origin = new Origin();
    const a = await tabWithNotes(origin);
    const b = await tabWithNotes(origin);
    const before = b.tab.persistence.$storageChanges.get();
    a.store.update(addNote('a'));
    settle(origin);
    expect(b.tab.persistence.$storageChanges.get()).toBeGreaterThan(before);
  });
});

describe('applyWrites', () => {
  async function seeded() {
    const origin = new Origin();
    const tab = await openTab(origin);
    const notes = tab.persistence.createPersistentStore(notesDefinition);
    notes.update(addNote('alt'));
    return { origin, tab, notes, p: tab.persistence };
  }

  test('writes and removes several keys in one step, keeps a snapshot first and updates the stores', async () => {
    const { origin, notes, p } = await seeded();
    const before = origin.data.get(notesDefinition.key)!;
    const result = await p.applyWrites([[notesDefinition.key, envelope(3, 7, { title: 'neu', notes: [] })], ['nk:test-einstellungen', null]], IMPORT);
    expect(result).toEqual({ ok: true });
    expect(notes.$state.get().title).toBe('neu');
    expect(await readSnapshot(p)).toMatchObject({ cause: IMPORT, values: { [notesDefinition.key]: before } });
  });

  test('when the browser refuses any write, everything is put back byte-identical, snapshot included', async () => {
    const { origin, notes, p } = await seeded();
    p.takeSnapshot({ code: 'beforeRestore' });
    origin.data.set('nk:test-einstellungen', envelope(1, 1, { theme: 'hell', reminderDays: 3, name: '' }));
    const before = origin.dump();
    const big = 'x'.repeat(2000);
    const writes: [string, string][] = [
      [notesDefinition.key, envelope(3, 9, { title: 'neu', notes: [note('n1', big)] })],
      ['nk:test-einstellungen', envelope(1, 2, { theme: 'dunkel', reminderDays: 3, name: big.slice(0, 80) })],
    ];
    // Every quota from „not even the snapshot fits“ to „only the last write fails“.
    const failures = new Set<string>();
    for (let quota = origin.usage(); quota < origin.usage() + 5000; quota += 97) {
      origin.quota = quota;
      const result = await p.applyWrites(writes, IMPORT);
      origin.quota = null;
      if (result.ok) {
        await p.restoreSnapshot(); // undo, for the next round
        // The ring may have dropped the older snapshot for room (a success says so): set the ring back too.
        for (const key of [...origin.data.keys()]) if (key.startsWith('nk:schnappschuss')) origin.data.delete(key);
        for (const [key, value] of Object.entries(before)) if (key.startsWith('nk:schnappschuss')) origin.data.set(key, value);
        expect(origin.dump()).toEqual(before);
        continue;
      }
      failures.add(result.problem.code);
      expect(origin.dump()).toEqual(before);
      expect(notes.$state.get().notes).toEqual([note('alt')]);
    }
    expect(failures.size).toBe(2); // failing at the snapshot and failing later both happened
  });

  test('says noSnapshotRoom when not even the snapshot fits', async () => {
    const { origin, p } = await seeded();
    origin.quota = origin.usage();
    const result = await p.applyWrites([[notesDefinition.key, 'x']], IMPORT);
    expect(result).toEqual({ ok: false, problem: { code: 'noSnapshotRoom' } });
  });

  test('says full when the snapshot fits but a write does not', async () => {
    const { origin, p } = await seeded();
    origin.quota = origin.usage();
    const result = await p.applyWrites([[notesDefinition.key, `${origin.data.get(notesDefinition.key)}${'x'.repeat(100)}`]], null);
    expect(result).toEqual({ ok: false, problem: { code: 'full' } });
  });

  test('in memory mode the writes stay in the tab and count as done', async () => {
    const origin = new Origin();
    origin.failAccess = securityError();
    const tab = await openTab(origin);
    const result = await tab.persistence.applyWrites([[notesDefinition.key, envelope(3, 1, { title: 'x', notes: [] })]], IMPORT);
    expect(result).toEqual({ ok: true });
    expect(tab.persistence.readRaw(notesDefinition.key)).toContain('"x"');
  });
});

describe('restoreSnapshot', () => {
  test('brings back the data from before, removes keys that did not exist then, and can be undone by a second click', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    const p = tab.persistence;
    const notes = p.createPersistentStore(notesDefinition);
    notes.update(addNote('vorher'));
    const before = origin.dump();
    await p.applyWrites([[notesDefinition.key, envelope(3, 5, { title: 'importiert', notes: [] })], ['nk:test-einstellungen', envelope(1, 1, { theme: 'hell', reminderDays: 3, name: '' })]], IMPORT);
    const withoutSnapshots = (dump: Record<string, string>) => Object.fromEntries(Object.entries(dump).filter(([key]) => !key.startsWith('nk:schnappschuss')));
    const afterImport = withoutSnapshots(origin.dump());

    expect(await p.restoreSnapshot()).toEqual({ ok: true });
    expect((await readSnapshot(p))?.cause).toMatchObject({ code: 'beforeRestore' });
    const restored = withoutSnapshots(origin.dump());
    expect(restored).toEqual(before);
    expect(notes.$state.get().notes).toEqual([note('vorher')]);

    expect(await p.restoreSnapshot()).toEqual({ ok: true });
    const again = withoutSnapshots(origin.dump());
    expect(again).toEqual(afterImport);
  });

  test('without a snapshot it says so and changes nothing', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    expect(await tab.persistence.restoreSnapshot()).toEqual({ ok: false, problem: { code: 'noSnapshot' } });
    expect(origin.dump()).toEqual({});
  });

  test('a damaged snapshot is not used', async () => {
    const origin = new Origin();
    origin.data.set('nk:schnappschuss', '{"values":{"__proto__":"x"}}');
    const tab = await openTab(origin);
    expect(await readSnapshot(tab.persistence)).toBeNull();
  });
});

describe('clearAllData', () => {
  test('leaves no key of ours, keeps other sites’ keys, and resets the stores', async () => {
    const origin = new Origin();
    origin.data.set('fremd', 'bleibt');
    origin.data.set('nk:quarantaene:x', 'weg');
    const tab = await openTab(origin);
    const notes = tab.persistence.createPersistentStore(notesDefinition);
    notes.update(addNote('a'));
    tab.persistence.takeSnapshot(IMPORT);
    tab.persistence.clearAllData();
    expect(origin.dump()).toEqual({ fremd: 'bleibt' });
    expect(notes.$state.get().notes).toEqual([]);
  });

  test('also clears data of a newer version and makes the store editable again', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, envelope(9, 1, {}));
    const tab = await openTab(origin);
    const notes = tab.persistence.createPersistentStore(notesDefinition);
    tab.persistence.clearAllData();
    expect(origin.dump()).toEqual({});
    expect(notes.readOnly()).toBe(false);
  });
});

describe('the ring of snapshots (issue #10, case 4 and 5)', () => {
  const snapshotKeysOf = (origin: Origin) => [...origin.data.keys()].filter((key) => key.startsWith('nk:schnappschuss')).sort();

  test('keeps the last five, each under its own key; the sixth drops the oldest (old code kept one)', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    const p = tab.persistence;
    const notes = p.createPersistentStore(notesDefinition);
    for (let i = 0; i < 7; i++) {
      notes.update(addNote(`n${i}`));
      expect(await p.applyWrites([['nk:test-einstellungen', envelope(1, i + 1, { theme: 'hell', reminderDays: i, name: '' })]], IMPORT, new Date(Date.UTC(2026, 0, 1, 0, i)))).toEqual({ ok: true });
    }
    expect(snapshotKeysOf(origin)).toHaveLength(5);
    const kept = await readSnapshots(p);
    expect(kept.map((k) => k.snapshot.at)).toEqual([6, 5, 4, 3, 2].map((i) => new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()));
  });

  test('never adds a snapshot identical to the newest kept one (old code replaced the only one)', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    const p = tab.persistence;
    p.createPersistentStore(notesDefinition).update(addNote('a'));
    p.takeSnapshot(IMPORT);
    p.takeSnapshot({ code: 'beforeRestore' });
    expect(snapshotKeysOf(origin)).toHaveLength(1);
    expect((await readSnapshot(p))?.cause).toEqual(IMPORT);
  });

  test('storage too full for the next snapshot: the oldest snapshot makes room, and the result says so', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    const p = tab.persistence;
    const notes = p.createPersistentStore(notesDefinition);
    notes.update(addNote('a'.repeat(50)));
    p.takeSnapshot(IMPORT, new Date(Date.UTC(2026, 0, 1)));
    notes.update(addNote('b'));
    origin.quota = origin.usage() + 200; // room for the write, not for a second snapshot
    const result = await p.applyWrites([[notesDefinition.key, envelope(3, 9, { title: 'neu', notes: [] })]], IMPORT, new Date(Date.UTC(2026, 0, 2)));
    origin.quota = null;
    expect(result).toEqual({ ok: true, droppedSnapshots: 1 });
    expect((await readSnapshots(p)).map((k) => k.snapshot.at)).toEqual(['2026-01-02T00:00:00.000Z']);
    expect(notes.$state.get().title).toBe('neu');
  });

  test('restores any kept snapshot by key, and the restore itself can be undone', async () => {
    const origin = new Origin();
    const tab = await openTab(origin);
    const p = tab.persistence;
    const notes = p.createPersistentStore(notesDefinition);
    notes.update(addNote('eins'));
    p.takeSnapshot(IMPORT, new Date(Date.UTC(2026, 0, 1)));
    notes.update(addNote('zwei'));
    p.takeSnapshot(IMPORT, new Date(Date.UTC(2026, 0, 2)));
    notes.update(addNote('drei'));
    const oldest = (await readSnapshots(p)).at(-1)!.key;
    expect(await p.restoreSnapshot(new Date(Date.UTC(2026, 0, 3)), { key: oldest })).toEqual({ ok: true });
    expect(notes.$state.get().notes.map((n) => n.id)).toEqual(['eins']);
    expect((await readSnapshot(p))?.cause).toEqual({ code: 'beforeRestore', at: '2026-01-01T00:00:00.000Z' });
    expect(await p.restoreSnapshot(new Date(Date.UTC(2026, 0, 4)))).toEqual({ ok: true });
    expect(notes.$state.get().notes.map((n) => n.id)).toEqual(['eins', 'zwei', 'drei']);
  });

  test('refuses to restore over data of a newer version, changing nothing (case 5: old code wrote version-1 data over it)', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, envelope(3, 1, { title: '', notes: [note('alt')] }));
    const tab = await openTab(origin);
    const p = tab.persistence;
    p.takeSnapshot(IMPORT);
    origin.data.set(notesDefinition.key, envelope(99, 7, { aus: 'der Zukunft' }));
    const before = origin.dump();
    const known = [{ key: notesDefinition.key, version: notesDefinition.version }];
    expect(await p.restoreSnapshot(new Date(), { known })).toEqual({
      ok: false,
      problem: { code: 'restoreOverNewer', issue: { code: 'newerVersion', tool: 'test-notizen', version: 99, known: notesDefinition.version } },
    });
    expect(origin.dump()).toEqual(before);
    // The same when a tool's store on the page has seen it (read-only there).
    p.createPersistentStore(notesDefinition);
    expect(await p.restoreSnapshot()).toMatchObject({ ok: false, problem: { code: 'restoreOverNewer' } });
    expect(origin.dump()).toEqual(before);
  });
});

describe('with Web Locks: every change waits for the write lock and builds on what storage holds then', () => {
  const setTitle = (title: string) => (s: Notes): Notes => ({ ...s, title });
  const locked = (origin: Origin) => openTab(origin, async () => ({}), { locks: true }).then((tab) => ({ tab, store: tab.persistence.createPersistentStore(notesDefinition) }));

  // Noticed in stop 21: an import wrote a lower revision past the lock, and the next change in another tab waited FRESH_WAIT_MS (2 s).
  test('after an import in another tab wrote a lower revision, the next change does not wait for the old one', async () => {
    const origin = new Origin();
    const a = await locked(origin);
    for (const id of ['a', 'b', 'c']) {
      a.store.update(addNote(id));
      await vi.waitFor(() => expect(stored(origin).data.notes.at(-1).id).toBe(id));
    }
    const b = await locked(origin);
    expect(await b.tab.persistence.applyWrites([[notesDefinition.key, envelope(3, 1, { title: 'alt', notes: [] })]], IMPORT)).toEqual({ ok: true });
    settle(origin);
    expect(a.store.$state.get().title).toBe('alt');
    // The announcement has asked for the lock (the reader's next change comes much later than this).
    await vi.dynamicImportSettled();
    a.store.update(addNote('d'));
    // Well under FRESH_WAIT_MS: vi.waitFor gives up after one second.
    await vi.waitFor(() => expect(stored(origin)).toMatchObject({ rev: 2, data: { notes: [note('d')] } }));
  });

  test('shows a change at once and writes it a moment later, several changes in one write', async () => {
    const origin = new Origin();
    const { store } = await locked(origin);
    store.update(addNote('a'));
    store.update(addNote('b'));
    expect(store.$state.get().notes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(origin.data.has(notesDefinition.key)).toBe(false);
    await vi.waitFor(() => expect(stored(origin)).toMatchObject({ rev: 1, data: { notes: [note('a'), note('b')] } }));
  });

  test('a change still waiting when the page goes away (pagehide) is written at once', async () => {
    const origin = new Origin();
    const { tab, store } = await locked(origin);
    store.update(addNote('a'));
    tab.window.dispatchEvent(new Event('pagehide'));
    expect(stored(origin)).toMatchObject({ rev: 1, data: { notes: [note('a')] } });
  });

  test('another tab’s change that arrives while this tab’s waits is shown with it, and both are written', async () => {
    const origin = new Origin();
    const a = await locked(origin);
    const b = await locked(origin);
    a.store.update(addNote('a'));
    // B writes first (a title); A's storage event brings it in before A's own write.
    b.store.update(setTitle('Von B'));
    b.tab.window.dispatchEvent(new Event('pagehide'));
    settle(origin);
    expect(a.store.$state.get()).toEqual({ title: 'Von B', notes: [note('a')] });
    await vi.waitFor(() => expect(stored(origin)).toMatchObject({ data: { title: 'Von B', notes: [note('a')] } }));
    settle(origin);
    expect(b.store.$state.get()).toEqual({ title: 'Von B', notes: [note('a')] });
  });

  test('a reset forgets the changes still waiting, so they cannot bring the data back', async () => {
    const origin = new Origin();
    const { store } = await locked(origin);
    store.update(addNote('a'));
    await vi.waitFor(() => expect(origin.data.has(notesDefinition.key)).toBe(true));
    store.update(addNote('b'));
    expect(store.reset()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(origin.data.has(notesDefinition.key)).toBe(false);
    expect(store.$state.get()).toEqual({ title: '', notes: [] });
  });
});

describe('the backup reminder’s note of the first entry', () => {
  test('is not written while storage is full, so the page claims no failed save the reader never made', async () => {
    const origin = new Origin();
    origin.data.set(notesDefinition.key, envelope(3, 1, { title: 'T', notes: [] }));
    origin.failWrites = quotaError('standard');
    const tab = await openTab(origin, () => import('../../../src/stores/meta'));
    tab.modules.recordFirstEntry();
    expect(tab.persistence.$storageHealth.get()).toEqual({ mode: 'local', writeError: 'fullBefore' });
    expect(tab.modules.metaStore.$state.get().firstEntry).toBeNull();
    // Once there is room and a change of the reader's is saved, the note follows.
    origin.failWrites = null;
    tab.persistence.createPersistentStore(notesDefinition).update((s) => ({ ...s, title: 'Neu' }));
    expect(tab.persistence.$storageHealth.get().writeError).toBeNull();
    tab.modules.recordFirstEntry();
    expect(tab.modules.metaStore.$state.get().firstEntry).not.toBeNull();
  });
});
