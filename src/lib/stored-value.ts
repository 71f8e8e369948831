import * as v from 'valibot';

/** A step that brings data of schema version n to version n + 1. It must not change its input. */
export type Migration = (data: unknown) => unknown;

/** Everything the site needs to know to store one tool's data safely. */
export interface StoredValueDefinition<T> {
  /** localStorage key, always with the `nk:` prefix so that „delete everything“ finds it. */
  key: `nk:${string}`;
  /** German name of the tool, used in notices („Selbsttest“). */
  label: string;
  /** Current schema version; starts at 1 and only ever grows. */
  version: number;
  /** Validates data of the current version. */
  schema: v.GenericSchema<unknown, T>;
  /** `migrations[n]` turns version n into n + 1, for every n from 1 to version − 1. */
  migrations: Readonly<Record<number, Migration>>;
  /** A fresh, empty state. */
  initial: () => T;
  /**
   * How many entries the reader made, for „Meine Daten“ and the import preview. Without it,
   * `countEntries()` counts list items and filled-in fields.
   */
  countEntries?: (data: T) => number;
  /**
   * Combines stored data with data from a backup, for imports that should not replace.
   * Must be pure and return valid data; without it, an import can only replace this value.
   * `mergeById()` does the usual job for lists of items with an `id`.
   */
  merge?: (current: T, incoming: T) => T;
}

/**
 * Joins two lists of items with an `id`: items of `current` keep their place, an item of
 * `incoming` with the same id replaces its namesake there, and new ones follow in their order.
 * @example mergeById([{ id: 'a', n: 1 }], [{ id: 'a', n: 2 }, { id: 'b', n: 3 }]) // [{ id: 'a', n: 2 }, { id: 'b', n: 3 }]
 */
export function mergeById<Item extends { id: string }>(current: readonly Item[], incoming: readonly Item[]): Item[] {
  const byId = new Map(incoming.map((item) => [item.id, item]));
  const merged = current.map((item) => byId.get(item.id) ?? item);
  const known = new Set(current.map((item) => item.id));
  return [...merged, ...incoming.filter((item) => !known.has(item.id))];
}

/** What is written to storage: the data with its schema version and a revision that only grows. */
export interface Envelope<T> {
  v: number;
  rev: number;
  /** ISO time of the last change. */
  at: string;
  data: T;
}

export type DecodeFailure = {
  ok: false;
  /** corrupt: not JSON or not an envelope; invalid: data does not fit the schema; newer: written by a later version of the site. */
  reason: 'corrupt' | 'invalid' | 'newer';
  message: string;
};
export type Decoded<T> = { ok: true; envelope: Envelope<T>; migratedFrom: number | null } | DecodeFailure;

const envelopeShape = v.object({
  v: v.pipe(v.number(), v.integer(), v.minValue(1)),
  rev: v.pipe(v.number(), v.integer(), v.minValue(0)),
  at: v.string(),
  data: v.unknown(),
});

/**
 * Brings `data` from schema version `from` to the current one and validates it.
 * Never throws: a failing migration is reported as invalid data.
 */
export function migrate<T>(def: StoredValueDefinition<T>, data: unknown, from: number): { ok: true; data: T } | DecodeFailure {
  if (from > def.version) {
    return { ok: false, reason: 'newer', message: `Die Daten für „${def.label}“ stammen aus einer neueren Version von Netzwerk-Kompass (Version ${from}, diese Seite kennt ${def.version}).` };
  }
  let current = data;
  try {
    for (let n = from; n < def.version; n++) {
      const step = def.migrations[n];
      if (!step) throw new Error(`missing migration ${n}`);
      current = step(current);
    }
  } catch {
    return { ok: false, reason: 'invalid', message: `Die Daten für „${def.label}“ (Version ${from}) ließen sich nicht auf den aktuellen Stand bringen.` };
  }
  const parsed = v.safeParse(def.schema, current);
  if (!parsed.success) {
    const where = parsed.issues[0]?.path?.map((p) => String(p.key)).join('.') || 'oberste Ebene';
    return { ok: false, reason: 'invalid', message: `Die Daten für „${def.label}“ passen nicht zum erwarteten Aufbau (Fehler bei: ${where}).` };
  }
  return { ok: true, data: parsed.output };
}

/** Reads an envelope that has already been parsed from JSON. */
export function decodeEnvelope<T>(def: StoredValueDefinition<T>, value: unknown): Decoded<T> {
  const shape = v.safeParse(envelopeShape, value);
  if (!shape.success) {
    return { ok: false, reason: 'corrupt', message: `Die gespeicherten Daten für „${def.label}“ sind unvollständig oder gehören nicht zu Netzwerk-Kompass.` };
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
    return { ok: false, reason: 'corrupt', message: `Die gespeicherten Daten für „${def.label}“ sind beschädigt und lassen sich nicht lesen.` };
  }
  return decodeEnvelope(def, value);
}

/** The text written to storage for one state. */
export function encodeStored<T>(def: StoredValueDefinition<T>, data: T, rev: number, now: Date): string {
  const envelope: Envelope<T> = { v: def.version, rev, at: now.toISOString(), data };
  return JSON.stringify(envelope);
}
