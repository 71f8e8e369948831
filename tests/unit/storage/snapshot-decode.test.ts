import { describe, expect, test } from 'vitest';
import { encodeSnapshot } from '../../../src/lib/storage/snapshot';
import { decodeSnapshot } from '../../../src/lib/storage/snapshot-decode';

describe('decodeSnapshot', () => {
  test('reads back what encodeSnapshot wrote', () => {
    const snapshot = { at: '2026-03-01T10:00:00.000Z', reason: 'vor dem Einspielen', values: { 'nk:planer': '{"v":1}' } };
    expect(decodeSnapshot(encodeSnapshot(snapshot))).toEqual(snapshot);
  });

  test.each([
    ['nothing', null],
    ['text that is not JSON', '{'],
    ['a value that is not text', '{"at":"x","reason":"y","values":{"nk:a":5}}'],
    ['a key that is not ours', '{"at":"x","reason":"y","values":{"fremd":"a"}}'],
    ['a missing reason', '{"at":"x","values":{}}'],
  ])('gives null for %s', (_name, raw) => {
    expect(decodeSnapshot(raw)).toBeNull();
  });

  test('drops __proto__ keys and returns a plain object', () => {
    const snapshot = decodeSnapshot('{"at":"x","reason":"y","values":{"__proto__":"a","nk:a":"b"}}');
    expect(snapshot?.values).toEqual({ 'nk:a': 'b' });
    expect(Object.getPrototypeOf(snapshot!.values)).toBe(Object.prototype);
  });
});
