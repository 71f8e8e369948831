import { describe, expect, test, vi } from 'vitest';
import { keptPerText } from '../../../src/lib/text/kept';

describe('keptPerText', () => {
  test('works a text out once, also when the value is falsy, and forgets all once full', () => {
    const compute = vi.fn((text: string) => (text === 'leer' ? '' : text.toUpperCase()));
    const kept = keptPerText(compute, 2);
    expect([kept('a'), kept('a'), kept('leer'), kept('leer')]).toEqual(['A', 'A', '', '']);
    expect(compute).toHaveBeenCalledTimes(2);
    kept('b');
    kept('a');
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
