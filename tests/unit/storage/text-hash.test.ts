import { describe, expect, test } from 'vitest';
import { textHash } from '../../../src/lib/storage/text-hash';

describe('textHash', () => {
  test('is the known cyrb53 of a text, as a short base-36 string', () => {
    // cyrb53('a') with seed 0 is 7929297801672961 (bryc's reference implementation).
    expect(textHash('a')).toBe((7929297801672961).toString(36));
    expect(textHash('')).toMatch(/^[0-9a-z]{1,12}$/);
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
