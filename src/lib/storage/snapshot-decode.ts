import * as v from 'valibot';
import type { Snapshot, SnapshotCause } from './snapshot';

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
  const { code, tool, version, exportedAt, fileName } = input as Record<string, unknown>;
  if (code === 'beforeRestore') return { code };
  if (code === 'beforeImport' && typeof exportedAt === 'string' && exportedAt.length <= 64) return { code, exportedAt };
  if (code === 'beforeContactImport' && typeof fileName === 'string' && fileName.length <= 255) return { code, fileName };
  if (code === 'beforeUpdate' && isId(tool) && typeof version === 'number' && Number.isSafeInteger(version)) return { code, tool, version };
  return { code: 'unknown' };
}

/**
 * Reads a stored snapshot; null when there is none or it is damaged. Never throws.
 * Keys like `__proto__` are dropped, so the result is always a plain, fresh object.
 * @example decodeSnapshot('{"at":"2026-03-01T10:00:00.000Z","cause":{"code":"beforeRestore"},"values":{"nk:planer":"{…}"}}')
 */
export function decodeSnapshot(raw: string | null): Snapshot | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    const parsed = v.safeParse(snapshotSchema, value);
    if (!parsed.success) return null;
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed.output.values as Record<string, string>)) {
      if (!UNSAFE_KEYS.has(key)) values[key] = value;
    }
    return { at: parsed.output.at, cause: readCause((value as { cause?: unknown }).cause), values };
  } catch {
    return null;
  }
}
