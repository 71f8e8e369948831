import * as v from 'valibot';

/** A step that brings data of schema version n to version n + 1. It must not change its input. */
export type Migration = (data: unknown) => unknown;

/** Everything the site needs to know to store one tool's data safely. */
export interface StoredValueDefinition<T> {
  /**
   * localStorage key, always with the `nk:` prefix so that „delete everything“ finds it. The part
   * after the prefix is the value's id (`storedId`), by which the dictionary names it.
   */
  key: `nk:${string}`;
  /** Current schema version; starts at 1 and only ever grows. */
  version: number;
  /** Validates data of the current version. */
  schema: v.GenericSchema<unknown, T>;
  /**
   * `migrations[n]` turns version n into n + 1, for every n from 1 to version − 1. Each one is
   * pure: it reads its input, builds a fresh value (spread or map, never `Object.assign` onto
   * the input) and throws when the input does not have the shape it expects.
   */
  migrations: Readonly<Record<number, Migration>>;
  /** A fresh, empty state. */
  initial: () => T;
  /**
   * Combines stored data with data from a backup, for imports that should not replace.
   * Must be pure and return valid data; without it, an import can only replace this value.
   * `mergeById()` (merge-by-id.ts) does the usual job for lists of items with an `id`.
   */
  merge?: (current: T, incoming: T) => T;
  /**
   * Keeps one long list of the value in shards of their own once the value is large (`shards.ts`):
   * an edit then writes only the shard it changed. Only data of this `version` is stored so.
   */
  shards?: ShardSpec;
}

/** A definition that keeps a list in shards. */
export type Sharded<T> = StoredValueDefinition<T> & { shards: ShardSpec };

/** Which list of a value goes into shards (`StoredValueDefinition.shards`). */
export interface ShardSpec {
  /** The field of the value that holds the list (`contacts`). */
  list: string;
  /** Checks one item of the list: a change is checked by the items it changed. */
  item: v.GenericSchema;
  /** At most this many items in the list. */
  maxItems: number;
  /** At most this many items to a shard; a longer run is split into runs of half of it. */
  max: number;
}

/** Any definition, whatever the type of its data (for lists of definitions). */
export type AnyDefinition = StoredValueDefinition<any>;

/** What is written to storage: the data with its schema version and a revision that only grows. */
export interface Envelope<T> {
  v: number;
  rev: number;
  /** ISO time of the last change. */
  at: string;
  data: T;
}

/**
 * The id of a stored value: its key without the `nk:` prefix (`nk:planer` → `planer`). Notices
 * and „Meine Daten“ name a value through it (`tools` in `src/i18n/de/storage.ts`).
 */
export function storedId(key: string): string {
  return key.slice(3);
}

/** Why a stored value could not be read, with the value's id (`tool`); the dictionary words it (`issue` in `src/i18n/de/storage.ts`). */
export type StoredIssue =
  /** Written by a later version of the site: `version` in storage, `known` here. */
  | { code: 'newerVersion'; tool: string; version: number; known: number }
  /** A migration from `version` failed. */
  | { code: 'notMigrated'; tool: string; version: number }
  /** The schema itself gave up (input nested deeper than the call stack, for instance). */
  | { code: 'wrongShape'; tool: string }
  /** The data does not fit the schema at `path` (`notes.3.body`, at most 80 characters); see also `DecodeFailure.schemaIssue`. */
  | { code: 'wrongShapeAt'; tool: string; path: string }
  /** The data itself (top level) does not fit the schema. */
  | { code: 'wrongShapeTop'; tool: string }
  /** JSON, but not an envelope of ours. */
  | { code: 'notEnvelope'; tool: string }
  /** Not JSON at all. */
  | { code: 'damaged'; tool: string };

export type DecodeFailure = {
  ok: false;
  /** corrupt: not JSON or not an envelope; invalid: data does not fit the schema; newer: written by a later version of the site. */
  reason: 'corrupt' | 'invalid' | 'newer';
  issue: StoredIssue;
  /** With `wrongShapeAt`: the schema's first issue, from which `issueLocation` (issue-location.ts) tells the place for people. */
  schemaIssue?: v.BaseIssue<unknown>;
};
export type Decoded<T> = { ok: true; envelope: Envelope<T>; migratedFrom: number | null } | DecodeFailure;

/** Revisions stay far below 2^53, so that `rev + 1` is always a different number. */
export const MAX_REVISION = 2 ** 50;

const envelopeShape = v.object({
  v: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  rev: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_REVISION)),
  at: v.pipe(v.string(), v.maxLength(64)),
  data: v.unknown(),
});

/**
 * Brings `data` from schema version `from` to the current one and validates it.
 * Never throws: a failing migration is reported as invalid data. The result is a fresh object
 * built by the schema, so nothing of the input (prototype tricks included) leaks through.
 */
export function migrate<T>(def: StoredValueDefinition<T>, data: unknown, from: number): { ok: true; data: T } | DecodeFailure {
  const tool = storedId(def.key);
  if (from > def.version) {
    return { ok: false, reason: 'newer', issue: { code: 'newerVersion', tool, version: from, known: def.version } };
  }
  let current = data;
  try {
    for (let n = from; n < def.version; n++) {
      const step = def.migrations[n];
      if (!step) throw new Error(`missing migration ${n}`);
      current = step(current);
    }
  } catch {
    return { ok: false, reason: 'invalid', issue: { code: 'notMigrated', tool, version: from } };
  }
  let parsed: v.SafeParseResult<v.GenericSchema<unknown, T>>;
  try {
    parsed = v.safeParse(def.schema, current);
  } catch {
    // A schema can only throw on pathological input (e.g. nesting deeper than the call stack).
    return { ok: false, reason: 'invalid', issue: { code: 'wrongShape', tool } };
  }
  if (!parsed.success) {
    const first = parsed.issues[0];
    const path = describePath(first.path);
    return { ok: false, reason: 'invalid', ...(path === '' ? { issue: { code: 'wrongShapeTop', tool } } : { issue: { code: 'wrongShapeAt', tool, path }, schemaIssue: first }) };
  }
  return { ok: true, data: parsed.output };
}

/** A short, bounded description of where validation failed (`notes.3.body`); empty at the top level. */
function describePath(path: readonly { key: unknown }[] | undefined): string {
  if (!path || path.length === 0) return '';
  const text = path.map((p) => String(p.key)).join('.');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Reads an envelope that has already been parsed from JSON. Never throws. */
export function decodeEnvelope<T>(def: StoredValueDefinition<T>, value: unknown): Decoded<T> {
  const shape = v.safeParse(envelopeShape, value);
  if (!shape.success) {
    return { ok: false, reason: 'corrupt', issue: { code: 'notEnvelope', tool: storedId(def.key) } };
  }
  const result = migrate(def, shape.output.data, shape.output.v);
  if (!result.ok) return result;
  const { rev, at } = shape.output;
  return { ok: true, envelope: { v: def.version, rev, at, data: result.data }, migratedFrom: shape.output.v === def.version ? null : shape.output.v };
}

/**
 * Parses what storage holds for one tool. Never throws.
 * @example decodeStored(def, '{"v":1,"rev":3,"at":"…","data":{…}}') // { ok: true, envelope, migratedFrom: null }
 */
export function decodeStored<T>(def: StoredValueDefinition<T>, raw: string): Decoded<T> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt', issue: { code: 'damaged', tool: storedId(def.key) } };
  }
  return decodeEnvelope(def, value);
}

/** The text written to storage for one envelope. Key order is fixed, so equal envelopes give equal text. */
export function encodeEnvelope<T>(envelope: Envelope<T>): string {
  return JSON.stringify({ v: envelope.v, rev: envelope.rev, at: envelope.at, data: envelope.data });
}

/** The text written to storage for one state. */
export function encodeStored<T>(def: StoredValueDefinition<T>, data: T, rev: number, now: Date): string {
  return encodeEnvelope({ v: def.version, rev, at: now.toISOString(), data });
}

/** Text to compare values by; undefined for what cannot be written as JSON (too deep, for instance). */
function comparable(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * How many entries the reader made, as „Meine Daten“ and the import preview count them: every
 * list item and every filled-in field (text, number, yes), two levels deep – and, given the
 * definition's fresh state, only what differs from it, so defaults (a preset weight, the first
 * question of a questionnaire) do not count. Needs no schema: the overview counts with it
 * without loading any tool's definition.
 * @example countEntries({ goals: ['a', 'b'], note: 'x', empty: '' }) // 3
 * @example countEntries({ step: 1, hours: 4 }, { step: 1, hours: null }) // 1
 */
export function countEntries(value: unknown, initial?: unknown, depth = 2): number {
  if (Array.isArray(value)) {
    if (!Array.isArray(initial)) return value.length;
    const fresh = new Set(initial.map(comparable));
    return value.filter((item) => !fresh.has(comparable(item))).length;
  }
  if (value !== null && typeof value === 'object') {
    const base = initial !== null && typeof initial === 'object' && !Array.isArray(initial) ? (initial as Record<string, unknown>) : undefined;
    if (depth === 0) return Object.keys(value).length > 0 && comparable(value) !== comparable(base) ? 1 : 0;
    return Object.entries(value).reduce<number>((sum, [key, item]) => sum + countEntries(item, base && Object.hasOwn(base, key) ? base[key] : undefined, depth - 1), 0);
  }
  if (value === null || value === undefined || value === '' || value === false) return 0;
  return value === initial ? 0 : 1;
}
