import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { filledText, NUMBER_RANGES, readNumber } from '../../../src/lib/planner/input-checks';
import { channelSchema, emptyPlanner, plannerSchema, PLANNER_LIMITS } from '../../../src/lib/planner/planner-schema';

describe('readNumber', () => {
  test('reads decimals with a comma or a point where decimals are allowed', () => {
    expect(readNumber('7,5', NUMBER_RANGES.hoursPerMonth)).toEqual({ ok: 7.5 });
    expect(readNumber(' 7.5 ', NUMBER_RANGES.hoursPerMonth)).toEqual({ ok: 7.5 });
  });

  test('reads an empty field as null only where that is allowed', () => {
    expect(readNumber('', NUMBER_RANGES.hoursPerMonth)).toEqual({ ok: null });
    expect(readNumber('', NUMBER_RANGES.channelTimes)).toEqual({ problem: { code: 'wholeNumber', min: 0, max: 99 } });
  });

  test('refuses decimals in a whole-number field', () => {
    expect(readNumber('2,5', NUMBER_RANGES.channelTimes)).toEqual({ problem: { code: 'wholeNumber', min: 0, max: 99 } });
  });

  test('refuses text and numbers out of range', () => {
    expect(readNumber('abc', NUMBER_RANGES.hoursPerMonth)).toEqual({ problem: { code: 'number', min: 0, max: 200 } });
    expect(readNumber('201', NUMBER_RANGES.hoursPerMonth)).toMatchObject({ problem: { code: 'number' } });
    expect(readNumber('-1', NUMBER_RANGES.channelMinutes)).toMatchObject({ problem: { code: 'wholeNumber' } });
  });
});

describe('NUMBER_RANGES', () => {
  test('take their upper bounds from the schema', () => {
    expect(NUMBER_RANGES.hoursPerMonth.max).toBe(PLANNER_LIMITS.hoursPerMonth);
    expect(NUMBER_RANGES.channelTimes.max).toBe(PLANNER_LIMITS.channel.times);
    expect(NUMBER_RANGES.channelMinutes.max).toBe(PLANNER_LIMITS.channel.minutes);
  });

  test('accept exactly what the schema stores', () => {
    const channel = { id: 'c', type: 'linkedin', name: '', per: 'monat' } as const;
    expect(v.is(channelSchema, { ...channel, times: NUMBER_RANGES.channelTimes.max, minutes: NUMBER_RANGES.channelMinutes.max })).toBe(true);
    expect(v.is(channelSchema, { ...channel, times: NUMBER_RANGES.channelTimes.max + 1, minutes: 0 })).toBe(false);
    expect(v.is(plannerSchema, { ...emptyPlanner(), hoursPerMonth: NUMBER_RANGES.hoursPerMonth.max })).toBe(true);
    expect(v.is(plannerSchema, { ...emptyPlanner(), hoursPerMonth: NUMBER_RANGES.hoursPerMonth.max + 0.5 })).toBe(false);
  });
});

describe('filledText', () => {
  test('trims a text and gives null for a blank one', () => {
    expect(filledText('  M. Bauer ')).toBe('M. Bauer');
    expect(filledText(' \n ')).toBeNull();
  });
});
