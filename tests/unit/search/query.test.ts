import { describe, expect, test } from 'vitest';
import { checkQuery, normalizeQuery, QUERY_LIMITS } from '../../../src/lib/search/query';

describe('normalizeQuery', () => {
  test('trims and turns runs of white space into one space', () => {
    expect(normalizeQuery('  Kontakte \t\n pflegen  ')).toBe('Kontakte pflegen');
  });

  test('composes decomposed umlauts, so „Übung“ typed as U + ¨ is the same word', () => {
    expect(normalizeQuery('U\u0308bung')).toBe('Übung');
  });

  test('turns control and zero-width characters into spaces', () => {
    expect(normalizeQuery('Kon\u200btakt\u0000e')).toBe('Kon takt e');
  });
});

describe('checkQuery', () => {
  test('accepts a word and returns it normalised', () => {
    expect(checkQuery(' Kontakte ')).toEqual({ ok: true, query: 'Kontakte' });
  });

  test('calls nothing, only spaces and a missing parameter empty', () => {
    for (const raw of ['', '   ', null, undefined, 42]) expect(checkQuery(raw)).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  test('finds one letter too short and says how short', () => {
    expect(checkQuery('a')).toEqual({ ok: false, problem: { code: 'tooShort', min: QUERY_LIMITS.min, n: 1, query: 'a' } });
  });

  test('counts characters, not UTF-16 units: one emoji is one character', () => {
    expect(checkQuery('👋')).toMatchObject({ ok: false, problem: { code: 'tooShort', n: 1 } });
  });

  test('refuses 500 characters and says how many there are', () => {
    expect(checkQuery('x'.repeat(500))).toEqual({ ok: false, problem: { code: 'tooLong', max: QUERY_LIMITS.max, n: 500 } });
  });

  test('accepts exactly the maximum', () => {
    expect(checkQuery('x'.repeat(QUERY_LIMITS.max))).toMatchObject({ ok: true });
  });

  test('passes HTML and quotes on as plain text, for the page to show as text', () => {
    expect(checkQuery('<b>Kontakt</b> "Netz')).toEqual({ ok: true, query: '<b>Kontakt</b> "Netz' });
  });
});
