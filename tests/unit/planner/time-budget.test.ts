import { describe, expect, test } from 'vitest';
import { channelMinutesPerMonth, contactCareMinutesPerMonth, timeBudget } from '../../../src/lib/planner/time-budget';
import type { Channel } from '../../../src/lib/planner/planner-schema';

const channel = (id: string, times: number, per: Channel['per'], minutes: number): Channel => ({ id, type: 'events', name: '', times, per, minutes });

describe('channelMinutesPerMonth', () => {
  test('multiplies frequency by time per occasion', () => {
    expect(channelMinutesPerMonth({ times: 2, per: 'monat', minutes: 90 })).toBe(180);
  });

  test('counts a week as 52 / 12 of a month', () => {
    expect(channelMinutesPerMonth({ times: 1, per: 'woche', minutes: 60 })).toBeCloseTo(260);
  });

  test('spreads quarterly and yearly occasions over the months', () => {
    expect(channelMinutesPerMonth({ times: 1, per: 'quartal', minutes: 180 })).toBeCloseTo(60);
    expect(channelMinutesPerMonth({ times: 2, per: 'jahr', minutes: 480 })).toBeCloseTo(80);
  });

  test('is zero when the channel is planned zero times', () => {
    expect(channelMinutesPerMonth({ times: 0, per: 'woche', minutes: 60 })).toBe(0);
  });
});

describe('contactCareMinutesPerMonth', () => {
  test('adds the follow-ups of every rhythm', () => {
    expect(contactCareMinutesPerMonth([{ rhythm: '3m' }, { rhythm: '1m' }], 15)).toBeCloseTo(20);
    expect(contactCareMinutesPerMonth([{ rhythm: '2w' }], 12)).toBeCloseTo(26);
  });

  test('ignores contacts without a rhythm', () => {
    expect(contactCareMinutesPerMonth([{ rhythm: '' }], 15)).toBe(0);
  });
});

describe('timeBudget', () => {
  test('warns when the plan needs more than the budget', () => {
    const result = timeBudget({ channels: [channel('a', 2, 'monat', 90)], contacts: [], minutesPerFollowUp: 15, hoursPerMonth: 2 });
    expect(result).toMatchObject({ neededMinutes: 180, budgetMinutes: 120, overMinutes: 60, status: 'over' });
  });

  test('is ok when the plan fits with room to spare', () => {
    const result = timeBudget({ channels: [channel('a', 1, 'monat', 60)], contacts: [], minutesPerFollowUp: 15, hoursPerMonth: 4 });
    expect(result).toMatchObject({ neededMinutes: 60, overMinutes: 0, status: 'ok' });
  });

  test('calls a plan tight from 90 % of the budget', () => {
    expect(timeBudget({ channels: [channel('a', 1, 'monat', 54)], contacts: [], minutesPerFollowUp: 15, hoursPerMonth: 1 }).status).toBe('tight');
    expect(timeBudget({ channels: [channel('a', 1, 'monat', 53)], contacts: [], minutesPerFollowUp: 15, hoursPerMonth: 1 }).status).toBe('ok');
  });

  test('counts exactly the budget as fitting, despite rounding of weeks', () => {
    const result = timeBudget({ channels: [channel('a', 1, 'woche', 60)], contacts: [], minutesPerFollowUp: 15, hoursPerMonth: 260 / 60 });
    expect(result.status).toBe('tight');
    expect(result.overMinutes).toBe(0);
  });

  test('includes the contact care as its own line', () => {
    const result = timeBudget({ channels: [channel('a', 1, 'monat', 60)], contacts: [{ rhythm: '1m' }, { rhythm: '1m' }], minutesPerFollowUp: 30, hoursPerMonth: 1 });
    expect(result.lines).toEqual([
      { id: 'a', minutes: 60 },
      { id: 'kontaktpflege', minutes: 60 },
    ]);
    expect(result).toMatchObject({ neededMinutes: 120, overMinutes: 60, status: 'over' });
  });

  test('reports an unknown budget without warning', () => {
    expect(timeBudget({ channels: [channel('a', 9, 'woche', 600)], contacts: [], minutesPerFollowUp: 15, hoursPerMonth: null })).toMatchObject({ budgetMinutes: null, overMinutes: 0, status: 'unknown' });
  });

  test('treats an empty plan with a zero budget as fitting', () => {
    expect(timeBudget({ channels: [], contacts: [], minutesPerFollowUp: 15, hoursPerMonth: 0 }).status).toBe('ok');
  });
});

