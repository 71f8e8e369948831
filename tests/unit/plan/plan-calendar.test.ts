import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { ALARM_TRIGGERS, birthdayStart, FOLLOW_UPS_PER_DAY, followUpLines, openEventCount, planCalendar, planEvents, spreadFollowUps, type CalendarScope } from '../../../src/lib/plan/plan-calendar';
import { nextFollowUp } from '../../../src/lib/planner/follow-up';
import { generateLargePlanner } from '../../fixtures/planner-large';
import { emptyPlanner, type PlannerData } from '../../../src/lib/planner/planner-schema';
import { calendarEvent } from '../../../src/islands/plan/calendar-words';
import { plan } from '../../../src/i18n/de/plan';
import { PRIORITY_LABELS } from '../../../src/i18n/de/planner-choices';
import { FIXTURE_TODAY, plannerStates } from '../../fixtures/planner-states';

const complete = plannerStates.complete;
const words = { texts: plan.calendar, priorities: PRIORITY_LABELS };
/** The calendar file of a plan as the worker writes it. */
const fileFor = (state: PlannerData, today: string, stamp: string, scope: CalendarScope = {}) =>
  planCalendar(planEvents(state, today, scope).map((e) => calendarEvent(e, words)), state.alarm, stamp, plan.calendar.name);
/** The file parsed by ical.js, an independent parser: each event's UID, status, sequence and first day. */
const parsed = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => ({
    uid: String(c.getFirstPropertyValue('uid')),
    status: String(c.getFirstPropertyValue('status')),
    sequence: Number(c.getFirstPropertyValue('sequence')),
    day: new ICAL.Event(c).startDate.toString(),
    alarm: c.getFirstSubcomponent('valarm') !== null,
  }));
const rank = { A: 0, B: 1, C: 2 } as const;

describe('birthdayStart', () => {
  test('is this year’s birthday', () => {
    expect(birthdayStart('12-30', '2026-03-02')).toBe('2026-12-30');
  });

  test('puts 29 February on the last day of February', () => {
    expect(birthdayStart('02-29', '2027-06-01')).toBe('2027-02-28');
    expect(birthdayStart('02-29', '2028-06-01')).toBe('2028-02-29');
  });

  test('starts a birthday with a year (schema version 3) on this year’s day, not the day of birth', () => {
    expect(birthdayStart('1980-12-30', '2026-03-02')).toBe('2026-12-30');
    expect(birthdayStart('2024-02-29', '2027-06-01')).toBe('2027-02-28');
  });

  test('a birthday with a year stays a yearly event in the calendar file', () => {
    const withYear: PlannerData = { ...complete, contacts: complete.contacts.map((c) => (c.birthday ? { ...c, birthday: c.birthday.length === 5 ? `1984-${c.birthday}` : c.birthday } : c)) };
    expect(withYear.contacts.some((c) => c.birthday.length === 10)).toBe(true);
    const text = fileFor(withYear, FIXTURE_TODAY, '2026-03-02T09:00:00.000Z');
    expect(text).toBe(fileFor(complete, FIXTURE_TODAY, '2026-03-02T09:00:00.000Z'));
    const births = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').filter((c) => String(c.getFirstPropertyValue('uid')).startsWith('geburtstag-'));
    expect(births.length).toBeGreaterThan(0);
    for (const b of births) expect(new ICAL.Event(b).isRecurring()).toBe(true);
  });
});

describe('planEvents', () => {
  const events = planEvents(complete, FIXTURE_TODAY);

  test('has a follow-up for each contact with a rhythm, dated actions (the done one cancelled) and birthdays', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'nachfassen-k1@netzwerk-kompass',
      'nachfassen-k2@netzwerk-kompass',
      'nachfassen-k3@netzwerk-kompass',
      'nachfassen-k4@netzwerk-kompass',
      'aktion-a1@netzwerk-kompass',
      'aktion-a2@netzwerk-kompass',
      'aktion-a3@netzwerk-kompass',
      'geburtstag-k1@netzwerk-kompass',
      'geburtstag-k3@netzwerk-kompass',
      'geburtstag-k4@netzwerk-kompass',
    ]);
  });

  test('cancels only the done action', () => {
    expect(events.filter((e) => e.cancelled).map((e) => e.uid)).toEqual(['aktion-a3@netzwerk-kompass']);
  });

  test('places an overdue follow-up on today (the only one, A) and others on their day', () => {
    expect(events.find((e) => e.uid.startsWith('nachfassen-k1'))).toMatchObject({ kind: 'followUp', date: FIXTURE_TODAY, name: 'M. Bauer' });
    expect(events.find((e) => e.uid.startsWith('nachfassen-k2'))!.date).toBe('2026-03-10');
  });

  test('gives each follow-up what helps in the conversation', () => {
    expect(events[0]).toMatchObject({ lines: followUpLines(complete.contacts[0]!) });
  });

  test('gives an action its title and due day', () => {
    expect(events.find((e) => e.uid === 'aktion-a2@netzwerk-kompass')).toEqual({ kind: 'action', uid: 'aktion-a2@netzwerk-kompass', date: '2026-03-18', title: 'Als Gast zum Treffen des Fachverbands gehen' });
  });

  test('repeats birthdays yearly, 29 February on the last day of February', () => {
    expect(events.find((e) => e.uid.startsWith('geburtstag-k3'))).toMatchObject({ date: '2026-02-28', repeat: 'yearly-end-of-february' });
    expect(events.find((e) => e.uid.startsWith('geburtstag-k1'))).toMatchObject({ date: '2026-03-14', repeat: 'yearly' });
  });

  test('is empty for an empty planner', () => {
    expect(planEvents(emptyPlanner(), FIXTURE_TODAY)).toEqual([]);
  });
});

describe('followUpLines', () => {
  test('names organisation, priority, last contact, topics and offer, in that order', () => {
    const contact = { organisation: 'MedTec Köln', priority: 'A' as const, log: [{ date: '2026-01-10' }, { date: '2025-11-20' }], topics: 'Audits', offerThem: 'Checkliste' };
    expect(followUpLines(contact)).toEqual([
      { code: 'organisation', organisation: 'MedTec Köln' },
      { code: 'priority', priority: 'A' },
      { code: 'lastContact', day: '2026-01-10' },
      { code: 'topics', topics: 'Audits' },
      { code: 'offer', offer: 'Checkliste' },
    ]);
  });

  test('leaves out what was not entered and says when there was no contact yet', () => {
    expect(followUpLines({ organisation: '', priority: 'B', log: [], topics: '', offerThem: '' })).toEqual([{ code: 'priority', priority: 'B' }, { code: 'noLastContact' }]);
  });
});

describe('planCalendar', () => {
  test('parses with ical.js and keeps the reminder the reader chose', () => {
    const text = fileFor(complete, FIXTURE_TODAY, '2026-03-02T09:00:00Z');
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(10);
    expect(vevents[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe(ALARM_TRIGGERS.vortag);
  });

  test('shows the 29 February birthday every year when expanded', () => {
    const text = fileFor(complete, '2027-01-10', '2027-01-10T09:00:00Z');
    const vevent = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').find((c) => c.getFirstPropertyValue('uid') === 'geburtstag-k3@netzwerk-kompass')!;
    const it = new ICAL.Event(vevent).iterator();
    const days = [1, 2, 3, 4, 5].map(() => it.next()!.toString());
    expect(days).toEqual(['2027-02-28', '2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28']);
  });

  test('leaves out the alarm when the reader chose none', () => {
    expect(fileFor({ ...complete, alarm: 'keine' }, FIXTURE_TODAY, '2026-03-02T09:00:00Z')).not.toContain('BEGIN:VALARM');
  });

  test('names the calendar as asked', () => {
    const text = planCalendar([], 'keine', '2026-03-02T09:00:00Z', 'Mein Networking-Plan');
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('x-wr-calname')).toBe('Mein Networking-Plan');
  });
});

describe('spreadFollowUps', () => {
  const today = '2026-03-02';

  test('keeps follow-ups that are not overdue on their day, even more than the limit', () => {
    const due = ['a', 'b', 'c', 'd'].map((id) => ({ id, next: '2026-03-05', priority: 'C' as const }));
    expect([...spreadFollowUps(due, today).values()]).toEqual(['2026-03-05', '2026-03-05', '2026-03-05', '2026-03-05']);
  });

  test('fills days up to the limit, A before B before C, the longest overdue first', () => {
    const days = spreadFollowUps(
      [
        { id: 'c1', next: '2026-01-01', priority: 'C' },
        { id: 'b1', next: '2026-02-01', priority: 'B' },
        { id: 'a2', next: '2026-02-20', priority: 'A' },
        { id: 'a1', next: '2026-01-15', priority: 'A' },
        { id: 'due', next: '2026-03-03', priority: 'C' },
      ],
      today,
      2,
    );
    expect(Object.fromEntries(days)).toEqual({ a1: '2026-03-02', a2: '2026-03-02', b1: '2026-03-03', due: '2026-03-03', c1: '2026-03-04' });
  });
});

describe('planEvents with many overdue follow-ups', () => {
  const big = generateLargePlanner({ contacts: 300, interactionsPerContact: 3, actions: 40 });
  const events = planEvents(big, FIXTURE_TODAY);
  const followUps = events.filter((e) => e.kind === 'followUp' && !e.cancelled);
  const overdue = big.contacts.filter((c) => nextFollowUp(c)! < FIXTURE_TODAY);

  test('the fixture has a backlog far above one day’s limit', () => {
    expect(overdue.length).toBeGreaterThan(10 * FOLLOW_UPS_PER_DAY);
  });

  test(`puts no follow-up on a past day and at most ${FOLLOW_UPS_PER_DAY} on a day that took overdue ones`, () => {
    const perDay = new Map<string, number>();
    for (const e of followUps) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    const daysOfOverdue = new Set(overdue.map((c) => events.find((e) => e.uid === `nachfassen-${c.id}@netzwerk-kompass`)!.date));
    for (const day of daysOfOverdue) {
      expect(day >= FIXTURE_TODAY).toBe(true);
      expect(perDay.get(day)).toBeLessThanOrEqual(FOLLOW_UPS_PER_DAY);
    }
    expect(followUps.every((e) => e.date >= FIXTURE_TODAY)).toBe(true);
  });

  test('spreads A before B before C', () => {
    const moved = overdue.map((c) => ({ priority: c.priority, day: events.find((e) => e.uid === `nachfassen-${c.id}@netzwerk-kompass`)!.date }));
    for (const x of moved) for (const y of moved) if (rank[x.priority] < rank[y.priority]) expect(x.day <= y.day).toBe(true);
  });

  test('keeps the day of every follow-up that is not overdue', () => {
    for (const c of big.contacts) {
      const next = nextFollowUp(c)!;
      if (next >= FIXTURE_TODAY) expect(events.find((e) => e.uid === `nachfassen-${c.id}@netzwerk-kompass`)!.date).toBe(next);
    }
  });

  test('is the same for the same state and day, whatever the order of the contacts', () => {
    expect(planEvents(big, FIXTURE_TODAY)).toEqual(events);
    const shuffled = planEvents({ ...big, contacts: [...big.contacts].reverse() }, FIXTURE_TODAY);
    const day = (list: typeof events) => Object.fromEntries(list.map((e) => [e.uid, e.date]));
    expect(day(shuffled)).toEqual(day(events));
  });
});

describe('finished dates', () => {
  const before = { ...complete, actions: complete.actions.map((a) => ({ ...a, done: false })) };
  const after = { ...complete, actions: complete.actions.map((a) => (a.id === 'a1' ? { ...a, done: true } : a)) };
  const stamp = '2026-03-02T09:00:00Z';

  test('a finished action keeps its UID, comes out cancelled with a higher SEQUENCE, without reminder, through ical.js', () => {
    const old = parsed(fileFor(before, FIXTURE_TODAY, stamp)).find((e) => e.uid === 'aktion-a1@netzwerk-kompass')!;
    const now = parsed(fileFor(after, FIXTURE_TODAY, stamp)).find((e) => e.uid === 'aktion-a1@netzwerk-kompass')!;
    expect(old).toMatchObject({ status: 'CONFIRMED', alarm: true });
    expect(now).toMatchObject({ status: 'CANCELLED', day: old.day, alarm: false });
    expect(now.sequence).toBeGreaterThan(old.sequence);
    // …and still higher when it is finished a day later
    const later = parsed(fileFor(after, '2026-03-03', '2026-03-03T09:00:00Z')).find((e) => e.uid === 'aktion-a1@netzwerk-kompass')!;
    expect(later.sequence).toBeGreaterThan(old.sequence);
  });

  test('a contact whose rhythm was taken away has its follow-up cancelled under the same UID', () => {
    const without = { ...complete, contacts: complete.contacts.map((c) => (c.id === 'k2' ? { ...c, rhythm: '' as const } : c)) };
    const old = parsed(fileFor(complete, FIXTURE_TODAY, stamp)).find((e) => e.uid === 'nachfassen-k2@netzwerk-kompass')!;
    const now = parsed(fileFor(without, FIXTURE_TODAY, stamp)).find((e) => e.uid === 'nachfassen-k2@netzwerk-kompass')!;
    expect([old.status, now.status]).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(now.sequence).toBeGreaterThan(old.sequence);
  });

  test('a logged contact moves its one event: same UID, later day, higher SEQUENCE, no second event', () => {
    const logged = { ...complete, contacts: complete.contacts.map((c) => (c.id === 'k1' ? { ...c, log: [...c.log, { id: 'i9', date: FIXTURE_TODAY, channel: '' as const, note: '' }] } : c)) };
    const old = parsed(fileFor(complete, FIXTURE_TODAY, stamp)).filter((e) => e.uid === 'nachfassen-k1@netzwerk-kompass');
    const now = parsed(fileFor(logged, FIXTURE_TODAY, '2026-03-02T09:01:00Z')).filter((e) => e.uid === 'nachfassen-k1@netzwerk-kompass');
    expect(old).toHaveLength(1);
    expect(now).toHaveLength(1);
    expect(now[0]).toMatchObject({ status: 'CONFIRMED', day: '2026-06-02' });
    expect(now[0]!.sequence).toBeGreaterThan(old[0]!.sequence);
  });
});

describe('only A and B contacts', () => {
  const events = planEvents(complete, FIXTURE_TODAY, { onlyAB: true });
  const cPeople = complete.contacts.filter((c) => c.priority === 'C').map((c) => c.id);

  test('the fixture has a C contact with a birthday', () => {
    expect(complete.contacts.some((c) => c.priority === 'C' && c.birthday)).toBe(true);
  });

  test('cancels the C contacts’ follow-ups and birthdays and keeps everyone else’s', () => {
    for (const e of events.filter((e) => e.kind !== 'action')) {
      const id = e.uid.replace(/^[a-z]+-/, '').replace(/@.*$/, '');
      expect(!!e.cancelled).toBe(cPeople.includes(id));
    }
    const all = planEvents(complete, FIXTURE_TODAY);
    expect(events.map((e) => e.uid)).toEqual(all.map((e) => e.uid));
  });

  test('leaves C contacts out of the spread, and the count says how many stay open', () => {
    const big = generateLargePlanner({ contacts: 120, interactionsPerContact: 2, actions: 0 });
    const open = planEvents(big, FIXTURE_TODAY, { onlyAB: true }).filter((e) => !e.cancelled);
    expect(open.length).toBe(openEventCount(big, { onlyAB: true }));
    expect(planEvents(big, FIXTURE_TODAY).filter((e) => !e.cancelled).length).toBe(openEventCount(big));
    const perDay = new Map<string, number>();
    for (const e of open) if (e.kind === 'followUp') perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    const overdueAB = big.contacts.filter((c) => c.priority !== 'C' && nextFollowUp(c)! < FIXTURE_TODAY);
    expect(overdueAB.length).toBeGreaterThan(FOLLOW_UPS_PER_DAY);
    for (const c of overdueAB) expect(perDay.get(open.find((e) => e.uid === `nachfassen-${c.id}@netzwerk-kompass`)!.date)).toBeLessThanOrEqual(FOLLOW_UPS_PER_DAY);
  });

  test('round-trips through ical.js with the C contacts cancelled', () => {
    const text = fileFor(complete, FIXTURE_TODAY, '2026-03-02T09:00:00Z', { onlyAB: true });
    const cancelled = parsed(text).filter((e) => e.status === 'CANCELLED').map((e) => e.uid);
    expect(cancelled).toEqual(expect.arrayContaining(cPeople.map((id) => `nachfassen-${id}@netzwerk-kompass`)));
  });
});
