import { describe, expect, test } from 'vitest';
import { formatHours, formatMinutes } from '../../../src/i18n/units';

describe('formatHours', () => {
  test('takes hours and picks singular or plural', () => {
    expect([0, 1, 1.5, 12.25].map(formatHours)).toEqual(['0 Stunden', '1 Stunde', '1,5 Stunden', '12,25 Stunden']);
  });
});

describe('formatMinutes', () => {
  test('takes minutes and writes hours rounded to a tenth', () => {
    expect(formatMinutes(195)).toBe('3,3 Stunden');
    expect(formatMinutes(260)).toBe('4,3 Stunden');
  });
  test('picks the singular for exactly one hour', () => {
    expect(formatMinutes(60)).toBe('1 Stunde');
    expect(formatMinutes(0)).toBe('0 Stunden');
  });
});
