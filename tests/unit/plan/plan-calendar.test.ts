import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { ALARM_TRIGGERS, birthdayStart, followUpLines, planCalendar, planEvents } from '../../../src/lib/plan/plan-calendar';
import { emptyPlanner, type PlannerData } from '../../../src/lib/planner/planner-schema';
import { calendarEvent } from '../../../src/islands/plan/calendar-words';
import { plan } from '../../../src/i18n/de/plan';
import { PRIORITY_LABELS } from '../../../src/i18n/de/planner-choices';
import { FIXTURE_TODAY, plannerStates } from '../../fixtures/planner-states';

const complete = plannerStates.complete;
const words = { texts: plan.calendar, priorities: PRIORITY_LABELS };
/** The calendar file of a plan as the worker writes it. */
const fileFor = (state: PlannerData, today: string, stamp: string) =>
  planCalendar(planEvents(state, today).map((e) => calendarEvent(e, words)), state.alarm, stamp, plan.calendar.name);

describe('birthdayStart', () => {
  test('is this year’s birthday', () => {
    expect(birthdayStart('12-30', '2026-03-02')).toBe('2026-12-30');
  });

  test('puts 29 February on the last day of February', () => {
    expect(birthdayStart('02-29', '2027-06-01')).toBe('2027-02-28');
    expect(birthdayStart('02-29', '2028-06-01')).toBe('2028-02-29');
  });
});

describe('planEvents', () => {
  const events = planEvents(complete, FIXTURE_TODAY);

  test('has a follow-up for each contact with a rhythm, open dated actions and birthdays', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'nachfassen-k1@netzwerk-kompass',
      'nachfassen-k2@netzwerk-kompass',
      'nachfassen-k3@netzwerk-kompass',
      'nachfassen-k4@netzwerk-kompass',
      'aktion-a1@netzwerk-kompass',
      'aktion-a2@netzwerk-kompass',
      'geburtstag-k1@netzwerk-kompass',
      'geburtstag-k3@netzwerk-kompass',
      'geburtstag-k4@netzwerk-kompass',
    ]);
  });

  test('places an overdue follow-up on today and others on their day', () => {
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
    expect(vevents).toHaveLength(9);
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
