import { describe, expect, test } from 'vitest';
import { duplicateOf } from '../../../src/lib/planner/duplicates';

describe('duplicateOf', () => {
  const items = [
    { id: 'c1', name: 'LinkedIn' },
    { id: 'k1', name: 'Jana Müller' },
  ];

  test('finds a name that differs only in case and spaces', () => {
    expect(duplicateOf('  linkedin ', items, null)).toEqual(items[0]);
  });

  test('treats umlauts and their spelling with e as the same name', () => {
    expect(duplicateOf('jana mueller', items, null)).toEqual(items[1]);
    expect(duplicateOf('Jana Muller', items, null)).toEqual(items[1]);
  });

  test('ignores the item being edited', () => {
    expect(duplicateOf('LinkedIn', items, 'c1')).toBeNull();
  });

  test('never matches a blank name, nor blank names of others', () => {
    expect(duplicateOf('   ', items, null)).toBeNull();
    expect(duplicateOf('', [{ id: 'x', name: '' }], null)).toBeNull();
  });

  test('is null for a new name', () => {
    expect(duplicateOf('Xing', items, null)).toBeNull();
  });
});
