import { describe, expect, test } from 'vitest';
import { encodeSnapshot } from '../../../src/lib/storage/snapshot';

describe('encodeSnapshot', () => {
  test('writes time, cause and values in a fixed order and nothing else', () => {
    const snapshot = { values: { 'nk:planer': '{"v":1}' }, cause: { code: 'beforeRestore' as const }, at: '2026-03-01T10:00:00.000Z', extra: 'nein' };
    expect(encodeSnapshot(snapshot)).toBe('{"at":"2026-03-01T10:00:00.000Z","cause":{"code":"beforeRestore"},"values":{"nk:planer":"{\\"v\\":1}"}}');
  });
});
