import { describe, expect, test } from 'vitest';
import { formatDateDe, isoDay } from '../../../src/lib/text/format';

describe('formatDateDe', () => {
  test('writes the German long date', () => {
    expect(formatDateDe(new Date('2026-11-23'))).toBe('23. November 2026');
  });

  test('keeps the calendar day whatever the time zone', () => {
    expect(formatDateDe(new Date('2026-03-01T00:00:00Z'))).toBe('1. März 2026');
  });
});

describe('isoDay', () => {
  test('gives YYYY-MM-DD', () => {
    expect(isoDay(new Date('2026-11-23T15:00:00Z'))).toBe('2026-11-23');
  });
});
