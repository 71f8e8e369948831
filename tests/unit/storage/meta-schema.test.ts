import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { metaDefinition } from '../../../src/lib/storage/meta-schema';
import { ALL_DEFINITIONS, definitionFor, isToolData } from '../../../src/lib/storage/stored-definitions';

describe('metaDefinition', () => {
  test('accepts an ISO day or null as the last backup, and nothing else', () => {
    expect(v.is(metaDefinition.schema, { lastBackup: '2026-03-01' })).toBe(true);
    expect(v.is(metaDefinition.schema, { lastBackup: null })).toBe(true);
    expect(v.is(metaDefinition.schema, { lastBackup: '<img src=x>' })).toBe(false);
    expect(v.is(metaDefinition.schema, { lastBackup: '2026-03-01T10:00:00Z' })).toBe(false);
  });

  test('merging keeps the later backup date', () => {
    const merge = metaDefinition.merge!;
    expect(merge({ lastBackup: '2026-03-01' }, { lastBackup: '2026-01-01' })).toEqual({ lastBackup: '2026-03-01' });
    expect(merge({ lastBackup: null }, { lastBackup: '2026-01-01' })).toEqual({ lastBackup: '2026-01-01' });
    expect(merge({ lastBackup: '2026-01-01' }, { lastBackup: null })).toEqual({ lastBackup: '2026-01-01' });
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
