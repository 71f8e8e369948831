import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { countEntries, decodeEnvelope, decodeStored, encodeEnvelope, encodeStored, MAX_REVISION, migrate, storedId, type StoredValueDefinition } from '../../../src/lib/storage/stored-value';
import { notesDefinition, prefsDefinition } from '../../fixtures/notes-schema';
import { deepFreeze } from '../support/deep-freeze';

const AT = '2026-01-01T00:00:00.000Z';

describe('storedId', () => {
  test('is the key without the nk: prefix', () => {
    expect(storedId('nk:netzwerk-check')).toBe('netzwerk-check');
  });
});

describe('migrate', () => {
  test('runs every step from the stored version to the current one', () => {
    expect(migrate(notesDefinition, { notes: ['a'] }, 1)).toEqual({ ok: true, data: { title: '', notes: [{ id: 'n1', body: 'a', pinned: false }] } });
  });

  test('never changes its input, even deep-frozen', () => {
    const input = deepFreeze({ notes: ['a', 'b'] });
    expect(migrate(notesDefinition, input, 1).ok).toBe(true);
    expect(input).toEqual({ notes: ['a', 'b'] });
  });

  test('refuses data from a newer version as newerVersion, with the tool and both versions', () => {
    expect(migrate(notesDefinition, {}, 4)).toEqual({ ok: false, reason: 'newer', issue: { code: 'newerVersion', tool: 'test-notizen', version: 4, known: 3 } });
  });

  test('reports a migration that throws as notMigrated instead of throwing', () => {
    expect(migrate(notesDefinition, { notes: 'kein Array' }, 1)).toEqual({ ok: false, reason: 'invalid', issue: { code: 'notMigrated', tool: 'test-notizen', version: 1 } });
  });

  test('reports a missing migration step as notMigrated', () => {
    const broken: StoredValueDefinition<unknown> = { ...notesDefinition, migrations: {} } as StoredValueDefinition<unknown>;
    expect(migrate(broken, { notes: [] }, 1)).toMatchObject({ ok: false, reason: 'invalid', issue: { code: 'notMigrated' } });
  });

  test('names where validation failed', () => {
    const result = migrate(notesDefinition, { title: '', notes: [{ id: 'n1', body: 5, pinned: false }] }, 3);
    expect(result).toEqual({ ok: false, reason: 'invalid', issue: { code: 'wrongShapeAt', tool: 'test-notizen', path: 'notes.0.body' }, schemaIssue: expect.objectContaining({ type: 'string', input: 5 }) });
  });

  test('says when the data as a whole has the wrong shape', () => {
    expect(migrate(notesDefinition, 'Text', 3)).toEqual({ ok: false, reason: 'invalid', issue: { code: 'wrongShapeTop', tool: 'test-notizen' } });
  });

  test('shortens a long path to 80 characters', () => {
    const long = migrate({ ...notesDefinition, schema: v.object({ [`k${'x'.repeat(100)}`]: v.string() }) } as StoredValueDefinition<unknown>, {}, 3);
    expect(!long.ok && long.issue).toMatchObject({ code: 'wrongShapeAt', path: expect.stringMatching(/^kx{78}…$/) });
  });

  test('reports a schema that gives up as wrongShape', () => {
    const throwing = { ...notesDefinition, schema: v.pipe(v.unknown(), v.check(() => { throw new Error('too deep'); })) } as StoredValueDefinition<unknown>;
    expect(migrate(throwing, {}, 3)).toEqual({ ok: false, reason: 'invalid', issue: { code: 'wrongShape', tool: 'test-notizen' } });
  });

  test('returns fresh objects without __proto__ or constructor keys from the input', () => {
    const input = JSON.parse('{"title":"","notes":[],"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}');
    const result = migrate(notesDefinition, input, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.data)).toEqual(['title', 'notes']);
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('decodeEnvelope', () => {
  test('reads an envelope of the current version', () => {
    const data = { theme: 'hell', reminderDays: 3, name: '' };
    expect(decodeEnvelope(prefsDefinition, { v: 1, rev: 2, at: AT, data })).toEqual({ ok: true, envelope: { v: 1, rev: 2, at: AT, data }, migratedFrom: null });
  });

  test('says which version it migrated from', () => {
    const result = decodeEnvelope(notesDefinition, { v: 2, rev: 1, at: AT, data: { notes: [] } });
    expect(result).toMatchObject({ ok: true, migratedFrom: 2, envelope: { v: 3 } });
  });

  test.each([
    ['null', null],
    ['an array', []],
    ['a missing version', { rev: 1, at: AT, data: {} }],
    ['version 0', { v: 0, rev: 1, at: AT, data: {} }],
    ['a fractional version', { v: 1.5, rev: 1, at: AT, data: {} }],
    ['a negative revision', { v: 1, rev: -1, at: AT, data: {} }],
    ['a revision beyond safe counting', { v: 1, rev: MAX_REVISION + 1, at: AT, data: {} }],
    ['a huge time string', { v: 1, rev: 1, at: 'x'.repeat(65), data: {} }],
    ['a version as text', { v: '1', rev: 1, at: AT, data: {} }],
  ])('rejects %s as corrupt', (_name, value) => {
    expect(decodeEnvelope(prefsDefinition, value)).toEqual({ ok: false, reason: 'corrupt', issue: { code: 'notEnvelope', tool: 'test-einstellungen' } });
  });
});

describe('decodeStored', () => {
  test('reports text that is not JSON as damaged, with the tool’s id', () => {
    expect(decodeStored(prefsDefinition, '{kaputt')).toEqual({ ok: false, reason: 'corrupt', issue: { code: 'damaged', tool: 'test-einstellungen' } });
  });

  test('reads back what encodeStored wrote', () => {
    const data = { theme: 'system' as const, reminderDays: 30, name: 'Ada' };
    const text = encodeStored(prefsDefinition, data, 4, new Date(AT));
    expect(text).toBe(`{"v":1,"rev":4,"at":"${AT}","data":{"theme":"system","reminderDays":30,"name":"Ada"}}`);
    expect(decodeStored(prefsDefinition, text)).toEqual({ ok: true, envelope: { v: 1, rev: 4, at: AT, data }, migratedFrom: null });
  });

  test('survives nesting far deeper than any schema', () => {
    const deep = `{"v":1,"rev":1,"at":"x","data":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(decodeStored(prefsDefinition, deep)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('encodeEnvelope', () => {
  test('writes the keys in a fixed order, whatever order the object has', () => {
    expect(encodeEnvelope({ data: 1, at: AT, rev: 2, v: 3 } as never)).toBe(`{"v":3,"rev":2,"at":"${AT}","data":1}`);
  });
});

describe('countEntries', () => {
  test('counts list items and filled-in fields, two levels deep', () => {
    expect(countEntries({ goals: ['a', 'b'], note: 'x', empty: '', no: false, none: null, nested: { a: 1, b: '' } })).toBe(4);
    expect(countEntries([1, 2, 3])).toBe(3);
    expect(countEntries({})).toBe(0);
    expect(countEntries(undefined)).toBe(0);
  });

  test('counts an object deeper than two levels as one entry when it has any key', () => {
    expect(countEntries({ a: { b: { c: 1 } }, d: { e: {} } })).toBe(1);
  });

  test('with the fresh state, counts only what the reader changed', () => {
    const initial = { answers: { form: null, zwecke: [] as string[], stunden: '' }, step: 1, view: 'frage', weights: { a: 3, b: 5 }, items: [] as string[] };
    expect(countEntries(initial, initial)).toBe(0);
    expect(countEntries({ ...initial, answers: { form: 'online', zwecke: ['a', 'b'], stunden: '' }, weights: { a: 3, b: 1 } }, initial)).toBe(4);
    expect(countEntries({ ...initial, step: 4, items: ['x'] }, initial)).toBe(2);
  });

  test('copes with nesting too deep to compare', () => {
    const deep = JSON.parse(`${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    expect(countEntries({ a: { b: deep } }, { a: { b: [] } })).toBe(1);
    expect(countEntries([deep], [[]])).toBe(1);
  });
});
