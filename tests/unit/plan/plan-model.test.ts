import { describe, expect, test } from 'vitest';
import { buildPlan, calendarEventCount } from '../../../src/lib/plan/plan-model';
import { planEvents } from '../../../src/lib/plan/plan-calendar';
import { PLAN_LABELS } from '../../../src/lib/plan/plan-labels';
import { NO_PLAN_INPUTS, type PlanDocumentInputs } from '../../../src/lib/plan/plan-inputs';
import { emptyPlanner } from '../../../src/lib/planner/planner-schema';
import { generateLargePlanner } from '../../fixtures/planner-large';
import { FIXTURE_TODAY, plannerStates } from '../../fixtures/planner-states';

const answered: PlanDocumentInputs = {
  profileLines: ['Du suchst ein kleines, regionales Netzwerk aus deinem Fach.'],
  hoursPerMonth: 6,
  offer: ['Protokoll führen'],
  topCandidates: [{ name: 'Texttreff', kind: 'Berufsnetzwerk', score: 86 }],
};

describe('buildPlan', () => {
  test('the empty state says for every section what is missing and where to add it', () => {
    const plan = buildPlan(plannerStates.empty, NO_PLAN_INPUTS, FIXTURE_TODAY, PLAN_LABELS);
    expect(plan.owner).toBe('');
    expect(plan.date).toEqual({ iso: '2026-03-02', text: '2. März 2026' });
    expect(plan.profile.missing).toEqual({ text: expect.stringContaining('Selbsttest'), link: { href: '/selbsttest/', label: 'Selbsttest machen' } });
    expect(plan.goals.missing).toEqual({ text: 'Noch keine Ziele eingetragen.', link: { href: '/planer/ziele/', label: 'Ziele im Planer festlegen' } });
    expect(plan.groups.missing?.link?.href).toBe('/planer/zielgruppen/');
    expect(plan.channels.missing?.link?.href).toBe('/planer/kanaele/');
    expect(plan.networks.missing?.link?.href).toBe('/netzwerk-check/');
    expect(plan.give.missing?.link?.href).toBe('/planer/geben/');
    expect(plan.actions.missing).toEqual({ text: 'Noch keine Aktionen geplant.', link: { href: '/planer/aktionen/', label: 'Aktionen im Planer planen' } });
    expect(plan.contacts.missing).toEqual({ text: 'Noch keine Kontakte eingetragen.', link: { href: '/planer/kontakte/', label: 'Kontakte im Planer pflegen' } });
  });

  test('the partial state shows what is there and marks the rest as missing', () => {
    const plan = buildPlan(plannerStates.partial, NO_PLAN_INPUTS, FIXTURE_TODAY, PLAN_LABELS);
    expect(plan.goals.missing).toBeNull();
    expect(plan.goals.rows).toEqual([{ id: 'g-partial', kind: 'Kundschaft und Aufträge', text: 'Mehr Kunden', measure: '', deadline: null }]);
    expect(plan.groups.missing).not.toBeNull();
    expect(plan.channels).toMatchObject({ missing: null, budget: null, status: 'unknown', total: '3 Stunden' });
    expect(plan.actions.rows).toEqual([{ id: 'a-partial', title: 'Profilfoto erneuern', due: null, overdue: false }]);
    expect(plan.contacts.rows.map((r) => [r.name, r.next?.iso, r.overdue])).toEqual([['S. Yilmaz', '2026-03-05', false]]);
  });

  test('the complete state fills every planner section', () => {
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY, PLAN_LABELS);
    expect(plan.owner).toBe('Alex Beispiel');
    expect(plan.goals.rows.map((g) => [g.kind, g.measure, g.deadline?.text])).toEqual([
      ['Neue Stelle', '3 persönliche Gespräche', '30.06.2026'],
      ['Wissen und Austausch', '2 Verbandstreffen als Gast besuchen', '15.05.2026'],
    ]);
    expect(plan.groups.rows[0]).toMatchObject({ kind: 'Organisationen', level: 'Abteilungs- und Teamleitungen', people: 'Dr. K. (Leitung Qualität)' });
    expect(plan.channels.rows.map((r) => [r.label, r.frequency, r.perOccasion, r.perMonth])).toEqual([
      ['LinkedIn', '2 × pro Woche', '20 Minuten', '2,9 Stunden'],
      ['Verbände und Gremien: Fachverband Qualität', '1 × pro Monat', '2 Stunden', '2 Stunden'],
      ['Unternehmerinnen-Netzwerk Rheinland', '1 × pro Monat', '150 Minuten', '2,5 Stunden'],
    ]);
    expect(plan.channels).toMatchObject({ care: '0,4 Stunden', total: '7,8 Stunden', budget: '10 Stunden', status: 'ok' });
    expect(plan.give).toMatchObject({ missing: null, offer: ['Erfahrung mit Zulassungsverfahren', 'Kontakte zu Prüflaboren'] });
    expect(plan.give.intro).toMatch(/^Ich bin Ingenieurin/);
  });

  test('lists only open actions, by date, with the overdue one marked', () => {
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY, PLAN_LABELS);
    expect(plan.actions.rows.map((a) => [a.title, a.due?.iso, a.overdue])).toEqual([
      ['LinkedIn-Profil überarbeiten', '2026-02-20', true],
      ['Als Gast zum Treffen des Fachverbands gehen', '2026-03-18', false],
    ]);
  });

  test('schedules A and B contacts by next follow-up and leaves out C', () => {
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY, PLAN_LABELS);
    expect(plan.contacts.rows.map((r) => [r.name, r.priority, r.last?.text ?? null, r.next?.text, r.overdue])).toEqual([
      ['M. Bauer', 'A', '20.11.2025', '20.02.2026', true],
      ['Jana Ohm', 'B', '10.02.2026', '10.03.2026', false],
      ['Rosa Lindner', 'B', null, '15.01.2027', false],
    ]);
  });

  test('says when all actions are done', () => {
    const state = { ...plannerStates.complete, actions: plannerStates.complete.actions.map((a) => ({ ...a, done: true })) };
    expect(buildPlan(state, NO_PLAN_INPUTS, FIXTURE_TODAY, PLAN_LABELS).actions.missing?.text).toBe('Alle Aktionen sind erledigt – Zeit für die nächsten.');
  });

  test('takes profile, hours, offer and candidates from the other tools', () => {
    const plan = buildPlan(emptyPlanner(), answered, FIXTURE_TODAY, PLAN_LABELS);
    expect(plan.profile).toMatchObject({ missing: null, lines: answered.profileLines });
    expect(plan.networks).toMatchObject({ missing: null, rows: answered.topCandidates });
    expect(plan.give).toMatchObject({ missing: null, offer: ['Protokoll führen'] });
    expect(plan.channels).toMatchObject({ missing: null, budget: '6 Stunden', total: '0 Stunden' });
  });

  test('warns in one sentence when the plan exceeds the budget', () => {
    const plan = buildPlan({ ...plannerStates.complete, hoursPerMonth: 5 }, NO_PLAN_INPUTS, FIXTURE_TODAY, PLAN_LABELS);
    expect(plan.channels.status).toBe('over');
    expect(plan.channels.verdict).toBe('Der Plan braucht 2,8 Stunden mehr im Monat, als du eingeplant hast.');
  });

  test('builds the plan for 2,000 contacts', () => {
    const plan = buildPlan(generateLargePlanner(), NO_PLAN_INPUTS, FIXTURE_TODAY, PLAN_LABELS);
    expect(plan.contacts.rows.length).toBeGreaterThan(1000);
    expect(plan.actions.rows.length).toBeLessThan(200);
  });
});

describe('calendarEventCount', () => {
  test('counts the dates the calendar file will hold, without building it', () => {
    expect(calendarEventCount(emptyPlanner())).toBe(0);
    for (const state of [plannerStates.partial, plannerStates.complete, generateLargePlanner({ contacts: 50, actions: 20 })]) {
      expect(calendarEventCount(state)).toBe(planEvents(state, FIXTURE_TODAY).length);
    }
  });
});
