import * as v from 'valibot';
import type { Snapshot } from './snapshot';

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
  reason: v.pipe(v.string(), v.maxLength(300)),
  values: v.pipe(v.unknown(), v.check(isStoredTexts)),
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
    if (!parsed.success) return null;
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed.output.values as Record<string, string>)) {
      if (!UNSAFE_KEYS.has(key)) values[key] = value;
    }
    return { at: parsed.output.at, reason: parsed.output.reason, values };
  } catch {
    return null;
  }
}
