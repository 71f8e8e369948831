/**
 * The shared persistence layer as the questionnaire and the network check rely on it, run
 * against a fake `window` so that every scenario starts from a fresh module and storage.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { answersDefinition } from '../../../src/lib/questionnaire/answers-schema';
import { candidatesDefinition } from '../../../src/lib/fit/candidates-schema';
import { STATES, envelope } from '../../fixtures/answers-states';

class FakeStorage {
  items = new Map<string, string>();
  failSet: (() => Error) | null = null;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failSet) throw this.failSet();
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const quota = () => Object.assign(new Error('full'), { name: 'QuotaExceededError', code: 22 });

/** Loads the persistence module afresh in a fake browser whose storage is `storage` (or throws); `tab` stands for the browser tab, which keeps `window.name` across pages. */
async function boot(storage: FakeStorage | 'throws', tab = { name: '' }) {
  vi.resetModules();
  const win = {
    get name() {
      return tab.name;
    },
    set name(value: string) {
      tab.name = value;
    },
    addEventListener() {},
    removeEventListener() {},
    get localStorage(): Storage {
      if (storage === 'throws') throw new DOMException('denied', 'SecurityError');
      return storage as unknown as Storage;
    },
  };
  vi.stubGlobal('window', win);
  // A browser without Web Locks: every change is written at once (the fallback; the locked path is
  // in persistence-fake-browser.test.ts).
  vi.stubGlobal('navigator', {});
  return import('../../../src/stores/persistence');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createPersistentStore', () => {
  test('saves every change and reads it back after a reload', async () => {
    const storage = new FakeStorage();
    const first = await boot(storage);
    const store = first.createPersistentStore(answersDefinition);
    store.update((s) => ({ ...s, step: 4 }));
    expect(JSON.parse(storage.getItem('nk:selbsttest')!)).toMatchObject({ v: answersDefinition.version, rev: 1, data: { step: 4 } });

    const second = await boot(storage);
    expect(second.createPersistentStore(answersDefinition).$state.get().step).toBe(4);
  });

  test('starts clean from corrupt data, reports it and keeps the raw value under the quarantine key', async () => {
    const storage = new FakeStorage();
    storage.setItem('nk:selbsttest', '{"v":1,"rev":3,"data":{oops');
    const p = await boot(storage);
    const store = p.createPersistentStore(answersDefinition);
    expect(store.$state.get()).toEqual(answersDefinition.initial());
    expect(p.$storageProblems.get()).toEqual([
      expect.objectContaining({ key: 'nk:selbsttest', reason: 'corrupt', quarantineKey: 'nk:quarantaene:selbsttest', issue: { code: 'damaged', tool: 'selbsttest' } }),
    ]);
    expect(storage.getItem('nk:quarantaene:selbsttest')).toBe('{"v":1,"rev":3,"data":{oops');

    store.update((s) => ({ ...s, step: 2 }));
    expect(storage.getItem('nk:quarantaene:selbsttest')).toBe('{"v":1,"rev":3,"data":{oops');
    expect(JSON.parse(storage.getItem('nk:selbsttest')!).data.step).toBe(2);
  });

  test('quarantines data that does not fit the schema, and a second bad value beside the first', async () => {
    const storage = new FakeStorage();
    storage.setItem('nk:quarantaene:netzwerk-check', 'ältere kaputte Daten');
    storage.setItem('nk:netzwerk-check', envelope({ candidates: 'keine', weights: {} }));
    const p = await boot(storage);
    p.createPersistentStore(candidatesDefinition);
    const problems = p.$storageProblems.get();
    expect(problems.map((x) => x.reason).sort()).toEqual(['corrupt', 'invalid']);
    const invalid = problems.find((x) => x.reason === 'invalid')!;
    expect(invalid.quarantineKey).toMatch(/^nk:quarantaene:netzwerk-check:\d+$/);
    expect(storage.getItem(invalid.quarantineKey!)).toBe(envelope({ candidates: 'keine', weights: {} }));
    expect(storage.getItem('nk:quarantaene:netzwerk-check')).toBe('ältere kaputte Daten');
  });

  test('leaves data from a newer version untouched and refuses to overwrite it', async () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ v: answersDefinition.version + 1, rev: 9, at: 'x', data: { something: 'new' } });
    storage.setItem('nk:selbsttest', newer);
    const p = await boot(storage);
    const store = p.createPersistentStore(answersDefinition);
    expect(store.readOnly()).toBe(true);
    expect(store.update((s) => ({ ...s, step: 3 }))).toBe(false);
    expect(storage.getItem('nk:selbsttest')).toBe(newer);
    expect(p.$storageProblems.get()[0]).toMatchObject({ reason: 'newer' });
    expect(p.$storageProblems.get()[0]!.quarantineKey).toBeUndefined();
  });

  test('works in memory when reading localStorage throws', async () => {
    const p = await boot('throws');
    expect(p.$storageHealth.get().mode).toBe('memory');
    const store = p.createPersistentStore(answersDefinition);
    expect(store.update((s) => ({ ...s, step: 6 }))).toBe(true);
    expect(store.$state.get().step).toBe(6);
  });

  test('keeps data in memory mode across the pages of one tab, and not beyond it', async () => {
    const tab = { name: '' };
    const first = await boot('throws', tab);
    first.createPersistentStore(answersDefinition).update((s) => ({ ...s, step: 7 }));
    expect(tab.name).toMatch(/^netzwerk-kompass:\[\["nk:selbsttest",/);

    const nextPage = await boot('throws', tab);
    expect(nextPage.createPersistentStore(answersDefinition).$state.get().step).toBe(7);

    const otherTab = await boot('throws', { name: '' });
    expect(otherTab.createPersistentStore(answersDefinition).$state.get().step).toBe(1);
  });

  test('ignores a window.name that is not ours or not readable', async () => {
    for (const name of ['some-other-site', 'netzwerk-kompass:{kaputt', 'netzwerk-kompass:[1,2]', 'netzwerk-kompass:{"fremd":"x","nk:selbsttest":5}']) {
      const tab = { name };
      const p = await boot('throws', tab);
      expect(p.createPersistentStore(answersDefinition).$state.get()).toEqual(answersDefinition.initial());
    }
  });

  test('leaves window.name alone while storage works', async () => {
    const tab = { name: 'fremder-name' };
    const p = await boot(new FakeStorage(), tab);
    p.createPersistentStore(answersDefinition).update((s) => ({ ...s, step: 3 }));
    expect(tab.name).toBe('fremder-name');
  });

  test('works in memory when every write throws', async () => {
    const storage = new FakeStorage();
    storage.failSet = () => new DOMException('denied', 'SecurityError');
    const p = await boot(storage);
    expect(p.$storageHealth.get().mode).toBe('memory');
    const store = p.createPersistentStore(answersDefinition);
    store.update((s) => ({ ...s, step: 5 }));
    expect(store.$state.get().step).toBe(5);
    expect(storage.getItem('nk:selbsttest')).toBeNull();
  });

  test('reports a full storage after the fact and keeps the change in the tab', async () => {
    const storage = new FakeStorage();
    const p = await boot(storage);
    const store = p.createPersistentStore(answersDefinition);
    storage.failSet = quota;
    store.update((s) => ({ ...s, step: 7 }));
    expect(store.$state.get().step).toBe(7);
    expect(p.$storageHealth.get()).toMatchObject({ mode: 'local', writeError: 'full' });

    storage.failSet = null;
    store.update((s) => ({ ...s, step: 8 }));
    expect(p.$storageHealth.get().writeError).toBeNull();
    expect(JSON.parse(storage.getItem('nk:selbsttest')!).data.step).toBe(8);
  });

  test('forgets a tool’s data on reset', async () => {
    const storage = new FakeStorage();
    storage.setItem('nk:selbsttest', envelope(STATES.partial, 4));
    const p = await boot(storage);
    const store = p.createPersistentStore(answersDefinition);
    expect(store.$state.get().step).toBe(5);
    store.reset();
    expect(store.$state.get()).toEqual(answersDefinition.initial());
    expect(storage.getItem('nk:selbsttest')).toBeNull();
  });
});

describe('the questionnaire store', () => {
  test('counts two quick ticks in a row, each against the newest answers', async () => {
    await boot(new FakeStorage());
    const { toggleAnswer } = await import('../../../src/stores/answers');
    const { $selbsttest } = await import('../../../src/stores/answers-store');
    const order = ['austausch', 'auftraege', 'karriere', 'trends', 'kooperation', 'unklar'] as const;
    toggleAnswer('zwecke', 'austausch', true, order);
    toggleAnswer('zwecke', 'auftraege', true, order);
    expect($selbsttest.get().answers.zwecke).toEqual(['austausch', 'auftraege']);
    toggleAnswer('zwecke', 'unklar', true, order);
    expect($selbsttest.get().answers.zwecke).toEqual(['unklar']);
  });
});
