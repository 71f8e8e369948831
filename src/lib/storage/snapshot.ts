/**
 * The stored form of a snapshot. Reading one back is in snapshot-decode.ts: only „Meine Daten“
 * does that, so it stays out of the runtime every tool page loads.
 */

/**
 * Why a snapshot was taken, as a code with its parameters; „Meine Daten“ words it (`snapshotCause`
 * in `src/i18n/de/daten.ts`).
 */
export type SnapshotCause =
  /** Before a value of tool `tool` was migrated from schema `version`. */
  | { code: 'beforeUpdate'; tool: string; version: number }
  /** Before a backup exported at `exportedAt` (ISO time) was imported. */
  | { code: 'beforeImport'; exportedAt: string }
  /** Before contacts from the file `fileName` (a LinkedIn CSV, a vCard …) were imported into the planner. */
  | { code: 'beforeContactImport'; fileName: string }
  /** Before the previous snapshot was restored. */
  | { code: 'beforeRestore' }
  /** A snapshot whose cause cannot be read (one stored before causes were codes). */
  | { code: 'unknown' };

/** All data of ours as it was before an import, a migration or a restore: one click brings it back. */
export interface Snapshot {
  /** ISO time the snapshot was taken. */
  at: string;
  cause: SnapshotCause;
  /** The raw stored text of every key of ours, by key. */
  values: Record<string, string>;
}

/** The text stored for a snapshot. */
export function encodeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify({ at: snapshot.at, cause: snapshot.cause, values: snapshot.values });
}
