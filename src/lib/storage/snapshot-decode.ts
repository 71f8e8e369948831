import * as v from 'valibot';
import { COMPRESSED_SNAPSHOT_FORMAT, SNAPSHOT_FORMAT, type Snapshot, type SnapshotCause } from './snapshot';

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

/**
 * What a stored snapshot text holds: a snapshot, a damaged text, one of a newer format (left
 * alone), or – from `readSnapshotText` only – one of format 3, whose values need decompressing
 * (`readSnapshotFull` in `snapshot-compressed.ts`).
 */
export type SnapshotRead = { ok: true; snapshot: Snapshot; format: number } | { ok: false; reason: 'damaged' | 'newer' | 'compressed' };

/** The stored text's object and its format version; null for a text that is no JSON object. */
function parseFormat(raw: string): { value: Record<string, unknown>; format: unknown } | null {
  try {
    const value: unknown = JSON.parse(raw);
    return value !== null && typeof value === 'object' ? { value: value as Record<string, unknown>, format: (value as { v?: unknown }).v ?? 1 } : null;
  } catch {
    return null;
  }
}

const isNewer = (format: unknown) => typeof format === 'number' && Number.isSafeInteger(format) && format > COMPRESSED_SNAPSHOT_FORMAT;

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
 * Reads a stored snapshot of format 1 (no `v`) or 2. Never throws. Keys like `__proto__` are
 * dropped, so the snapshot is always a plain, fresh object.
 * @example readSnapshotText('{"v":2,"at":"2026-03-01T10:00:00.000Z","cause":{"code":"beforeRestore"},"values":{"nk:planer":"{…}"}}')
 */
export function readSnapshotText(raw: string): SnapshotRead {
  const parsed = parseFormat(raw);
  if (!parsed) return { ok: false, reason: 'damaged' };
  const { value, format } = parsed;
  if (isNewer(format)) return { ok: false, reason: 'newer' };
  if (format === COMPRESSED_SNAPSHOT_FORMAT) return { ok: false, reason: 'compressed' };
  if (format !== 1 && format !== SNAPSHOT_FORMAT) return { ok: false, reason: 'damaged' };
  const checked = v.safeParse(snapshotSchema, value);
  const values = checked.success ? storedTextsOf(checked.output.values) : null;
  return checked.success && values ? { ok: true, format, snapshot: { at: checked.output.at, cause: readCause(value.cause), values } } : { ok: false, reason: 'damaged' };
}

/**
 * What a snapshot says about itself without its values: time, cause, the keys it holds; for
 * format 3 also the hash (`sum`) and the compressed values (`deflate`), still to be checked.
 */
export interface SnapshotHead {
  at: string;
  cause: SnapshotCause;
  keys: string[];
  format: number;
  packed?: { sum: string; deflate: string };
}

export type SnapshotHeadRead = { ok: true; head: SnapshotHead } | { ok: false; reason: 'damaged' | 'newer' };

const compressedSchema = v.object({
  at: v.pipe(v.string(), v.maxLength(64)),
  keys: v.pipe(v.array(v.pipe(v.string(), v.regex(/^nk:/), v.maxLength(200))), v.check((keys) => new Set(keys).size === keys.length)),
  sum: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,12}$/)),
  deflate: v.pipe(v.string(), v.minLength(1)),
});

/**
 * Reads what „Meine Daten“ lists of a snapshot (time, cause, tools), synchronously and without
 * decompressing; formats 1 and 2 are read (and checked) whole. A format-3 snapshot whose values
 * are damaged reads fine here – `readSnapshotFull` finds that, and the first look of „Meine
 * Daten“ puts such a snapshot aside. Never throws.
 */
export function readSnapshotHead(raw: string): SnapshotHeadRead {
  const read = readSnapshotText(raw);
  if (read.ok) return { ok: true, head: { at: read.snapshot.at, cause: read.snapshot.cause, keys: Object.keys(read.snapshot.values), format: read.format } };
  if (read.reason !== 'compressed') return { ok: false, reason: read.reason };
  const value = parseFormat(raw)!.value;
  const checked = v.safeParse(compressedSchema, value);
  if (!checked.success) return { ok: false, reason: 'damaged' };
  const { at, keys, sum, deflate } = checked.output;
  return { ok: true, head: { at, cause: readCause(value.cause), keys, format: COMPRESSED_SNAPSHOT_FORMAT, packed: { sum, deflate } } };
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
