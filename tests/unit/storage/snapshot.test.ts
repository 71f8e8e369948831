import { describe, expect, test } from 'vitest';
import { encodeSnapshot } from '../../../src/lib/storage/snapshot';

describe('encodeSnapshot', () => {
  test('writes time, cause and values in a fixed order and nothing else', () => {
    const snapshot = { values: { 'nk:planer': '{"v":1}' }, cause: { code: 'beforeRestore' as const }, at: '2026-03-01T10:00:00.000Z', extra: 'nein' };
    expect(encodeSnapshot(snapshot)).toBe('{"v":2,"at":"2026-03-01T10:00:00.000Z","cause":{"code":"beforeRestore"},"values":{"nk:planer":"{\\"v\\":1}"}}');
  });
});

import { readFileSync } from 'node:fs';
import { holdsSameTexts, nextSnapshotKey, snapshotOrder, sortSnapshotKeys, SNAPSHOT_RING } from '../../../src/lib/storage/snapshot';
import { readSnapshotText } from '../../../src/lib/storage/snapshot-decode';

describe('the ring of snapshots', () => {
  test('keeps at least five', () => {
    expect(SNAPSHOT_RING).toBeGreaterThanOrEqual(5);
  });

  test('orders keys by their number, the single snapshot of format 1 first, and ignores other keys', () => {
    expect(sortSnapshotKeys(['nk:schnappschuss:20', 'nk:planer', 'nk:schnappschuss:3', 'nk:schnappschuss', 'nk:schnappschuss:x', 'nk:quarantaene:schnappschuss:1'])).toEqual([
      'nk:schnappschuss',
      'nk:schnappschuss:3',
      'nk:schnappschuss:20',
    ]);
    expect(snapshotOrder('nk:schnappschussx')).toBeNull();
  });

  test('a new key comes after every kept one, even when the clock went back', () => {
    const now = new Date('2026-03-01T10:00:00.000Z');
    expect(nextSnapshotKey([], now)).toBe(`nk:schnappschuss:${now.getTime()}`);
    expect(nextSnapshotKey([`nk:schnappschuss:${now.getTime() + 5}`], now)).toBe(`nk:schnappschuss:${now.getTime() + 6}`);
  });

  test('the same data texts match, any difference or a damaged text does not', () => {
    // Snapshots list their keys sorted (as `dataKeys` gives them), so the same texts read the same.
    const values = { 'nk:meta': 'b', 'nk:planer': 'a' };
    const raw = encodeSnapshot({ at: 'x', cause: { code: 'unknown' }, values });
    expect(holdsSameTexts(raw, values)).toBe(true);
    expect(holdsSameTexts(raw, { ...values, 'nk:planer': 'c' })).toBe(false);
    expect(holdsSameTexts(raw, { 'nk:planer': 'a' })).toBe(false);
    expect(holdsSameTexts(raw.replace('"values"', '"x":1,"values"').slice(0, -3), values)).toBe(false);
    expect(holdsSameTexts('{', values)).toBe(false);
    expect(holdsSameTexts(null, values)).toBe(false);
  });

  test('format 1 (the fixture of the single snapshot) reads like format 2', () => {
    const old = readFileSync(new URL('../../fixtures/snapshot-format1.json', import.meta.url), 'utf8');
    const read = readSnapshotText(old);
    expect(read).toMatchObject({ ok: true, format: 1, snapshot: { at: '2026-05-04T08:15:00.000Z', cause: { code: 'beforeImport', exportedAt: '2026-05-01T19:00:00.000Z' } } });
    if (read.ok) expect(readSnapshotText(encodeSnapshot(read.snapshot))).toEqual({ ...read, format: 2 });
  });

  test('a newer format is left alone, a damaged text is damaged', () => {
    expect(readSnapshotText('{"v":4,"whatever":1}')).toEqual({ ok: false, reason: 'newer' });
    // Format 3 needs decompressing: `readSnapshotFull` in snapshot-compressed.ts reads it.
    expect(readSnapshotText('{"v":3,"at":"x","keys":["nk:planer"],"sum":"1","deflate":"eA=="}')).toEqual({ ok: false, reason: 'compressed' });
    expect(readSnapshotText('{"v":3,"whatever":1}')).toEqual({ ok: false, reason: 'damaged' });
    expect(readSnapshotText('{"v":2,"at":"x"}')).toEqual({ ok: false, reason: 'damaged' });
    expect(readSnapshotText('{"v":"2","at":"x","values":{}}')).toEqual({ ok: false, reason: 'damaged' });
    expect(readSnapshotText('nicht json')).toEqual({ ok: false, reason: 'damaged' });
  });
});
