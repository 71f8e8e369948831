/**
 * Makes a read–modify–write of one stored value atomic across the tabs of this origin.
 *
 * localStorage alone cannot: each tab's renderer keeps its own copy of the origin's storage and
 * learns about another tab's write a moment later, so two tabs that read, change and write at the
 * same moment each overwrite the other's change (issue #10, case 1). Two things from the Web Locks
 * API (`navigator.locks`, run by the browser for all tabs at once) close that gap:
 * - an exclusive lock per key (`nk-write:<key>`): one tab at a time changes the value;
 * - a beacon per write (`nk-rev:<key>:<seq>:<rev>`, a lock held by the writer until its next write):
 *   the lock manager's list of held locks is the same for every tab at once, so the next writer
 *   learns which revision the last write produced and waits until its own copy of storage shows it.
 * A tab that closes gives its beacons up. A value removed (`announce` with revision 0) starts its
 * revisions again; after a write that did not come through here and left a lower revision (an
 * import on „Meine Daten“), the wait ends after FRESH_WAIT_MS with what storage shows.
 * Where the browser has no Web Locks (very old browsers), persistence does not load this module
 * and writes at once, re-reading storage first, as a single tab safely can.
 *
 * Two tabs that change the same field at the same moment: the last write wins (it is applied on
 * top of the other), and the tab whose change it replaced is told, over a BroadcastChannel – the
 * writer knows, because it sees what its waiting changes were made on (`overwroteSameField`).
 */
import { overwroteSameField } from '../lib/storage/same-field';
import { storedId } from '../lib/storage/stored-value';

const WRITE_PREFIX = 'nk-write:';
const BEACON_PREFIX = 'nk-rev:';
/**
 * How long a writer waits at most for its copy of storage to show the last write. Long, because a
 * busy tab can take a while to hear of another's write, and the wait only lasts that long where
 * the revision went down past the lock (an import on „Meine Daten“ that wrote an older one).
 */
export const FRESH_WAIT_MS = 2000;
const POLL_MS = 2;

// Loaded by persistence only where the browser has Web Locks.
const locks: LockManager | null = typeof navigator !== 'undefined' && typeof navigator.locks?.request === 'function' ? navigator.locks : null;

interface Beacon {
  seq: number;
  rev: number;
}

/** The beacon a lock name carries for `key`, or null when it is no beacon of that key. */
export function readBeacon(key: string, name: string | undefined): Beacon | null {
  const prefix = `${BEACON_PREFIX}${key}:`;
  if (!name?.startsWith(prefix)) return null;
  const match = /^(\d+):(\d+)$/.exec(name.slice(prefix.length));
  return match ? { seq: Number(match[1]), rev: Number(match[2]) } : null;
}

/** The name of the beacon for the `seq`-th write of `key`, which left revision `rev` (0: removed). */
export function beaconName(key: string, seq: number, rev: number): string {
  return `${BEACON_PREFIX}${key}:${seq}:${rev}`;
}

/**
 * A write through here: the revision it left; what this tab's changes were made on, what storage
 * held when they were written, and what was written (`overwroteSameField`).
 */
export type Written = [rev: number, before: unknown, theirs: unknown, mine: unknown];

/** Where a tab says that its write replaced another tab's change of the same field. */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('nk-ueberschrieben') : null;
/** The revision this tab's last write left, by key: a message about that revision concerns this tab. */
const written = new Map<string, number>();
/** The storage notice this tab shows when another tab's write replaced a field it had just changed. */
export interface Overwritten {
  key: string;
  reason: 'overwritten';
  issue: { code: 'overwritten'; tool: string };
}
let tell: ((problem: Overwritten) => void) | null = null;
channel?.addEventListener('message', ({ data: { key, rev } }: MessageEvent<{ key: string; rev: number }>) => {
  if (written.get(key) === rev) tell?.({ key, reason: 'overwritten', issue: { code: 'overwritten', tool: storedId(key) } });
});

async function latestBeacon(manager: LockManager, key: string): Promise<Beacon | null> {
  const { held = [] } = await manager.query();
  let latest: Beacon | null = null;
  for (const lock of held) {
    const beacon = readBeacon(key, lock.name);
    if (beacon && (!latest || beacon.seq > latest.seq)) latest = beacon;
  }
  return latest;
}

/** Releases this tab's current beacon per key. */
const heldBeacons = new Map<string, () => void>();

/** Holds the new beacon (shared: it only has to be listed) and then lets the previous one go. */
function publish(manager: LockManager, key: string, seq: number, rev: number): Promise<void> {
  return new Promise<void>((granted) => {
    void manager.request(beaconName(key, seq, rev), { mode: 'shared' }, () => {
      heldBeacons.get(key)?.();
      const held = new Promise<void>((release) => heldBeacons.set(key, release));
      granted();
      return held;
    });
  });
}

async function until(done: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}

/** The revision of a stored envelope, read from its head (encodeEnvelope writes `v` and `rev` first); 0 for none. */
export function revisionOf(text: string | null): number {
  const rev = text === null ? null : /^\{"v":\d+,"rev":(\d+),/.exec(text.slice(0, 48))?.[1];
  return rev ? Number(rev) : 0;
}

/**
 * Runs `write` while no other tab writes `key`, once this tab's storage shows the last write made
 * through here. `stored` reads the text storage holds now; `write` applies the change to it and
 * says what it wrote (`Written`), or null when it wrote nothing. `overwritten` gets the notice to
 * show when a later write of another tab replaced a field this tab's write had changed.
 */
export function whileWriting(key: string, stored: () => string | null, write: () => Written | null, overwritten: (problem: Overwritten) => void): Promise<void> {
  tell = overwritten;
  const storedRev = () => revisionOf(stored());
  const manager = locks;
  if (!manager) return Promise.resolve(void write());
  return manager.request(WRITE_PREFIX + key, async () => {
    const last = await latestBeacon(manager, key);
    // Revisions only grow under the lock, so a copy at the beacon's revision or later is fresh.
    if (last) await until(() => storedRev() >= last.rev, FRESH_WAIT_MS);
    const done = write();
    if (!done) return;
    const [rev, before, theirs, mine] = done;
    written.set(key, rev);
    // Another tab wrote (revision rev - 1) after this tab's changes were made, and they replaced a field it changed.
    if (before !== theirs && overwroteSameField(before, theirs, mine)) channel?.postMessage({ key, rev: rev - 1 });
    await publish(manager, key, (last?.seq ?? 0) + 1, rev);
  });
}

/** Tells the next writer of `key` that it was just written past `whileWriting` (removed: revision 0). */
export function announce(key: string, rev: number): Promise<void> {
  const manager = locks;
  if (!manager) return Promise.resolve();
  return manager.request(WRITE_PREFIX + key, async () => {
    const last = await latestBeacon(manager, key);
    await publish(manager, key, (last?.seq ?? 0) + 1, rev);
  });
}
