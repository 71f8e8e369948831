/**
 * fast-check generators for valid stored states, backup files and hostile mutations of them.
 */
import fc from 'fast-check';
import { BACKUP_FORMAT } from '../../../src/lib/storage/backup';
import { metaDefinition } from '../../../src/lib/storage/meta-schema';
import { notesDefinition, prefsDefinition } from '../../fixtures/notes-schema';

/** Characters that break naive code: markup, quotes, escapes, line breaks, NUL, emoji, combining marks. */
const HOSTILE_UNITS = ['<', '>', '&', '"', "'", '\\', '/', '\n', '\r', '\t', '\u2028', '\u2029', '\u0000', '\uFEFF', '😀', 'e\u0301', '„', '“', '$', '`', '\ud800'];

/** One unit of text: mostly any code point, often a troublemaker. */
const unit = fc.oneof(fc.constantFrom(...HOSTILE_UNITS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));

/** Text whose UTF-16 length stays within `max`. */
export const text = (max: number) => fc.string({ unit, maxLength: Math.floor(max / 2) });

/** Payloads that must never run: markup and script URLs. */
export const XSS_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '</textarea><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
];

export const isoTime = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
export const isoDay = isoTime.map((t) => t.slice(0, 10));

export const notesState = fc.record({
  title: fc.oneof(text(200), fc.constantFrom(...XSS_PAYLOADS)),
  notes: fc.array(fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,40}$/), body: fc.oneof(text(600), fc.constantFrom(...XSS_PAYLOADS)), pinned: fc.boolean() }), { maxLength: 12 }),
});

export const prefsState = fc.record({
  theme: fc.constantFrom('hell' as const, 'dunkel' as const, 'system' as const),
  reminderDays: fc.integer({ min: 1, max: 365 }),
  name: text(80),
});

export const metaState = fc.record({
  lastBackup: fc.option(isoDay, { nil: null }),
  firstEntry: fc.option(fc.integer({ min: 0, max: 4_102_444_800_000 }), { nil: null }),
  snoozedUntil: fc.option(isoDay, { nil: null }),
});

/** Version 1 of the meta value, as older backups hold it. */
export const metaStateV1 = fc.record({ lastBackup: fc.option(isoDay, { nil: null }) });

const envelopeOf = <T>(version: number, data: fc.Arbitrary<T>) =>
  fc.record({ v: fc.constant(version), rev: fc.integer({ min: 1, max: 2 ** 40 }), at: isoTime, data });

/** What storage holds for the test definitions: each value present or not, always valid. */
export const storedState = fc
  .record({
    [notesDefinition.key]: fc.option(envelopeOf(3, notesState), { nil: undefined }),
    [prefsDefinition.key]: fc.option(envelopeOf(1, prefsState), { nil: undefined }),
    [metaDefinition.key]: fc.option(envelopeOf(2, metaState), { nil: undefined }),
  })
  .map((values) => new Map(Object.entries(values).filter(([, e]) => e !== undefined).map(([key, e]) => [key, JSON.stringify(e)] as [string, string])));

/** A valid backup file's parsed content. */
export const backupObject = fc.record({
  format: fc.constant(BACKUP_FORMAT),
  formatVersion: fc.constant(1),
  exportedAt: isoTime,
  records: fc.record(
    {
      [notesDefinition.key]: fc.oneof(envelopeOf(3, notesState), envelopeOf(1, fc.record({ notes: fc.array(text(100), { maxLength: 5 }) }))),
      [prefsDefinition.key]: envelopeOf(1, prefsState),
      [metaDefinition.key]: fc.oneof(envelopeOf(2, metaState), envelopeOf(1, metaStateV1)),
    },
    { requiredKeys: [] },
  ),
});

export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** A value to put somewhere it does not belong, often with prototype tricks. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    JSON.parse('{"__proto__":{"polluted":"yes"}}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
    JSON.parse('{"prototype":{"polluted":"yes"}}'),
    ...XSS_PAYLOADS,
    -1,
    1e308,
    2 ** 53,
    '',
    null,
  ),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths to every node of a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...prefix, key], out);
  return out;
}

/** A deep copy with the node at `path` replaced (or removed, or given an extra hostile key). */
function mutateAt(value: unknown, path: (string | number)[], action: (node: unknown) => unknown): unknown {
  if (path.length === 0) return action(value);
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? mutateAt(item, rest, action) : item));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value as object)) {
    Object.defineProperty(copy, key, { value: key === head ? mutateAt((value as Record<string, unknown>)[key], rest, action) : (value as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const REMOVE = Symbol('remove');

function withoutRemoved(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== REMOVE).map(withoutRemoved);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== REMOVE) Object.defineProperty(copy, k, { value: withoutRemoved(v), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}

/** A valid backup, changed in one hostile way, as the text of a file. */
export const mutatedBackupText: fc.Arbitrary<string> = fc
  .tuple(backupObject, fc.nat(), fc.integer({ min: 0, max: 6 }), hostileValue, fc.constantFrom(...HOSTILE_KEYS), fc.nat(), fc.string({ maxLength: 3 }))
  .map(([backup, pick, kind, value, hostileKey, position, noise]) => mutate(backup, pick, kind, value, hostileKey, position, noise) ?? '');

function mutate(backup: unknown, pick: number, kind: number, value: unknown, hostileKey: string, position: number, noise: string): string | undefined {
  {
    const all = paths(backup);
    const path = all[pick % all.length]!;
    const text = JSON.stringify(backup);
    switch (kind) {
      case 0:
        return JSON.stringify(mutateAt(backup, path, () => value));
      case 1:
        return JSON.stringify(withoutRemoved(mutateAt(backup, path, () => REMOVE)));
      case 2: {
        // An extra key such as __proto__ on some object, written into the JSON text itself.
        const mutated = mutateAt(backup, path, (node) => {
          if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
          const copy: Record<string, unknown> = { ...(node as Record<string, unknown>) };
          Object.defineProperty(copy, hostileKey, { value, enumerable: true, writable: true, configurable: true });
          return copy;
        });
        return JSON.stringify(mutated);
      }
      case 3:
        return text.slice(0, position % (text.length + 1));
      case 4: {
        const at = position % (text.length + 1);
        return text.slice(0, at) + noise + text.slice(at + 1);
      }
      case 5:
        // Duplicate keys: JSON.parse keeps the last one.
        return text.replace('"records":{', `"records":{"nk:test-einstellungen":${JSON.stringify(value)},`);
      default:
        return JSON.stringify(mutateAt(backup, path, (node) => (typeof node === 'number' ? -node || 1e21 : typeof node === 'string' ? `${node}${noise}` : node)));
    }
  }
}

/** Text nested `depth` levels deep, far beyond any schema. */
export const deeplyNested = fc.tuple(fc.integer({ min: 500, max: 60_000 }), fc.boolean()).map(([depth, objects]) =>
  objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`,
);

export type { Json };
