import { describe, expect, test } from 'vitest';
import { checkRevision, sameContent, stableJson } from '../../../src/lib/forms/revision';

describe('stableJson', () => {
  test('gives the same text for the same content in any key order', () => {
    expect(stableJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(stableJson({ a: { c: 'x', d: [1, 2] }, b: 1 }));
  });
  test('tells different array orders apart', () => {
    expect(sameContent([1, 2], [2, 1])).toBe(false);
  });
  test('ignores keys whose value is undefined', () => {
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });
});

describe('checkRevision', () => {
  const base = { name: 'Verein', notes: '', ratings: { form: 'gut', ort: 'unklar' }, tags: ['a'] };

  test('is clear when the stored record is as the form found it', () => {
    expect(checkRevision(base, { ...base }, { ...base, notes: 'meins' })).toEqual({ status: 'clear' });
  });

  test('reports a deleted record', () => {
    expect(checkRevision(base, null, base)).toEqual({ status: 'deleted' });
    expect(checkRevision(base, undefined, base)).toEqual({ status: 'deleted' });
  });

  test('lists each field where the stored record and the form differ', () => {
    const theirs = { ...base, notes: 'aus Tab B' };
    const mine = { ...base, name: 'Verein e. V.' };
    expect(checkRevision(base, theirs, mine)).toEqual({
      status: 'changed',
      fields: [
        { key: 'name', theirs: 'Verein', mine: 'Verein e. V.' },
        { key: 'notes', theirs: 'aus Tab B', mine: '' },
      ],
    });
  });

  test('names nested fields with dots and compares arrays as one field', () => {
    const theirs = { ...base, ratings: { ...base.ratings, form: 'schlecht' }, tags: ['a', 'b'] };
    const result = checkRevision(base, theirs, base);
    expect(result).toEqual({
      status: 'changed',
      fields: [
        { key: 'ratings.form', theirs: 'schlecht', mine: 'gut' },
        { key: 'tags', theirs: ['a', 'b'], mine: ['a'] },
      ],
    });
  });

  test('is clear when both sides made the same change', () => {
    const same = { ...base, notes: 'gleich' };
    expect(checkRevision(base, same, { ...same })).toEqual({ status: 'clear' });
  });
});
