import { describe, expect, test } from 'vitest';
import { emptyAnswers } from '../../../src/lib/questionnaire/answers-schema';
import { HOURS_MAX, hoursPerMonth, parseHours } from '../../../src/lib/questionnaire/hours';

describe('parseHours', () => {
  test('reads whole numbers, decimal commas and points, and a trailing unit', () => {
    expect(['4', '2,5', '2.5', '6 Stunden', '1 Std.', '3h'].map(parseHours)).toEqual([4, 2.5, 2.5, 6, 1, 3]);
  });
  test('refuses text, negative numbers and more than four digits', () => {
    expect(['viel', '-1', '12345', '1,234', ''].map(parseHours)).toEqual([null, null, null, null, null]);
  });
});

describe('hoursPerMonth', () => {
  test('is the typed number up to the maximum, else null', () => {
    expect(hoursPerMonth({ ...emptyAnswers(), stunden: '7,5' })).toBe(7.5);
    expect(hoursPerMonth({ ...emptyAnswers(), stunden: String(HOURS_MAX) })).toBe(HOURS_MAX);
    expect(hoursPerMonth({ ...emptyAnswers(), stunden: String(HOURS_MAX + 1) })).toBeNull();
    expect(hoursPerMonth({ ...emptyAnswers(), stunden: '3', stundenUnklar: true })).toBeNull();
  });
});
