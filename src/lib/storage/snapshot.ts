/**
 * The stored form of a snapshot and the rules of the ring of snapshots. Reading one back is in
 * snapshot-decode.ts: only „Meine Daten“ does that, so it stays out of the runtime every tool page loads.
 *
 * Ring: every snapshot has a key of its own, `nk:schnappschuss:<number>`, the number growing with
 * each snapshot (the time it was taken in milliseconds, raised when that is taken already). The
 * last `SNAPSHOT_RING` are kept; a snapshot whose data texts equal those of the newest kept is not
 * added. Stored format version 2 (`{"v":2,"at":…,"cause":…,"values":…}`); version 1 is the single
 * snapshot under `nk:schnappschuss` without `v`, which „Meine Daten“ moves into the ring. Version 3
 * keeps the values compressed (`snapshot-compressed.ts`: „Meine Daten“ and the contact import write
 * it); a migration on a tool page still writes version 2 here, synchronously and without that code.
 */

/**
 * Why a snapshot was taken, as a code with its parameters; „Meine Daten“ words it
 * (`snapshotCause` in `src/i18n/de/daten.ts`).
 */
export type SnapshotCause =
  /** Before a value of tool `tool` was migrated from schema `version`. */
  | { code: 'beforeUpdate'; tool: string; version: number }
  /** Before a backup exported at `exportedAt` (ISO time) was imported, from the file `fileName` when known. */
  | { code: 'beforeImport'; exportedAt: string; fileName?: string }
  /** Before contacts from the file `fileName` (a LinkedIn CSV, a vCard …) were imported into the planner. */
  | { code: 'beforeContactImport'; fileName: string }
  /** Before a snapshot taken at `at` (ISO time, when known) was restored. */
  | { code: 'beforeRestore'; at?: string }
  /** Before „Alle meine Daten löschen“ removed the reader's data (so the delete can be undone). */
  | { code: 'beforeDelete' }
  /** A snapshot whose cause cannot be read (one stored before causes were codes). */
  | { code: 'unknown' };

/** All data of ours as it was before an import, a migration, a restore or a delete: one click brings it back. */
export interface Snapshot {
  /** ISO time the snapshot was taken. */
  at: string;
  cause: SnapshotCause;
  /** The raw stored text of every key of ours, by key. */
  values: Record<string, string>;
}

/** The version of the stored format `encodeSnapshot` writes (uncompressed). */
export const SNAPSHOT_FORMAT = 2;
/** The version of the compressed format (`snapshot-compressed.ts`), the newest this site reads. */
export const COMPRESSED_SNAPSHOT_FORMAT = 3;
/** How many snapshots are kept at most; storage that is full keeps fewer (the oldest go first). */
export const SNAPSHOT_RING = 5;
/** Where today's single snapshot of format 1 lived. */
export const LEGACY_SNAPSHOT_KEY = 'nk:schnappschuss';
export const SNAPSHOT_PREFIX = 'nk:schnappschuss:';

/** The text stored for a snapshot. */
export function encodeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify({ v: SNAPSHOT_FORMAT, at: snapshot.at, cause: snapshot.cause, values: snapshot.values });
}

/**
 * The place of a snapshot key in the ring: its number, -1 for the old single snapshot (older than
 * any in the ring), null for a key that is no snapshot.
 * @example snapshotOrder('nk:schnappschuss:1767225600000') // 1767225600000
 */
export function snapshotOrder(key: string): number | null {
  if (key === LEGACY_SNAPSHOT_KEY) return -1;
  if (!key.startsWith(SNAPSHOT_PREFIX)) return null;
  const rest = key.slice(SNAPSHOT_PREFIX.length);
  return /^\d{1,15}$/.test(rest) ? Number(rest) : null;
}

/** The snapshot keys among `keys`, oldest first. */
export function sortSnapshotKeys(keys: readonly string[]): string[] {
  return keys.filter((key) => snapshotOrder(key) !== null).sort((a, b) => snapshotOrder(a)! - snapshotOrder(b)!);
}

/** The key for a new snapshot taken at `now`: after every key in `keys`. */
export function nextSnapshotKey(keys: readonly string[], now: Date): string {
  const last = Math.max(-1, ...keys.map((key) => snapshotOrder(key) ?? -1));
  return `${SNAPSHOT_PREFIX}${Math.max(now.getTime(), last + 1)}`;
}

/**
 * Whether the stored snapshot text `raw` holds exactly the data texts `values` (then a new
 * snapshot would add nothing). Formats 1 and 2 write `values` last, in the order of the keys; a
 * damaged text never matches. A compressed one (format 3) never matches here either: telling needs
 * its hash, which stays out of the runtime every tool page loads (`holdsSameValues` in
 * `snapshot-compressed.ts` does it for the batch writes). So a migration's snapshot can repeat the
 * newest compressed one – one undo point too many, nothing lost.
 */
export function holdsSameTexts(raw: string | null, values: Readonly<Record<string, string>>): boolean {
  return raw !== null && raw.endsWith(`"values":${JSON.stringify(values)}}`);
}
