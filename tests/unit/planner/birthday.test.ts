import { describe, expect, test } from 'vitest';
import { birthdayMonthDay, birthYear, formatBirthday, isValidBirthday, parseBirthday } from '../../../src/lib/planner/birthday';

describe('isValidBirthday', () => {
  test('allows 29 February and refuses days no year has', () => {
    expect(['02-29', '12-31', '02-30', '04-31', '13-01', '00-10', '1-1'].map(isValidBirthday)).toEqual([true, true, false, false, false, false, false]);
  });
});

describe('parseBirthday', () => {
  test('reads day and month with or without leading zeros and final dot', () => {
    expect(['14.3.', '14.03', '1.1.', ' 29.2. ', '31. 12.'].map((t) => parseBirthday(t))).toEqual(['03-14', '03-14', '01-01', '02-29', '12-31']);
  });

  test('is empty for an empty field', () => {
    expect(parseBirthday('  ')).toBe('');
  });

  test('refuses days no calendar has and other text', () => {
    expect(['31.4.', '30.2.', '0.1.', '12.13.', '14-03', 'März', '1.1.90'].map((t) => parseBirthday(t))).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('birthdays with a year (schema version 3)', () => {
  test('parseBirthday keeps a year from 1900 to this year', () => {
    expect(parseBirthday('14.3.1980', 2026)).toBe('1980-03-14');
    expect(parseBirthday('1.1. 1900', 2026)).toBe('1900-01-01');
    expect(parseBirthday('29.2.2024', 2026)).toBe('2024-02-29');
    expect(parseBirthday('31.12.2026', 2026)).toBe('2026-12-31');
  });

  test('parseBirthday refuses a year out of range and 29 February of a year without one', () => {
    expect(['1.1.1899', '1.1.2027', '29.2.2023', '31.4.1980'].map((t) => parseBirthday(t, 2026))).toEqual([null, null, null, null]);
  });

  test('day and month, year and German form of both shapes', () => {
    expect(birthdayMonthDay('1980-03-14')).toBe('03-14');
    expect(birthdayMonthDay('03-14')).toBe('03-14');
    expect(birthdayMonthDay('')).toBe('');
    expect(birthYear('1980-03-14')).toBe(1980);
    expect(birthYear('03-14')).toBeNull();
    expect(formatBirthday('1980-03-14')).toBe('14.3.1980');
    expect(parseBirthday(formatBirthday('2024-02-29'), 2026)).toBe('2024-02-29');
  });
});

describe('formatBirthday', () => {
  test('writes day and month the German way', () => {
    expect(formatBirthday('03-14')).toBe('14.3.');
    expect(formatBirthday('')).toBe('');
  });
});
