import { describe, expect, test } from 'vitest';
import { mergeById, mergeFieldsById } from '../../../src/lib/storage/merge-by-id';
import { deepFreeze } from '../support/deep-freeze';

describe('mergeById', () => {
  test('keeps the order of current items, replaces namesakes and appends new ones', () => {
    expect(mergeById([{ id: 'a', n: 1 }, { id: 'b', n: 1 }], [{ id: 'c', n: 2 }, { id: 'a', n: 2 }])).toEqual([
      { id: 'a', n: 2 },
      { id: 'b', n: 1 },
      { id: 'c', n: 2 },
    ]);
  });

  test('never repeats an id', () => {
    expect(mergeById([{ id: 'a' }, { id: 'a' }], [{ id: 'b' }, { id: 'b' }]).map((x) => x.id)).toEqual(['a', 'b']);
  });

  test('does not change its inputs', () => {
    const current = deepFreeze([{ id: 'a', n: 1 }]);
    const incoming = deepFreeze([{ id: 'a', n: 2 }]);
    expect(() => mergeById(current, incoming)).not.toThrow();
  });
});

describe('mergeFieldsById', () => {
  interface Plan {
    goals: { id: string; text: string }[];
    done: string[];
    intro: string;
    hours: number | null;
    owner: string;
  }
  const merge = mergeFieldsById<Plan>(['goals']);
  const current: Plan = { goals: [{ id: 'a', text: 'alt' }, { id: 'b', text: 'b' }], done: ['ziele'], intro: 'meins', hours: null, owner: '' };
  const incoming: Plan = { goals: [{ id: 'a', text: 'neu' }, { id: 'c', text: 'c' }], done: ['kanaele', 'ziele'], intro: 'aus der Sicherung', hours: 4, owner: 'Ada' };

  test('joins id lists, keeps every plain list value once, and keeps stored fields unless they are empty', () => {
    expect(merge(deepFreeze(current), deepFreeze(incoming))).toEqual({
      goals: [{ id: 'a', text: 'neu' }, { id: 'b', text: 'b' }, { id: 'c', text: 'c' }],
      done: ['ziele', 'kanaele'],
      intro: 'meins',
      hours: 4,
      owner: 'Ada',
    });
  });

  test('merging with itself changes nothing', () => {
    expect(merge(current, current)).toEqual(current);
  });
});
