/**
 * A tiny stand-in for the parts of a browser that `src/stores/persistence.ts` touches:
 * `window` as an event target and `localStorage` shared between tabs of one origin.
 * Each tab gets its own copy of the persistence module (`vi.resetModules()` + dynamic import),
 * exactly like two real tabs each run their own scripts against one storage.
 */
import { vi } from 'vitest';

/** What real browsers throw when storage is full, in their different dialects. */
export function quotaError(dialect: 'standard' | 'firefox' | 'code22'): Error {
  const error = new Error('The quota has been exceeded.');
  if (dialect === 'standard') Object.defineProperty(error, 'name', { value: 'QuotaExceededError' });
  if (dialect === 'firefox') Object.defineProperty(error, 'name', { value: 'NS_ERROR_DOM_QUOTA_REACHED' });
  if (dialect === 'code22') Object.defineProperty(error, 'code', { value: 22 });
  return error;
}

export function securityError(): Error {
  const error = new Error('The operation is insecure.');
  Object.defineProperty(error, 'name', { value: 'SecurityError' });
  return error;
}

/**
 * The Web Locks of one origin, as much of `navigator.locks` as persistence uses: exclusive locks
 * granted in the order asked, shared ones at once, and `query()` listing what is held.
 */
export class FakeLocks {
  private held: { name: string; mode: LockMode }[] = [];
  private queues = new Map<string, Promise<void>>();

  async request<T>(name: string, options: LockOptions | ((lock: Lock | null) => T), callback?: (lock: Lock | null) => T): Promise<Awaited<T>> {
    const run = (typeof options === 'function' ? options : callback)!;
    const mode = typeof options === 'function' ? 'exclusive' : (options.mode ?? 'exclusive');
    let release = () => {};
    const before = mode === 'exclusive' ? (this.queues.get(name) ?? Promise.resolve()) : Promise.resolve();
    if (mode === 'exclusive') this.queues.set(name, before.then(() => new Promise<void>((resolve) => (release = resolve))));
    await before;
    const lock = { name, mode };
    this.held.push(lock);
    try {
      return await run(lock);
    } finally {
      this.held.splice(this.held.indexOf(lock), 1);
      release();
    }
  }

  async query(): Promise<LockManagerSnapshot> {
    return { held: this.held.map((l) => ({ ...l, clientId: 'tab' })), pending: [] };
  }
}

/** The storage of one origin, shared by all its tabs. */
export class Origin {
  readonly data = new Map<string, string>();
  readonly tabs: FakeTab[] = [];
  /** Its Web Locks, for tabs opened with `locks: true`. */
  readonly locks = new FakeLocks();
  /** When set, every setItem throws it (the browser's storage is full or locked). */
  failWrites: Error | null = null;
  /** When set, reading `window.localStorage` throws it (storage blocked for this site). */
  failAccess: Error | null = null;
  /** When set, the most UTF-16 units keys and values may take together, like a browser's quota. */
  quota: number | null = null;

  /** UTF-16 units all keys and values take, as browsers count towards the quota. */
  usage(): number {
    let total = 0;
    for (const [key, value] of this.data) total += key.length + value.length;
    return total;
  }

  /** Everything stored, as a plain object, for byte-exact comparisons. */
  dump(): Record<string, string> {
    return Object.fromEntries([...this.data].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /** Writes directly, as another program on the same origin would, and tells every tab. */
  setFromOutside(key: string, value: string | null): void {
    const oldValue = this.data.get(key) ?? null;
    if (value === null) this.data.delete(key);
    else this.data.set(key, value);
    this.broadcast(null, key, oldValue, value);
  }

  /** `localStorage.clear()` in some other tab: one event with a null key. */
  clearFromOutside(): void {
    this.data.clear();
    this.broadcast(null, null, null, null);
  }

  broadcast(from: FakeTab | null, key: string | null, oldValue: string | null, newValue: string | null): void {
    for (const tab of this.tabs) {
      if (tab === from || tab.frozen) continue;
      const event = new Event('storage') as Event & Record<string, unknown>;
      Object.assign(event, { key, oldValue, newValue, storageArea: tab.storage, url: 'http://localhost/' });
      tab.pending.push(event);
    }
  }
}

/** localStorage as one tab sees it. Writes reach the other tabs as storage events. */
export class FakeStorage {
  constructor(private readonly origin: Origin, private readonly tab: FakeTab) {}
  get length(): number {
    return this.origin.data.size;
  }
  key(index: number): string | null {
    return [...this.origin.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.origin.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.origin.failWrites) throw this.origin.failWrites;
    if (this.origin.quota !== null) {
      const growth = key.length + String(value).length - (this.origin.data.has(key) ? key.length + this.origin.data.get(key)!.length : 0);
      if (this.origin.usage() + growth > this.origin.quota) throw quotaError('standard');
    }
    const oldValue = this.getItem(key);
    this.origin.data.set(key, String(value));
    if (oldValue !== value) this.origin.broadcast(this.tab, key, oldValue, String(value));
  }
  removeItem(key: string): void {
    const oldValue = this.getItem(key);
    if (oldValue === null) return;
    this.origin.data.delete(key);
    this.origin.broadcast(this.tab, key, oldValue, null);
  }
  clear(): void {
    this.origin.data.clear();
    this.origin.broadcast(this.tab, null, null, null);
  }
}

export type Persistence = typeof import('../../../src/stores/persistence') & typeof import('../../../src/stores/persistence-batch');

export class FakeTab {
  readonly window = new EventTarget() as EventTarget & { localStorage: FakeStorage };
  readonly storage: FakeStorage;
  /** Storage events wait here until `deliver()`, like tasks queued by a real browser. */
  readonly pending: Event[] = [];
  /** A frozen tab (background, bfcache) misses storage events. */
  frozen = false;
  persistence!: Persistence;

  constructor(readonly origin: Origin) {
    this.storage = new FakeStorage(origin, this);
    const { window, storage } = this;
    Object.defineProperty(window, 'localStorage', {
      get() {
        if (origin.failAccess) throw origin.failAccess;
        return storage;
      },
    });
    origin.tabs.push(this);
  }

  /** Dispatches the storage events that reached this tab so far. */
  deliver(): void {
    for (const event of this.pending.splice(0)) this.window.dispatchEvent(event);
  }

  /** Brings a frozen tab back, as a `pageshow` from the back/forward cache would. */
  thaw(): void {
    this.frozen = false;
    const event = new Event('pageshow') as Event & { persisted?: boolean };
    event.persisted = true;
    this.window.dispatchEvent(event);
  }
}

/**
 * Opens a tab: installs its `window`, then loads a fresh copy of `src/stores/persistence.ts`
 * (and everything it imports), which picks that window up at import time.
 * `extra` loads further modules in the same tab (e.g. a store module), sharing that copy.
 */
export async function openTab<M extends Record<string, unknown> = Record<string, never>>(
  origin: Origin,
  extra?: () => Promise<M>,
  { locks = false }: { locks?: boolean } = {},
  /** The tab's `window.name` from an earlier page of it (see `nextPage`). */
  name?: string,
): Promise<FakeTab & { modules: M }> {
  const tab = new FakeTab(origin) as FakeTab & { modules: M };
  if (name !== undefined) Object.assign(tab.window, { name });
  vi.stubGlobal('window', tab.window);
  // Without Web Locks, persistence writes at once (its fallback); with them (the origin's, shared
  // by its tabs like a browser's), changes wait for the write lock.
  vi.stubGlobal('navigator', locks ? { locks: origin.locks } : {});
  vi.resetModules();
  tab.persistence = { ...(await import('../../../src/stores/persistence')), ...(await import('../../../src/stores/persistence-batch')) };
  tab.modules = extra ? await extra() : ({} as M);
  return tab;
}

/**
 * The next page in the same tab: a fresh window (the old page's listeners are gone) that keeps the
 * tab's `window.name`, with a fresh copy of the persistence module.
 */
export async function nextPage(tab: FakeTab): Promise<FakeTab> {
  const { origin } = tab;
  origin.tabs.splice(origin.tabs.indexOf(tab), 1);
  const next = await openTab(origin, undefined, {}, (tab.window as unknown as { name?: string }).name);
  return next;
}

/** Delivers pending storage events to every tab until none are left. */
export function settle(origin: Origin): void {
  for (let round = 0; round < 10 && origin.tabs.some((t) => t.pending.length > 0); round++) {
    for (const tab of origin.tabs) tab.deliver();
  }
}
