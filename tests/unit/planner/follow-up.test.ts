import { describe, expect, test } from 'vitest';
import {
  addRhythm,
  contactedToday,
  dueCounts,
  dueList,
  lastInteraction,
  nextBirthday,
  newestFirst,
  nextFollowUp,
  snoozeContact,
  snoozeUntil,
  upcomingBirthdays,
  withInteraction,
} from '../../../src/lib/planner/follow-up';
import type { Contact } from '../../../src/lib/planner/planner-schema';
import { contact as sharedContact } from '../../fixtures/planner-contacts';

/** The shared fixture builder with this file's defaults: Kim, added on New Year's Day, rhythm three months. */
const contact = (overrides: Partial<Contact> = {}): Contact => sharedContact({ id: 'k', name: 'Kim', added: '2026-01-01', ...overrides });
const entry = (date: string, id = date) => ({ id, date, channel: '' as const, note: '' });

describe('lastInteraction', () => {
  test('finds the latest day in an unsorted log', () => {
    expect(lastInteraction([entry('2026-01-10'), entry('2026-03-02'), entry('2025-12-24')])).toBe('2026-03-02');
  });

  test('is null for an empty log', () => {
    expect(lastInteraction([])).toBeNull();
  });
});

describe('addRhythm', () => {
  test('adds two weeks as fourteen days', () => {
    expect(addRhythm('2026-12-25', '2w')).toBe('2027-01-08');
  });

  test('adds calendar months and clamps to the month end', () => {
    expect(addRhythm('2026-11-30', '3m')).toBe('2027-02-28');
    expect(addRhythm('2026-01-31', '1m')).toBe('2026-02-28');
  });

  test('is null without a rhythm', () => {
    expect(addRhythm('2026-01-01', '')).toBeNull();
  });
});

describe('nextFollowUp', () => {
  test('is the last interaction plus the rhythm', () => {
    expect(nextFollowUp(contact({ log: [entry('2026-01-15'), entry('2025-11-01')], rhythm: '3m' }))).toBe('2026-04-15');
  });

  test('counts from the day the contact was added while the log is empty', () => {
    expect(nextFollowUp(contact({ added: '2026-02-01', rhythm: '1m' }))).toBe('2026-03-01');
  });

  test('is null when the contact has no rhythm', () => {
    expect(nextFollowUp(contact({ rhythm: '', log: [entry('2026-01-15')] }))).toBeNull();
  });

  test('takes a later snooze day', () => {
    expect(nextFollowUp(contact({ log: [entry('2026-01-15')], rhythm: '1m', snoozedUntil: '2026-02-28' }))).toBe('2026-02-28');
  });

  test('ignores a snooze day that lies before the follow-up', () => {
    expect(nextFollowUp(contact({ log: [entry('2026-01-15')], rhythm: '1m', snoozedUntil: '2026-02-01' }))).toBe('2026-02-15');
  });

  test('moves when an interaction is logged', () => {
    const before = contact({ log: [entry('2026-01-15')], rhythm: '1m' });
    const after = withInteraction(before, entry('2026-03-02', 'new'));
    expect(nextFollowUp(before)).toBe('2026-02-15');
    expect(nextFollowUp(after)).toBe('2026-04-02');
  });
});

describe('snoozeUntil', () => {
  test('pushes an overdue follow-up the given weeks beyond today', () => {
    expect(snoozeUntil('2026-02-01', '2026-03-02', 1)).toBe('2026-03-09');
    expect(snoozeUntil('2026-02-01', '2026-03-02', 2)).toBe('2026-03-16');
    expect(snoozeUntil('2026-02-01', '2026-03-02', 4)).toBe('2026-03-30');
  });

  test('pushes a coming follow-up the given weeks beyond its own day', () => {
    expect(snoozeUntil('2026-03-10', '2026-03-02', 1)).toBe('2026-03-17');
  });
});

describe('snoozeContact', () => {
  test('makes the next follow-up the snoozed day', () => {
    const snoozed = snoozeContact(contact({ log: [entry('2026-01-15')], rhythm: '1m' }), '2026-03-02', 2);
    expect(snoozed.snoozedUntil).toBe('2026-03-16');
    expect(nextFollowUp(snoozed)).toBe('2026-03-16');
  });

  test('can be repeated to push further', () => {
    const once = snoozeContact(contact({ log: [entry('2026-01-15')], rhythm: '1m' }), '2026-03-02', 1);
    expect(nextFollowUp(snoozeContact(once, '2026-03-02', 1))).toBe('2026-03-16');
  });
});

describe('withInteraction', () => {
  test('appends to the log without changing the original and ends a snooze', () => {
    const original = contact({ snoozedUntil: '2026-05-01', log: [entry('2026-01-15')] });
    const changed = withInteraction(original, entry('2026-03-02', 'x'));
    expect(changed.log).toHaveLength(2);
    expect(changed.snoozedUntil).toBe('');
    expect(original.log).toHaveLength(1);
  });
});

describe('contactedToday', () => {
  test('logs an interaction dated today, so the follow-up moves one rhythm ahead', () => {
    const changed = contactedToday(contact({ log: [entry('2025-10-01')], rhythm: '3m' }), 'i9', '2026-03-02');
    expect(changed.log.at(-1)).toEqual({ id: 'i9', date: '2026-03-02', channel: '', note: '' });
    expect(nextFollowUp(changed)).toBe('2026-06-02');
  });
});

describe('dueList', () => {
  const today = '2026-03-02';
  const people = [
    contact({ id: 'later', name: 'Zoe', log: [entry('2026-02-10')], rhythm: '1m' }), // 03-10
    contact({ id: 'far', name: 'Far', log: [entry('2026-02-20')], rhythm: '3m' }), // 05-20: beyond the horizon
    contact({ id: 'old', name: 'Olga', log: [entry('2025-10-01')], rhythm: '3m' }), // 2026-01-01: overdue
    contact({ id: 'todayC', name: 'Carl', priority: 'C', log: [entry('2026-02-02')], rhythm: '1m' }), // today
    contact({ id: 'todayA', name: 'Ada', priority: 'A', log: [entry('2026-02-02')], rhythm: '1m' }), // today
    contact({ id: 'todayA2', name: 'Aaron', priority: 'A', log: [entry('2026-02-02')], rhythm: '1m' }), // today
    contact({ id: 'none', name: 'Ohne', rhythm: '' }),
  ];

  test('orders by follow-up day, then priority, then name', () => {
    expect(dueList(people, today).map((d) => d.id)).toEqual(['old', 'todayA2', 'todayA', 'todayC', 'later']);
  });

  test('marks only follow-ups before today as overdue and counts the days', () => {
    const list = dueList(people, today);
    expect(list.find((d) => d.id === 'old')).toMatchObject({ overdue: true, daysLate: 60, next: '2026-01-01' });
    expect(list.find((d) => d.id === 'todayA')).toMatchObject({ overdue: false, daysLate: 0 });
    expect(list.find((d) => d.id === 'later')).toMatchObject({ overdue: false, daysLate: -8 });
  });

  test('leaves out contacts without a rhythm and follow-ups beyond the horizon', () => {
    const ids = dueList(people, today).map((d) => d.id);
    expect(ids).not.toContain('none');
    expect(ids).not.toContain('far');
  });

  test('drops a snoozed contact until its new day comes within the horizon', () => {
    const snoozed = snoozeContact(people[2]!, today, 4);
    expect(dueList([snoozed], today)).toEqual([]);
    expect(dueList([snoozed], '2026-03-20').map((d) => d.id)).toEqual(['old']);
  });

  test('picks the due half out of 2,000 contacts', () => {
    const many = Array.from({ length: 2000 }, (_, i) => contact({ id: `k${i}`, name: `K ${i}`, log: [entry('2026-01-01')], rhythm: i % 2 ? '3m' : '2m' }));
    expect(dueList(many, today)).toHaveLength(1000);
  });
});

describe('nextBirthday', () => {
  test('reads a birthday with a year by its day and month', () => {
    expect(nextBirthday('1980-12-31', '2026-12-31')).toBe('2026-12-31');
    expect(nextBirthday('1990-01-05', '2026-12-20')).toBe('2027-01-05');
    expect(nextBirthday('2024-02-29', '2027-01-10')).toBe('2027-02-28');
    expect(upcomingBirthdays([contact({ birthday: '1975-03-04' })], '2026-03-02')).toMatchObject([{ id: 'k', date: '2026-03-04', inDays: 2 }]);
  });

  test('returns today when the birthday is today', () => {
    expect(nextBirthday('12-31', '2026-12-31')).toBe('2026-12-31');
  });

  test('moves to next year once this year’s day has passed', () => {
    expect(nextBirthday('01-05', '2026-12-20')).toBe('2027-01-05');
  });

  test('celebrates 29 February on 28 February in common years', () => {
    expect(nextBirthday('02-29', '2027-01-10')).toBe('2027-02-28');
    expect(nextBirthday('02-29', '2027-02-28')).toBe('2027-02-28');
  });

  test('finds 29 February in the next leap year', () => {
    expect(nextBirthday('02-29', '2027-03-01')).toBe('2028-02-29');
    expect(nextBirthday('02-29', '2028-02-01')).toBe('2028-02-29');
  });
});

describe('upcomingBirthdays', () => {
  const people = [
    contact({ id: 'ny', name: 'Neujahr', birthday: '01-01' }),
    contact({ id: 'xmas', name: 'Christ', birthday: '12-24' }),
    contact({ id: 'leap', name: 'Schalt', birthday: '02-29' }),
    contact({ id: 'none', name: 'Ohne', birthday: '' }),
    contact({ id: 'far', name: 'Sommer', birthday: '07-01' }),
  ];

  test('lists birthdays across the turn of the year, soonest first', () => {
    expect(upcomingBirthdays(people, '2026-12-20').map((b) => [b.id, b.date, b.inDays])).toEqual([
      ['xmas', '2026-12-24', 4],
      ['ny', '2027-01-01', 12],
    ]);
  });

  test('includes the birthday exactly 30 days ahead and not the one after', () => {
    expect(upcomingBirthdays(people, '2026-11-24').map((b) => [b.id, b.inDays])).toEqual([['xmas', 30]]);
    expect(upcomingBirthdays(people, '2026-11-23')).toEqual([]);
  });

  test('shows a 29 February birthday on 28 February in common years', () => {
    expect(upcomingBirthdays(people, '2027-02-10').map((b) => [b.id, b.date])).toEqual([['leap', '2027-02-28']]);
  });

  test('shows a 29 February birthday on the day in leap years', () => {
    expect(upcomingBirthdays(people, '2028-02-10').map((b) => [b.id, b.date])).toEqual([['leap', '2028-02-29']]);
  });
});

describe('dueCounts', () => {
  test('counts the due list and the overdue ones in it', () => {
    const items = dueList([contact({ id: 'a', added: '2025-11-01' }), contact({ id: 'b', added: '2025-12-10' }), contact({ id: 'c', added: '2026-03-01' })], '2026-03-02');
    expect(dueCounts(items)).toEqual({ due: 2, overdue: 1 });
  });

  test('is zero for an empty list', () => {
    expect(dueCounts([])).toEqual({ due: 0, overdue: 0 });
  });
});

describe('newestFirst', () => {
  test('puts the latest day first and leaves the log as it was', () => {
    const log = [entry('2026-01-10', 'a'), entry('2026-03-02', 'b'), entry('2026-02-01', 'c')];
    expect(newestFirst(log).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(log.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  test('keeps entries of the same day in their order', () => {
    expect(newestFirst([entry('2026-03-02', 'a'), entry('2026-03-02', 'b')]).map((e) => e.id)).toEqual(['a', 'b']);
  });
});
