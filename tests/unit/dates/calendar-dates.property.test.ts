/**
 * No calendar file made from a planner the schema accepts contains a date that does not exist.
 * States are generated with dates from a wider range than real ones (months 00–13, days 00–32,
 * 29 February in any year) and kept only when the schema accepts them, so the test also proves
 * that the schema is what keeps `20260230` out of the `.ics`.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { expect, test } from 'vitest';
import { isIsoDay, isMonthDay } from '../../../src/lib/dates/iso-day';
import { planCalendar, planEvents } from '../../../src/lib/plan/plan-calendar';
import { emptyActionLinks, emptyContactDetails, emptyPlanner, plannerSchema, type PlannerData } from '../../../src/lib/planner/planner-schema';
import { calendarEvent } from '../../../src/islands/plan/calendar-words';
import { plan } from '../../../src/i18n/de/plan';
import { PRIORITY_LABELS } from '../../../src/i18n/de/planner-choices';

const words = { texts: plan.calendar, priorities: PRIORITY_LABELS };
const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
/** Looks like a date; often is not one. */
const dayLike = fc.tuple(fc.integer({ min: 2024, max: 2032 }), two(13), two(32)).map(([y, m, d]) => `${y}-${m}-${d}`);
const monthDayLike = fc.oneof(fc.tuple(two(13), two(32)).map(([m, d]) => `${m}-${d}`), fc.constantFrom('02-28', '02-29', '02-30', '04-31', '12-31', ''));
const optionalDayLike = fc.oneof(dayLike, fc.constant(''));

const contact = fc.record({
  birthday: monthDayLike,
  added: dayLike,
  snoozedUntil: optionalDayLike,
  rhythm: fc.constantFrom('', '2w', '1m', '3m', '12m'),
  log: fc.array(dayLike, { maxLength: 3 }),
});
const action = fc.record({ due: optionalDayLike, done: fc.boolean() });

const state = fc.record({ contacts: fc.array(contact, { maxLength: 4 }), actions: fc.array(action, { maxLength: 3 }), deadline: optionalDayLike }).map(
  ({ contacts, actions, deadline }) =>
    ({
      ...emptyPlanner(),
      goals: [{ id: 'g1', kind: 'job', text: 'Ein Ziel', measure: '', deadline }],
      contacts: contacts.map((c, i) => ({
        id: `k${i}`, name: `Kontakt ${i}`, organisation: '', met: '', introducedBy: '', topics: '', offerThem: '', offerMe: '',
        birthday: c.birthday, rhythm: c.rhythm, priority: 'A', added: c.added, snoozedUntil: c.snoozedUntil,
        log: c.log.map((date, j) => ({ id: `i${j}`, date, channel: '', note: '' })),
        ...emptyContactDetails(),
      })),
      actions: actions.map((a, i) => ({ id: `a${i}`, title: `Aktion ${i}`, due: a.due, done: a.done, ...emptyActionLinks() })),
      alarm: 'vortag',
    }) as PlannerData,
);
const today = dayLike.filter(isIsoDay);

/** Every date in the DTSTART, DTEND and RRULE lines of a calendar file, as ISO days. */
function datesIn(ics: string): string[] {
  return ics
    .split('\r\n')
    .filter((line) => /^(DTSTART|DTEND|RRULE)/.test(line))
    .flatMap((line) => [...line.matchAll(/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g)].map((m) => `${m[1]}-${m[2]}-${m[3]}`));
}

/** Every date a state holds, to tell whether the generator made an impossible one. */
function allRealDates(s: PlannerData): boolean {
  const days = [...s.goals.map((g) => g.deadline), ...s.actions.map((a) => a.due), ...s.contacts.flatMap((c) => [c.added, c.snoozedUntil, ...c.log.map((l) => l.date)])];
  return days.every((d) => d === '' || isIsoDay(d)) && s.contacts.every((c) => c.birthday === '' || isMonthDay(c.birthday));
}

test('the schema accepts a state exactly when all its dates are real (seeded)', () => {
  let refused = 0;
  fc.assert(
    fc.property(state, (s) => {
      const accepted = v.is(plannerSchema, s);
      if (!accepted) refused++;
      expect(accepted).toBe(allRealDates(s));
    }),
    { seed: 20261201, numRuns: 2000 },
  );
  // The generator does make impossible dates: most states hold at least one.
  expect(refused).toBeGreaterThan(500);
});

test('no calendar file of a state the schema accepts holds an invalid date (seeded)', () => {
  let checked = 0;
  fc.assert(
    fc.property(state, today, (s, day) => {
      fc.pre(v.is(plannerSchema, s));
      const ics = planCalendar(planEvents(s, day).map((e) => calendarEvent(e, words)), s.alarm, '2026-03-02T09:00:00Z', plan.calendar.name);
      const dates = datesIn(ics);
      checked += dates.length;
      for (const date of dates) expect(isIsoDay(date), `${date} in\n${ics}`).toBe(true);
    }),
    { seed: 20261202, numRuns: 1000 },
  );
  expect(checked).toBeGreaterThan(1000);
}, 60_000);
