import { describe, expect, test } from 'vitest';
import { formatBirthday, isValidBirthday, parseBirthday } from '../../../src/lib/planner/birthday';

describe('isValidBirthday', () => {
  test('allows 29 February and refuses days no year has', () => {
    expect(['02-29', '12-31', '02-30', '04-31', '13-01', '00-10', '1-1'].map(isValidBirthday)).toEqual([true, true, false, false, false, false, false]);
  });
});

describe('parseBirthday', () => {
  test('reads day and month with or without leading zeros and final dot', () => {
    expect(['14.3.', '14.03', '1.1.', ' 29.2. ', '31. 12.'].map(parseBirthday)).toEqual(['03-14', '03-14', '01-01', '02-29', '12-31']);
  });

  test('is empty for an empty field', () => {
    expect(parseBirthday('  ')).toBe('');
  });

  test('refuses days no calendar has and other text', () => {
    expect(['31.4.', '30.2.', '0.1.', '12.13.', '14-03', 'März', '1.1.1990'].map(parseBirthday)).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('formatBirthday', () => {
  test('writes day and month the German way', () => {
    expect(formatBirthday('03-14')).toBe('14.3.');
    expect(formatBirthday('')).toBe('');
  });
});
