import * as v from 'valibot';

/** All data of ours as it was before an import, a migration or a restore: one click brings it back. */
export interface Snapshot {
  /** ISO time the snapshot was taken. */
  at: string;
  /** German reason shown to the reader („vor dem Einspielen einer Sicherung“). */
  reason: string;
  /** The raw stored text of every key of ours, by key. */
  values: Record<string, string>;
}

const snapshotSchema = v.object({
  at: v.pipe(v.string(), v.maxLength(64)),
  reason: v.pipe(v.string(), v.maxLength(300)),
  values: v.record(v.pipe(v.string(), v.startsWith('nk:'), v.maxLength(200)), v.string()),
});

/**
 * Reads a stored snapshot; null when there is none or it is damaged. Never throws.
 * Keys like `__proto__` are dropped, so the result is always a plain, fresh object.
 * @example decodeSnapshot('{"at":"2026-03-01T10:00:00.000Z","reason":"…","values":{"nk:planer":"{…}"}}')
 */
export function decodeSnapshot(raw: string | null): Snapshot | null {
  if (raw === null) return null;
  try {
    const parsed = v.safeParse(snapshotSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/** The text stored for a snapshot. */
export function encodeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify({ at: snapshot.at, reason: snapshot.reason, values: snapshot.values });
}
