import * as v from 'valibot';
import { SNAPSHOT_FORMAT, type Snapshot, type SnapshotCause } from './snapshot';

/** Keys of ours (`nk:…`, at most 200 characters) with their raw stored text. */
function isStoredTexts(input: unknown): input is Record<string, string> {
  return (
    input !== null &&
    typeof input === 'object' &&
    !Array.isArray(input) &&
    Object.entries(input).every(([key, value]) => UNSAFE_KEYS.has(key) || (/^nk:/.test(key) && key.length <= 200 && typeof value === 'string'))
  );
}

/** Keys that could reach an object's prototype: dropped, never copied. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const snapshotSchema = v.object({
  at: v.pipe(v.string(), v.maxLength(64)),
  values: v.pipe(v.unknown(), v.check(isStoredTexts)),
});

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

/** What a stored snapshot text holds: a snapshot, a damaged text, or one of a newer format (left alone). */
export type SnapshotRead = { ok: true; snapshot: Snapshot; format: number } | { ok: false; reason: 'damaged' | 'newer' };

/**
 * Reads a stored snapshot of format 1 (no `v`) or 2. Never throws. Keys like `__proto__` are
 * dropped, so the snapshot is always a plain, fresh object.
 * @example readSnapshotText('{"v":2,"at":"2026-03-01T10:00:00.000Z","cause":{"code":"beforeRestore"},"values":{"nk:planer":"{…}"}}')
 */
export function readSnapshotText(raw: string): SnapshotRead {
  try {
    const value: unknown = JSON.parse(raw);
    if (value === null || typeof value !== 'object') return { ok: false, reason: 'damaged' };
    const format = (value as { v?: unknown }).v ?? 1;
    if (typeof format === 'number' && Number.isSafeInteger(format) && format > SNAPSHOT_FORMAT) return { ok: false, reason: 'newer' };
    if (format !== 1 && format !== SNAPSHOT_FORMAT) return { ok: false, reason: 'damaged' };
    const parsed = v.safeParse(snapshotSchema, value);
    if (!parsed.success) return { ok: false, reason: 'damaged' };
    const values: Record<string, string> = {};
    for (const [key, text] of Object.entries(parsed.output.values as Record<string, string>)) {
      if (!UNSAFE_KEYS.has(key)) values[key] = text;
    }
    return { ok: true, format, snapshot: { at: parsed.output.at, cause: readCause((value as { cause?: unknown }).cause), values } };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

/**
 * Reads a stored snapshot; null when there is none, it is damaged or of a newer format. Never throws.
 * @example decodeSnapshot('{"at":"2026-03-01T10:00:00.000Z","cause":{"code":"beforeRestore"},"values":{"nk:planer":"{…}"}}')
 */
export function decodeSnapshot(raw: string | null): Snapshot | null {
  if (raw === null) return null;
  const read = readSnapshotText(raw);
  return read.ok ? read.snapshot : null;
}
