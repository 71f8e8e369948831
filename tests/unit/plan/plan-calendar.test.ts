import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { ALARM_TRIGGERS, birthdayStart, planCalendar, planEvents } from '../../../src/lib/plan/plan-calendar';
import { emptyPlanner } from '../../../src/lib/planner/planner-schema';
import { FIXTURE_TODAY, plannerStates } from '../../fixtures/planner-states';

const complete = plannerStates.complete;

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
    expect(events.find((e) => e.uid.startsWith('nachfassen-k1'))).toMatchObject({ date: FIXTURE_TODAY, summary: 'Bei M. Bauer melden' });
    expect(events.find((e) => e.uid.startsWith('nachfassen-k2'))!.date).toBe('2026-03-10');
  });

  test('describes the follow-up with what helps in the conversation', () => {
    const description = events[0]!.description!;
    expect(description).toContain('Organisation: MedTec Köln');
    expect(description).toContain('Letzter Kontakt: 20.11.2025');
    expect(description).toContain('Was du anbieten kannst: Meine Checkliste für Audits');
  });

  test('repeats birthdays yearly, 29 February on the last day of February', () => {
    expect(events.find((e) => e.uid.startsWith('geburtstag-k3'))).toMatchObject({ date: '2026-02-28', repeat: 'yearly-end-of-february' });
    expect(events.find((e) => e.uid.startsWith('geburtstag-k1'))).toMatchObject({ date: '2026-03-14', repeat: 'yearly' });
  });

  test('is empty for an empty planner', () => {
    expect(planEvents(emptyPlanner(), FIXTURE_TODAY)).toEqual([]);
  });
});

describe('planCalendar', () => {
  test('parses with ical.js and keeps the reminder the reader chose', () => {
    const text = planCalendar(complete, FIXTURE_TODAY, '2026-03-02T09:00:00Z');
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(9);
    expect(vevents[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe(ALARM_TRIGGERS.vortag);
  });

  test('shows the 29 February birthday every year when expanded', () => {
    const text = planCalendar(complete, '2027-01-10', '2027-01-10T09:00:00Z');
    const vevent = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').find((c) => c.getFirstPropertyValue('uid') === 'geburtstag-k3@netzwerk-kompass')!;
    const it = new ICAL.Event(vevent).iterator();
    const days = [1, 2, 3, 4, 5].map(() => it.next()!.toString());
    expect(days).toEqual(['2027-02-28', '2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28']);
  });

  test('leaves out the alarm when the reader chose none', () => {
    expect(planCalendar({ ...complete, alarm: 'keine' }, FIXTURE_TODAY, '2026-03-02T09:00:00Z')).not.toContain('BEGIN:VALARM');
  });
});
