import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { metaDefinition, metaV1toV2, type Meta } from '../../../src/lib/storage/meta-schema';
import { ALL_DEFINITIONS, definitionFor, isToolData } from '../../../src/lib/storage/stored-definitions';

describe('metaDefinition', () => {
  const meta = (over: Partial<Meta>): Meta => ({ ...metaDefinition.initial(), ...over });

  test('accepts an ISO day or null as the last backup, and nothing else', () => {
    expect(v.is(metaDefinition.schema, meta({ lastBackup: '2026-03-01' }))).toBe(true);
    expect(v.is(metaDefinition.schema, meta({ lastBackup: null }))).toBe(true);
    expect(v.is(metaDefinition.schema, meta({ lastBackup: '<img src=x>' }))).toBe(false);
    expect(v.is(metaDefinition.schema, meta({ lastBackup: '2026-03-01T10:00:00Z' }))).toBe(false);
  });

  test('accepts a number as the first entry and a real day as the snooze end', () => {
    expect(v.is(metaDefinition.schema, meta({ firstEntry: 1772358000000, snoozedUntil: '2026-03-08' }))).toBe(true);
    expect(v.is(metaDefinition.schema, { ...meta({}), firstEntry: '2026-03-08' })).toBe(false);
    expect(v.is(metaDefinition.schema, meta({ snoozedUntil: '2026-02-30' }))).toBe(false);
  });

  test('version 1 migrates with no first entry and no snooze, keeping the backup date; anything else stays invalid', () => {
    expect(metaV1toV2({ lastBackup: '2026-03-01' })).toEqual({ lastBackup: '2026-03-01', firstEntry: null, snoozedUntil: null });
    for (const bad of [null, 'x', [], 7]) expect(v.is(metaDefinition.schema, metaV1toV2(bad))).toBe(false);
  });

  test('merging keeps the later backup date, and this browser\'s own first entry and snooze', () => {
    const merge = metaDefinition.merge!;
    expect(merge(meta({ lastBackup: '2026-03-01' }), meta({ lastBackup: '2026-01-01' })).lastBackup).toBe('2026-03-01');
    expect(merge(meta({ lastBackup: null }), meta({ lastBackup: '2026-01-01' })).lastBackup).toBe('2026-01-01');
    expect(merge(meta({ lastBackup: '2026-01-01' }), meta({ lastBackup: null })).lastBackup).toBe('2026-01-01');
    expect(merge(meta({ firstEntry: 5, snoozedUntil: null }), meta({ firstEntry: 3, snoozedUntil: '2026-03-08' }))).toMatchObject({ firstEntry: 5, snoozedUntil: null });
  });
});

describe('ALL_DEFINITIONS', () => {
  test('uses each key once, always with the nk: prefix, and current versions from 1', () => {
    const keys = ALL_DEFINITIONS.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const def of ALL_DEFINITIONS) {
      expect(def.key).toMatch(/^nk:[a-z0-9-]+$/);
      expect(def.key.startsWith('nk:quarantaene') || def.key === 'nk:schnappschuss' || def.key === 'nk:probe').toBe(false);
      expect(Number.isInteger(def.version) && def.version >= 1).toBe(true);
      for (let n = 1; n < def.version; n++) expect(typeof def.migrations[n], `${def.key} migration ${n}`).toBe('function');
      expect(v.is(def.schema, def.initial())).toBe(true);
    }
  });

  test('tells tool data from bookkeeping and finds definitions by key', () => {
    expect(isToolData(metaDefinition)).toBe(false);
    expect(definitionFor('nk:meta')).toBe(metaDefinition);
    expect(definitionFor('nk:unbekannt')).toBeUndefined();
  });
});
