import { describe, expect, test } from 'vitest';
import { addDays, addMonths, compactDay, daysBetween, daysInMonth, isIsoDay, isMonthDay, localDay, utcDay, isLeapYear, laterDay, yearOf } from '../../../src/lib/dates/iso-day';

describe('isMonthDay', () => {
  test('accepts days that exist in some year, 29 February included', () => {
    for (const day of ['01-01', '02-29', '04-30', '12-31']) expect(isMonthDay(day), day).toBe(true);
  });
  test('refuses impossible days and other shapes', () => {
    for (const day of ['02-30', '02-31', '04-31', '06-31', '09-31', '11-31', '00-10', '13-01', '01-00', '01-32', '1-1', '', '2026-02-01']) expect(isMonthDay(day), day).toBe(false);
  });
});

describe('isIsoDay', () => {
  test('accepts real days and refuses impossible ones', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2026-04-31')).toBe(false);
    expect(isIsoDay('2026-4-3')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });
});

describe('isLeapYear', () => {
  test('follows the Gregorian rule for centuries', () => {
    expect([2024, 2027, 2100, 2000].map(isLeapYear)).toEqual([true, false, false, true]);
  });
});

describe('daysInMonth', () => {
  test('knows February in leap and common years', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2027, 11)).toBe(30);
  });
});

describe('addDays', () => {
  test('crosses the turn of the year and back', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2027-01-02', -3)).toBe('2026-12-30');
  });

  test('is not thrown off by the change to summer time', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });
});

describe('addMonths', () => {
  test('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  test('carries into the next year', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-02', 12)).toBe('2027-03-02');
  });
});

describe('daysBetween', () => {
  test('counts whole days, negative backwards', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
  });
});

describe('laterDay', () => {
  test('returns the later of two days', () => {
    expect(laterDay('2026-03-01', '2026-02-28')).toBe('2026-03-01');
  });
});

describe('yearOf', () => {
  test('returns the year as a number', () => {
    expect(yearOf('2027-06-01')).toBe(2027);
  });
});

describe('compactDay', () => {
  test('drops the dashes for iCalendar', () => {
    expect(compactDay('2026-03-01')).toBe('20260301');
  });

  test('refuses what is not a day', () => {
    expect(() => compactDay('1.3.2026')).toThrow();
  });
});

describe('localDay', () => {
  test('uses the local calendar day, not UTC', () => {
    expect(localDay(new Date(2026, 2, 1, 23, 30))).toBe('2026-03-01');
    expect(localDay(new Date(2026, 0, 5, 0, 5))).toBe('2026-01-05');
  });
});

describe('utcDay', () => {
  test('is the UTC day of a date, whatever the hour', () => {
    expect(utcDay(new Date('2026-11-23T23:59:00Z'))).toBe('2026-11-23');
  });
});
