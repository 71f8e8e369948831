import { describe, expect, test } from 'vitest';
import { textHash } from '../../../src/lib/storage/text-hash';

describe('textHash', () => {
  test('is a short base-36 string of at most 53 bits', () => {
    for (const text of ['', 'a', '{"nk:planer":"…"}']) {
      const hash = textHash(text);
      expect(hash).toMatch(/^[0-9a-z]{1,11}$/);
      expect(parseInt(hash, 36)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    }
  });

  test('a difference in a single place never collides (each lane step is a bijection)', () => {
    const base = 'x'.repeat(64);
    const seen = new Set<string>();
    for (let place = 0; place < 64; place++) {
      for (const c of ['a', 'b', 'ü', '\ud83d']) seen.add(textHash(base.slice(0, place) + c + base.slice(place + 1)));
    }
    expect(seen.size).toBe(64 * 4);
    expect(seen.has(textHash(base))).toBe(false);
  });

  test('the same text always gives the same hash; a change of one character (or a UTF-16 unit) another', () => {
    const text = JSON.stringify({ 'nk:planer': '{"v":3,"data":{"name":"Jule Krüger"}}' });
    expect(textHash(text)).toBe(textHash(`${text}`));
    expect(textHash(text.replace('ü', 'u'))).not.toBe(textHash(text));
    expect(textHash('\ud83d')).not.toBe(textHash('\ud83e'));
    const seen = new Set(Array.from({ length: 5000 }, (_, i) => textHash(`{"nk:planer":"${i}"}`)));
    expect(seen.size).toBe(5000);
  });
});
