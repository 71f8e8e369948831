import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { forgetAhead, packShard, unpackAhead, unpackShard } from '../../../src/lib/storage/shard-codec';
import { generateLargePlanner } from '../../fixtures/planner-large';

describe('packShard / unpackShard', () => {
  test('any JSON text comes back unchanged (fast-check, texts with every kind of character)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 40 }), (strings) => {
        const json = JSON.stringify(strings);
        expect(unpackShard(packShard(json))).toBe(json);
      }),
      { numRuns: 300 },
    );
  });

  test('every byte length comes back exactly, whatever padding its last unit needs', () => {
    for (let n = 0; n < 64; n++) {
      const json = JSON.stringify('x'.repeat(n) + 'ä€😀'.slice(0, n % 4));
      expect(unpackShard(packShard(json))).toBe(json);
    }
  });

  test('packs into units U+4000–U+BFFF only: no surrogates, nothing JSON escapes', () => {
    const text = packShard(JSON.stringify(generateLargePlanner({ contacts: 50, interactionsPerContact: 2, actions: 0, today: '2026-12-01' }).contacts));
    expect(text.slice(0, 1)).toBe('Z');
    for (let i = 2; i < text.length; i++) expect(text.charCodeAt(i) >= 0x4000 && text.charCodeAt(i) <= 0xbfff).toBe(true);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
  });

  test('200 contacts of LinkedIn size take under a tenth of their JSON’s UTF-16 units', () => {
    const json = JSON.stringify(generateLargePlanner({ contacts: 200, interactionsPerContact: 2, actions: 0, today: '2026-12-01' }).contacts);
    expect(packShard(json).length).toBeLessThan(json.length / 10);
  });

  test('a text that is no packed shard throws', () => {
    expect(() => unpackShard('[1,2]')).toThrow();
    expect(() => unpackShard('Z2' + '\u4000')).toThrow();
    expect(() => unpackShard('Z0a')).toThrow();
  });

  test('damage either throws or gives another text (the main text’s hash finds it), never an uncaught crash (fast-check)', () => {
    const json = JSON.stringify(generateLargePlanner({ contacts: 20, interactionsPerContact: 1, actions: 0, today: '2026-12-01' }).contacts);
    const packed = packShard(json);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: packed.length - 1 }), fc.integer({ min: 0x4000, max: 0xbfff }), (at, unit) => {
        const damaged = packed.slice(0, at) + String.fromCharCode(unit) + packed.slice(at + 1);
        let out: string | null = null;
        try {
          out = unpackShard(damaged);
        } catch {
          return;
        }
        if (damaged !== packed) expect(typeof out).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  test('unpacking ahead with the platform’s DecompressionStream gives the same texts; damaged ones are left to unpackShard', async () => {
    const json = JSON.stringify(generateLargePlanner({ contacts: 300, interactionsPerContact: 2, actions: 0, today: '2026-12-01' }).contacts);
    const packed = packShard(json);
    const damaged = packed.slice(0, 40) + '\u4000'.repeat(20) + packed.slice(60);
    await unpackAhead([packed, damaged, '[1]']);
    expect(unpackShard(packed)).toBe(json);
    forgetAhead();
    expect(unpackShard(packed)).toBe(json);
    let out: string | null = null;
    try {
      out = unpackShard(damaged);
    } catch {
      // damaged: thrown, as it may be
    }
    expect(out).not.toBe(json);
  });
});
