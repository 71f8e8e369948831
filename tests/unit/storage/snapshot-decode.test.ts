import { describe, expect, test } from 'vitest';
import { encodeSnapshot, type SnapshotCause } from '../../../src/lib/storage/snapshot';
import { decodeSnapshot } from '../../../src/lib/storage/snapshot-decode';

describe('decodeSnapshot', () => {
  test.each<SnapshotCause>([
    { code: 'beforeImport', exportedAt: '2026-02-01T08:00:00.000Z' },
    { code: 'beforeUpdate', tool: 'planer', version: 2 },
    { code: 'beforeRestore' },
    { code: 'beforeContactImport', fileName: 'Connections.csv' },
    { code: 'beforeDelete' },
  ])('reads back what encodeSnapshot wrote, cause $code', (cause) => {
    const snapshot = { at: '2026-03-01T10:00:00.000Z', cause, values: { 'nk:planer': '{"v":1}' } };
    expect(decodeSnapshot(encodeSnapshot(snapshot))).toEqual(snapshot);
  });

  test.each([
    ['a sentence (as stored before causes were codes)', '"reason":"vor dem Einspielen"'],
    ['no cause', '"x":1'],
    ['an unknown code', '"cause":{"code":"later"}'],
    ['an update cause without a version', '"cause":{"code":"beforeUpdate","tool":"planer"}'],
    ['a contact import cause without a file name', '"cause":{"code":"beforeContactImport"}'],
    ['an update cause whose tool is not an id', '"cause":{"code":"beforeUpdate","tool":"<b>","version":1}'],
  ])('reads %s as cause unknown, keeping the data', (_name, cause) => {
    expect(decodeSnapshot(`{"at":"x",${cause},"values":{"nk:a":"b"}}`)).toEqual({ at: 'x', cause: { code: 'unknown' }, values: { 'nk:a': 'b' } });
  });

  test.each([
    ['nothing', null],
    ['text that is not JSON', '{'],
    ['a value that is not text', '{"at":"x","cause":{"code":"beforeRestore"},"values":{"nk:a":5}}'],
    ['a key that is not ours', '{"at":"x","cause":{"code":"beforeRestore"},"values":{"fremd":"a"}}'],
    ['a missing time', '{"cause":{"code":"beforeRestore"},"values":{}}'],
  ])('gives null for %s', (_name, raw) => {
    expect(decodeSnapshot(raw)).toBeNull();
  });

  test('drops __proto__ keys and returns a plain object', () => {
    const snapshot = decodeSnapshot('{"at":"x","cause":{"code":"beforeRestore"},"values":{"__proto__":"a","nk:a":"b"}}');
    expect(snapshot?.values).toEqual({ 'nk:a': 'b' });
    expect(Object.getPrototypeOf(snapshot!.values)).toBe(Object.prototype);
  });
});
