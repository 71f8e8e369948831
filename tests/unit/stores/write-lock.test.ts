/**
 * The cross-tab write lock (src/stores/write-lock.ts) with Node's own Web Locks, which, like a
 * browser's, serve every "tab" of the test process: writes to one key never overlap, and a writer
 * waits until its copy of storage shows the revision the last writer left.
 */
import { describe, expect, test, vi } from 'vitest';
import { FRESH_WAIT_MS, announce, beaconName, readBeacon, revisionOf, whileWriting, type Written } from '../../../src/stores/write-lock';

/** `whileWriting` for a write that only reports its revision (nothing to compare for overwritten fields). */
const writing = (key: string, stored: () => string | null, write: () => number | null) =>
  whileWriting(key, stored, () => {
    const rev = write();
    return rev === null ? null : ([rev, null, null, null] satisfies Written);
  }, () => {});

const envelope = (rev: number) => JSON.stringify({ v: 1, rev, at: '2026-01-01T00:00:00.000Z', data: {} });

describe('beacons and revisions', () => {
  test('a beacon names its key, sequence and revision, and only its own key reads it', () => {
    const name = beaconName('nk:planer', 7, 12);
    expect(readBeacon('nk:planer', name)).toEqual({ seq: 7, rev: 12 });
    expect(readBeacon('nk:plan', name)).toBeNull();
    expect(readBeacon('nk:planer', 'nk-write:nk:planer')).toBeNull();
    expect(readBeacon('nk:planer', undefined)).toBeNull();
  });

  test('reads the revision from an envelope’s head, 0 for nothing stored or a foreign text', () => {
    expect(revisionOf(envelope(42))).toBe(42);
    expect(revisionOf(null)).toBe(0);
    expect(revisionOf('{"rev":3}')).toBe(0);
  });
});

describe('whileWriting', () => {
  test('two tabs whose copies of storage learn of the other’s writes late both keep every increment', async () => {
    const key = `nk:test-${Math.random()}`;
    // Each tab reads its own copy; a write reaches the other copy 0–8 ms later, as in a browser.
    const copies = [envelope(0), envelope(0)];
    const increment = (tab: number) =>
      writing(key, () => copies[tab]!, () => {
        const rev = revisionOf(copies[tab]!) + 1;
        const text = envelope(rev);
        copies[tab] = text;
        setTimeout(() => (copies[1 - tab] = text), Math.floor(Math.random() * 9));
        return rev;
      });
    await Promise.all(Array.from({ length: 40 }, (_, i) => increment(i % 2)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(copies.map(revisionOf)).toEqual([40, 40]);
  });

  test('waits until this tab’s storage shows the revision the last writer left, then writes on it', async () => {
    const key = `nk:test-${Math.random()}`;
    let storage = envelope(1);
    await writing(key, () => storage, () => 2);
    // Another tab's copy still shows revision 1; it catches up a few milliseconds later.
    let stale = envelope(1);
    setTimeout(() => (stale = envelope(2)), 20);
    let seen = -1;
    const started = Date.now();
    await writing(key, () => stale, () => ((seen = revisionOf(stale)), 3));
    expect(seen).toBe(2);
    expect(Date.now() - started).toBeLessThan(FRESH_WAIT_MS);
    storage = stale;
  });

  test('gives up waiting after FRESH_WAIT_MS when the last revision never shows (an import wrote a lower one past the lock)', async () => {
    const key = `nk:test-${Math.random()}`;
    await writing(key, () => envelope(1), () => 5);
    const started = Date.now();
    let wrote = false;
    await writing(key, () => envelope(2), () => ((wrote = true), 3));
    expect(wrote).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(FRESH_WAIT_MS - 5);
  });

  test('a later revision than the beacon’s is fresh, and after a removal is announced nobody waits for the old one', async () => {
    const key = `nk:test-${Math.random()}`;
    await writing(key, () => envelope(1), () => 5);
    let started = Date.now();
    await writing(key, () => envelope(9), () => 10);
    expect(Date.now() - started).toBeLessThan(FRESH_WAIT_MS / 2);
    await announce(key, 0);
    started = Date.now();
    await writing(key, () => null, () => 1);
    expect(Date.now() - started).toBeLessThan(FRESH_WAIT_MS / 2);
  });

  test('a write that wrote nothing leaves no beacon, so the next one does not wait', async () => {
    const key = `nk:test-${Math.random()}`;
    await writing(key, () => null, () => null);
    const held = (await navigator.locks.query()).held ?? [];
    expect(held.filter((l) => readBeacon(key, l.name))).toEqual([]);
  });

  // Issue #10: concurrent edits of the same field – the last writer wins, and the other tab is told.
  test('a write that replaced a field another tab had just changed tells that tab, and only that tab', async () => {
    const key = `nk:test-${Math.random()}`;
    // Two tabs: two copies of the module, each with its own BroadcastChannel.
    const tabA = await import('../../../src/stores/write-lock');
    vi.resetModules();
    const tabB = await import('../../../src/stores/write-lock');
    vi.resetModules();
    const tabC = await import('../../../src/stores/write-lock');
    const told: string[] = [];
    const before = { goals: [{ id: 'g1', text: 'Mehr' }] };
    const theirs = { goals: [{ id: 'g1', text: 'Mehr A' }] };
    // A wrote revision 1 (its goal text); C wrote revision 7 of another key, long ago.
    await tabA.whileWriting(key, () => null, () => [1, before, before, theirs], (problem) => told.push(`A:${problem.issue.tool}`));
    await tabC.whileWriting(`${key}-c`, () => null, () => [7, null, null, null], () => told.push('C'));
    // B's change was made on `before`, then written on top of A's: it replaces A's text.
    await tabB.whileWriting(key, () => envelope(1), () => [2, before, theirs, { goals: [{ id: 'g1', text: 'Mehr B' }] }], () => told.push('B'));
    await vi.waitFor(() => expect(told).toEqual([`A:${key.slice(3)}`]));
    // A change of another field tells nobody.
    await tabB.whileWriting(key, () => envelope(2), () => [3, theirs, { goals: [{ id: 'g1', text: 'Mehr B' }], title: 'x' }, { goals: [{ id: 'g1', text: 'Mehr B', measure: 'm' }], title: 'x' }], () => told.push('B'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(told).toEqual([`A:${key.slice(3)}`]);
  });
});
