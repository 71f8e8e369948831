/**
 * The stored form of a snapshot. Reading one back is in snapshot-decode.ts: only „Meine Daten“
 * does that, so it stays out of the runtime every tool page loads.
 */

/** All data of ours as it was before an import, a migration or a restore: one click brings it back. */
export interface Snapshot {
  /** ISO time the snapshot was taken. */
  at: string;
  /** German reason shown to the reader („vor dem Einspielen einer Sicherung“). */
  reason: string;
  /** The raw stored text of every key of ours, by key. */
  values: Record<string, string>;
}

/** The text stored for a snapshot. */
export function encodeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify({ at: snapshot.at, reason: snapshot.reason, values: snapshot.values });
}
