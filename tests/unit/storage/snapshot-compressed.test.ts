/**
 * Snapshot format 3 (issue #10, part 3: five snapshots of a 2,000-contact planner must fit): round
 * trips, the hash that finds an identical newest snapshot, damaged inputs, and formats 1 and 2 still read.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { encodeSnapshot, type Snapshot } from '../../../src/lib/storage/snapshot';
import { readSnapshotHead } from '../../../src/lib/storage/snapshot-decode';
import { encodeCompressedSnapshot, holdsSameValues, packValues, readSnapshotFull } from '../../../src/lib/storage/snapshot-compressed';
import { bytesToBase64, deflateToBase64 } from '../../../src/lib/storage/deflate-text';
import { textHash } from '../../../src/lib/storage/text-hash';
import { generateLargePlanner } from '../../fixtures/planner-large';

afterEach(() => vi.unstubAllGlobals());

const AT = '2026-03-01T10:00:00.000Z';
const planner = (contacts = 300) => JSON.stringify({ v: 3, rev: 1, at: AT, data: generateLargePlanner({ contacts }) });
const snapshotOf = (values: Record<string, string>): Snapshot => ({ at: AT, cause: { code: 'beforeImport', exportedAt: AT, fileName: 'sicherung.json' }, values });
const big = snapshotOf({ 'nk:meta': '{"v":2,"rev":1,"at":"x","data":{}}', 'nk:planer': planner() });

/** A format-3 text with parts replaced, to damage it on purpose. */
async function compressedWith(parts: Record<string, unknown>, json = JSON.stringify(big.values)): Promise<string> {
  const base = { v: 3, at: AT, cause: big.cause, keys: Object.keys(big.values), sum: textHash(json), deflate: await deflateToBase64(json) };
  return JSON.stringify({ ...base, ...parts });
}

describe('format 3', () => {
  test('keeps time, cause and keys as plain JSON and the values compressed; reads back exactly what it was given', async () => {
    const raw = await encodeCompressedSnapshot(big);
    const stored = JSON.parse(raw);
    expect(Object.keys(stored)).toEqual(['v', 'at', 'cause', 'keys', 'sum', 'deflate']);
    expect(stored).toMatchObject({ v: 3, at: AT, cause: big.cause, keys: ['nk:meta', 'nk:planer'] });
    expect(raw.length).toBeLessThan(encodeSnapshot(big).length / 5);
    expect(await readSnapshotFull(raw)).toEqual({ ok: true, format: 3, snapshot: big });
  });

  test('„Meine Daten“ lists it from its head, without decompressing', async () => {
    const raw = await encodeCompressedSnapshot(big);
    expect(readSnapshotHead(raw)).toMatchObject({ ok: true, head: { at: AT, cause: big.cause, keys: ['nk:meta', 'nk:planer'], format: 3 } });
  });

  test('little data stays format 2, where compressing would make it longer', async () => {
    const small = snapshotOf({ 'nk:meta': '{"v":2}' });
    expect(await encodeCompressedSnapshot(small)).toBe(encodeSnapshot(small));
  });

  test('without CompressionStream it writes format 2, as before', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    expect(await encodeCompressedSnapshot(big)).toBe(encodeSnapshot(big));
  });

  test('holdsSameValues: the same data matches by hash, any change does not; formats 1 and 2 as before', async () => {
    const raw = await encodeCompressedSnapshot(big);
    expect(holdsSameValues(raw, packValues(big.values))).toBe(true);
    expect(holdsSameValues(raw, packValues({ ...big.values, 'nk:planer': big.values['nk:planer']!.replace('Anna', 'Anne') }))).toBe(false);
    expect(holdsSameValues(raw, packValues({ 'nk:planer': big.values['nk:planer']! }))).toBe(false);
    expect(holdsSameValues(raw.replace('"sum":"', '"sum":"0'), packValues(big.values))).toBe(false);
    expect(holdsSameValues(raw.slice(0, -10), packValues(big.values))).toBe(false);
    expect(holdsSameValues(encodeSnapshot(big), packValues(big.values))).toBe(true);
    expect(holdsSameValues(null, packValues(big.values))).toBe(false);
  });

  test.each<[string, () => Promise<string>]>([
    ['bad base64', () => compressedWith({ deflate: 'ä!*' })],
    ['bad deflate data', () => compressedWith({ deflate: btoa('keine deflate-Daten') })],
    ['deflate data cut short', async () => compressedWith({ deflate: (await deflateToBase64(JSON.stringify(big.values))).slice(0, 400) })],
    ['a hash that does not fit the values', () => compressedWith({ sum: 'abc' })],
    // Latin-1 „ü“ (0xFC) alone is no UTF-8, stored uncompressed (block type 0): reads as U+FFFD, whose hash does not fit.
    ['bytes inside that are no UTF-8', () => compressedWith({ deflate: bytesToBase64(Uint8Array.from([0x01, 0x01, 0x00, 0xfe, 0xff, 0xfc])) }, 'ü')],
    ['keys outside that differ from the values inside', () => compressedWith({ keys: ['nk:planer'] })],
    ['no JSON inside', () => compressedWith({}, 'kein JSON')],
    ['values that are no texts', () => compressedWith({ keys: ['nk:planer'] }, '{"nk:planer":{"v":3}}')],
    ['values under keys not ours', () => compressedWith({ keys: ['fremd'] }, '{"fremd":"x"}')],
    ['a head without time', async () => JSON.stringify({ ...JSON.parse(await compressedWith({})), at: undefined })],
    ['keys that are no list', () => compressedWith({ keys: 'nk:planer' })],
    ['the same key twice', () => compressedWith({ keys: ['nk:meta', 'nk:meta'] })],
  ])('%s: damaged, never thrown, never half read', async (_, make) => {
    expect(await readSnapshotFull(await make())).toEqual({ ok: false, reason: 'damaged' });
  });

  test('a compressed part damaged inside a sound head still lists (the first look of „Meine Daten“ puts it aside)', async () => {
    const raw = await compressedWith({ deflate: btoa('keine deflate-Daten') });
    expect(readSnapshotHead(raw).ok).toBe(true);
  });

  test('formats 1 and 2 still read in full; a newer format is left alone', async () => {
    const old = readFileSync(new URL('../../fixtures/snapshot-format1.json', import.meta.url), 'utf8');
    expect(await readSnapshotFull(old)).toMatchObject({ ok: true, format: 1, snapshot: { at: '2026-05-04T08:15:00.000Z' } });
    expect(await readSnapshotFull(encodeSnapshot(big))).toEqual({ ok: true, format: 2, snapshot: big });
    expect(await readSnapshotFull('{"v":4,"at":"x"}')).toEqual({ ok: false, reason: 'newer' });
    expect(readSnapshotHead('{"v":4,"at":"x"}')).toEqual({ ok: false, reason: 'newer' });
    expect(await readSnapshotFull('nicht json')).toEqual({ ok: false, reason: 'damaged' });
  });

  test('a 2,000-contact planner: five compressed snapshots fit in a browser’s 5,242,880 units, where one uncompressed did', async () => {
    const values = { 'nk:planer': planner(2000) };
    const raw = await encodeCompressedSnapshot(snapshotOf(values));
    expect(values['nk:planer'].length + 5 * raw.length).toBeLessThan(5_242_880);
    expect(values['nk:planer'].length + 2 * encodeSnapshot(snapshotOf(values)).length).toBeGreaterThan(5_242_880);
  });
});
