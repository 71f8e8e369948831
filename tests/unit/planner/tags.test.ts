import { describe, expect, test } from 'vitest';
import { tagsAreDistinct } from '../../../src/lib/planner/tags';

describe('tagsAreDistinct', () => {
  test('finds tags that are the same after folding case, umlauts, ß and diacritics', () => {
    expect(tagsAreDistinct(['Köln', 'koeln'])).toBe(false);
    expect(tagsAreDistinct(['Straße', 'STRASSE'])).toBe(false);
    expect(tagsAreDistinct(['Café', 'cafe'])).toBe(false);
    expect(tagsAreDistinct(['Köln', 'Bonn'])).toBe(true);
    expect(tagsAreDistinct([])).toBe(true);
  });
});
