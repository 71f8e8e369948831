/**
 * The cross-tab write lock (src/stores/write-lock.ts) with Node's own Web Locks, which, like a
 * browser's, serve every "tab" of the test process: writes to one key never overlap, and a writer
 * waits until its copy of storage shows the revision the last writer left.
 */
import { describe, expect, test } from 'vitest';
import { FRESH_WAIT_MS, announce, beaconName, readBeacon, revisionOf, whileWriting } from '../../../src/stores/write-lock';

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
      whileWriting(key, () => copies[tab]!, () => {
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
    await whileWriting(key, () => storage, () => 2);
    // Another tab's copy still shows revision 1; it catches up a few milliseconds later.
    let stale = envelope(1);
    setTimeout(() => (stale = envelope(2)), 20);
    let seen = -1;
    const started = Date.now();
    await whileWriting(key, () => stale, () => ((seen = revisionOf(stale)), 3));
    expect(seen).toBe(2);
    expect(Date.now() - started).toBeLessThan(FRESH_WAIT_MS);
    storage = stale;
  });

  test('gives up waiting after FRESH_WAIT_MS when the last revision never shows (an import wrote a lower one past the lock)', async () => {
    const key = `nk:test-${Math.random()}`;
    await whileWriting(key, () => envelope(1), () => 5);
    const started = Date.now();
    let wrote = false;
    await whileWriting(key, () => envelope(2), () => ((wrote = true), 3));
    expect(wrote).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(FRESH_WAIT_MS - 5);
  });

  test('a later revision than the beacon’s is fresh, and after a removal is announced nobody waits for the old one', async () => {
    const key = `nk:test-${Math.random()}`;
    await whileWriting(key, () => envelope(1), () => 5);
    let started = Date.now();
    await whileWriting(key, () => envelope(9), () => 10);
    expect(Date.now() - started).toBeLessThan(FRESH_WAIT_MS / 2);
    await announce(key, 0);
    started = Date.now();
    await whileWriting(key, () => null, () => 1);
    expect(Date.now() - started).toBeLessThan(FRESH_WAIT_MS / 2);
  });

  test('a write that wrote nothing leaves no beacon, so the next one does not wait', async () => {
    const key = `nk:test-${Math.random()}`;
    await whileWriting(key, () => null, () => null);
    const held = (await navigator.locks.query()).held ?? [];
    expect(held.filter((l) => readBeacon(key, l.name))).toEqual([]);
  });
});
