import { describe, expect, test } from 'vitest';
import { calendarEvent } from '../../../src/islands/plan/calendar-words';
import { plan } from '../../../src/i18n/de/plan';
import { PRIORITY_LABELS } from '../../../src/i18n/de/planner-choices';
import { planEvents } from '../../../src/lib/plan/plan-calendar';
import { FIXTURE_TODAY, plannerStates } from '../../fixtures/planner-states';

const words = { texts: plan.calendar, priorities: PRIORITY_LABELS };
const worded = planEvents(plannerStates.complete, FIXTURE_TODAY).map((e) => calendarEvent(e, words));
const byUid = (uid: string) => worded.find((e) => e.uid === uid)!;

describe('calendarEvent', () => {
  test('asks the reader to get in touch, with what helps in the conversation, line by line', () => {
    expect(byUid('nachfassen-k1@netzwerk-kompass')).toMatchObject({ date: FIXTURE_TODAY, summary: 'Bei M. Bauer melden', categories: ['Netzwerk-Kompass', 'Kontaktpflege'] });
    const lines = byUid('nachfassen-k1@netzwerk-kompass').description!.split('\n');
    expect(lines).toContain('Organisation: MedTec Köln');
    expect(lines).toContain('Priorität: A – eng');
    expect(lines).toContain('Letzter Kontakt: 20.11.2025');
    expect(lines).toContain('Was du anbieten kannst: Meine Checkliste für Audits');
  });

  test('says so when no contact was entered yet', () => {
    const event = calendarEvent({ kind: 'followUp', uid: 'u@x', date: '2026-03-02', name: 'Kim', lines: [{ code: 'noLastContact' }] }, words);
    expect(event.description).toBe('Letzter Kontakt: noch keiner eingetragen');
  });

  test('keeps a placeholder-like text the reader typed as it is', () => {
    const event = calendarEvent({ kind: 'followUp', uid: 'u@x', date: '2026-03-02', name: '{name}', lines: [{ code: 'topics', topics: '{topics} und {day}' }] }, words);
    expect(event.summary).toBe('Bei {name} melden');
    expect(event.description).toBe('Worüber ihr gesprochen habt: {topics} und {day}');
  });

  test('gives an action its title and says where it comes from', () => {
    expect(byUid('aktion-a2@netzwerk-kompass')).toEqual({
      uid: 'aktion-a2@netzwerk-kompass',
      date: '2026-03-18',
      summary: 'Als Gast zum Treffen des Fachverbands gehen',
      description: 'Aktion aus deinem Networking-Plan',
      categories: ['Netzwerk-Kompass', 'Aktion'],
    });
  });

  test('repeats a birthday yearly, and explains 29 February', () => {
    expect(byUid('geburtstag-k1@netzwerk-kompass')).toMatchObject({ summary: 'Geburtstag: M. Bauer', repeat: 'yearly', description: 'Ein kurzer Gruß freut fast alle.' });
    expect(byUid('geburtstag-k3@netzwerk-kompass')).toMatchObject({ summary: 'Geburtstag: T. K.', repeat: 'yearly-end-of-february', description: expect.stringMatching(/^Geboren am 29\. Februar/) });
  });
});

describe('calendarEvent for a finished date', () => {
  test('keeps the cancellation and the words', () => {
    const event = calendarEvent({ kind: 'action', uid: 'aktion-a3@x', date: '2026-01-31', title: 'Anschreiben', cancelled: true }, words);
    expect(event).toMatchObject({ uid: 'aktion-a3@x', summary: 'Anschreiben', cancelled: true });
    expect(byUid('aktion-a3@netzwerk-kompass').cancelled).toBe(true);
    expect(byUid('aktion-a1@netzwerk-kompass').cancelled).toBeUndefined();
  });
});
