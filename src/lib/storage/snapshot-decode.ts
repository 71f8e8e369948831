import { COMPRESSED_SNAPSHOT_FORMAT, SNAPSHOT_FORMAT, type Snapshot, type SnapshotCause } from './snapshot';

// Checked by hand, not with a valibot schema: this module is in the first load of „Meine Daten“,
// whose budget is nearly used up.

/** A key of ours (`nk:…`, at most 200 characters). */
const isOurKey = (key: unknown): key is string => typeof key === 'string' && /^nk:/.test(key) && key.length <= 200;

/** Keys of ours with their raw stored text. */
function isStoredTexts(input: unknown): input is Record<string, string> {
  return (
    input !== null &&
    typeof input === 'object' &&
    !Array.isArray(input) &&
    Object.entries(input).every(([key, value]) => UNSAFE_KEYS.has(key) || (isOurKey(key) && typeof value === 'string'))
  );
}

/** Keys that could reach an object's prototype: dropped, never copied. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9-]{1,60}$/.test(value);

/**
 * The cause of a snapshot, checked by hand (no further validator in the runtime); anything else
 * – a snapshot stored before causes were codes, with a sentence instead – reads as `unknown`.
 */
function readCause(input: unknown): SnapshotCause {
  if (input === null || typeof input !== 'object') return { code: 'unknown' };
  const { code, tool, version, exportedAt, fileName, at } = input as Record<string, unknown>;
  if (code === 'beforeDelete') return { code };
  if (code === 'beforeRestore') return typeof at === 'string' && at.length <= 64 ? { code, at } : { code };
  if (code === 'beforeImport' && typeof exportedAt === 'string' && exportedAt.length <= 64) {
    return typeof fileName === 'string' && fileName.length <= 255 ? { code, exportedAt, fileName } : { code, exportedAt };
  }
  if (code === 'beforeContactImport' && typeof fileName === 'string' && fileName.length <= 255) return { code, fileName };
  if (code === 'beforeUpdate' && isId(tool) && typeof version === 'number' && Number.isSafeInteger(version)) return { code, tool, version };
  return { code: 'unknown' };
}

/**
 * What a stored snapshot text holds: a snapshot, a damaged text, one of a newer format (left
 * alone), or – from `readSnapshotText` only – one of format 3, whose values need decompressing
 * (`readSnapshotFull` in `snapshot-compressed.ts`).
 */
export type SnapshotRead = { ok: true; snapshot: Snapshot; format: number } | { ok: false; reason: 'damaged' | 'newer' | 'compressed' };

/**
 * The texts of a parsed `values` object: keys of ours with strings; null when it is anything else.
 * Keys like `__proto__` are dropped, so the result is always a plain, fresh object.
 */
export function storedTextsOf(input: unknown): Record<string, string> | null {
  if (!isStoredTexts(input)) return null;
  const values: Record<string, string> = {};
  for (const [key, text] of Object.entries(input)) {
    if (!UNSAFE_KEYS.has(key)) values[key] = text;
  }
  return values;
}

/**
 * What a snapshot says about itself: time, cause, the keys it holds; for formats 1 and 2 also
 * its values (checked), for format 3 the hash (`sum`) and the compressed values (`deflate`),
 * still to be checked (`readSnapshotFull`).
 */
export interface SnapshotHead {
  at: string;
  cause: SnapshotCause;
  keys: string[];
  format: number;
  values?: Record<string, string>;
  packed?: { sum: string; deflate: string };
}

export type SnapshotHeadRead = { ok: true; head: SnapshotHead } | { ok: false; reason: 'damaged' | 'newer' };

/** The read of a damaged snapshot text (one object for every reader of snapshots). */
export const DAMAGED = { ok: false, reason: 'damaged' } as const;

/**
 * Reads what „Meine Daten“ lists of a snapshot of any format (time, cause, tools), synchronously
 * and without decompressing. A format-3 snapshot whose compressed part is damaged reads fine
 * here – `readSnapshotFull` finds that, and the first look of „Meine Daten“ puts such a snapshot
 * aside. Never throws.
 */
export function readSnapshotHead(raw: string): SnapshotHeadRead {
  try {
    const value = JSON.parse(raw);
    const format: unknown = value.v ?? 1;
    if (Number.isSafeInteger(format) && (format as number) > COMPRESSED_SNAPSHOT_FORMAT) return { ok: false, reason: 'newer' };
    const { at, keys, sum, deflate } = value;
    if (typeof at !== 'string' || at.length > 64) return DAMAGED;
    const cause = readCause(value.cause);
    if (format === COMPRESSED_SNAPSHOT_FORMAT) {
      return Array.isArray(keys) && keys.every(isOurKey) && typeof sum === 'string' && typeof deflate === 'string'
        ? { ok: true, head: { at, cause, keys, format, packed: { sum, deflate } } }
        : DAMAGED;
    }
    const values = (format === 1 || format === SNAPSHOT_FORMAT) && storedTextsOf(value.values);
    return values ? { ok: true, head: { at, cause, keys: Object.keys(values), format, values } } : DAMAGED;
  } catch {
    return DAMAGED;
  }
}

/**
 * Reads a stored snapshot of format 1 (no `v`) or 2 with its values. Never throws. Keys like
 * `__proto__` are dropped, so the snapshot is always a plain, fresh object.
 * @example readSnapshotText('{"v":2,"at":"2026-03-01T10:00:00.000Z","cause":{"code":"beforeRestore"},"values":{"nk:planer":"{…}"}}')
 */
export function readSnapshotText(raw: string): SnapshotRead {
  const read = readSnapshotHead(raw);
  if (!read.ok) return read;
  const { at, cause, format, values } = read.head;
  return values ? { ok: true, format, snapshot: { at, cause, values } } : { ok: false, reason: 'compressed' };
}

/**
 * Reads a stored snapshot of format 1 or 2; null when there is none, it is damaged, compressed
 * (format 3: `readSnapshotFull`) or of a newer format. Never throws.
 * @example decodeSnapshot('{"at":"2026-03-01T10:00:00.000Z","cause":{"code":"beforeRestore"},"values":{"nk:planer":"{…}"}}')
 */
export function decodeSnapshot(raw: string | null): Snapshot | null {
  if (raw === null) return null;
  const read = readSnapshotText(raw);
  return read.ok ? read.snapshot : null;
}
