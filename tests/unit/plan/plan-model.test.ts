import { describe, expect, test } from 'vitest';
import { birthdaysByMonth, budgetVerdict, buildPlan, byPriorityThenName, careContacts, DEFAULT_PRINT_CHOICE, nextSteps, occasionDuration, PLAN_SECTIONS, printChoiceQuery, readPrintChoice } from '../../../src/lib/plan/plan-model';
import { NO_PLAN_INPUTS, type PlanDocumentInputs } from '../../../src/lib/plan/plan-inputs';
import { emptyPlanner, type Contact } from '../../../src/lib/planner/planner-schema';
import { generateLargePlanner } from '../../fixtures/planner-large';
import { FIXTURE_TODAY, plannerStates, plannerV3Detailed } from '../../fixtures/planner-states';

const answered: PlanDocumentInputs = {
  profileLines: [{ field: 'groesse', sentence: 'klein', params: {} }],
  hoursPerMonth: 6,
  offer: ['Protokoll führen'],
  topCandidates: [{ name: 'Texttreff', kind: 'fachverband', score: 86 }],
};

const contact = (id: string, over: Partial<Contact>): Contact => ({ ...plannerStates.partial.contacts[0]!, id, name: id, ...over });

describe('buildPlan', () => {
  test('the empty state marks every section as missing, with a link to where it is filled in', () => {
    const plan = buildPlan(plannerStates.empty, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.owner).toBe('');
    expect(plan.date).toBe('2026-03-02');
    expect(Object.fromEntries(PLAN_SECTIONS.map((s) => [s, plan[s].missing]))).toEqual({
      profile: { reason: 'missing', href: '/selbsttest/' },
      goals: { reason: 'missing', href: '/planer/ziele/' },
      groups: { reason: 'missing', href: '/planer/zielgruppen/' },
      channels: { reason: 'missing', href: '/planer/kanaele/' },
      networks: { reason: 'missing', href: '/netzwerk-check/' },
      give: { reason: 'missing', href: '/planer/geben/' },
      actions: { reason: 'missing', href: '/planer/aktionen/' },
      contacts: { reason: 'missing', href: '/planer/kontakte/' },
    });
  });

  test('the partial state shows what is there and marks the rest as missing', () => {
    const plan = buildPlan(plannerStates.partial, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.goals.missing).toBeNull();
    expect(plan.goals.rows).toEqual([{ id: 'g-partial', kind: 'kunden', text: 'Mehr Kunden', measure: '', deadline: null, actions: [] }]);
    expect(plan.groups.missing).not.toBeNull();
    expect(plan.channels).toMatchObject({ missing: null, budgetMinutes: null, verdict: { code: 'noBudget', overMinutes: 0 } });
    expect(plan.channels.totalMinutes).toBeCloseTo(plan.channels.rows[0]!.perMonth + plan.channels.careMinutes!, 9);
    expect(plan.actions.rows).toEqual([{ id: 'a-partial', title: 'Profilfoto erneuern', due: null, overdue: false, goalId: '', contacts: [] }]);
    expect(plan.contacts.rows.map((r) => [r.name, r.next, r.overdue])).toEqual([['S. Yilmaz', '2026-03-05', false]]);
  });

  test('the complete state fills every planner section with the stored codes, days and minutes', () => {
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.owner).toBe('Alex Beispiel');
    expect(plan.goals.rows.map((g) => [g.kind, g.measure, g.deadline])).toEqual([
      ['job', '3 persönliche Gespräche', '2026-06-30'],
      ['wissen', '2 Verbandstreffen als Gast besuchen', '2026-05-15'],
    ]);
    expect(plan.groups.rows[0]).toMatchObject({ kind: 'organisation', level: 'leitung', people: 'Dr. K. (Leitung Qualität)' });
    expect(plan.channels.rows.map((r) => [r.type, r.name, r.times, r.per, r.perOccasion])).toEqual([
      ['linkedin', '', 2, 'woche', { unit: 'minutes', n: 20 }],
      ['verbaende', 'Fachverband Qualität', 1, 'monat', { unit: 'hours', n: 2 }],
      ['netzwerk', 'Unternehmerinnen-Netzwerk Rheinland', 1, 'monat', { unit: 'minutes', n: 150 }],
    ]);
    expect(plan.channels.rows.map((r) => Math.round(r.perMonth))).toEqual([173, 120, 150]);
    expect(plan.channels).toMatchObject({ budgetMinutes: 600, verdict: { code: 'fits', overMinutes: 0 } });
    expect(plan.channels.careMinutes).toBeGreaterThan(0);
    expect(plan.channels.totalMinutes).toBeCloseTo(plan.channels.rows.reduce((sum, r) => sum + r.perMonth, 0) + plan.channels.careMinutes!, 9);
    expect(plan.give).toMatchObject({ missing: null, offer: ['Erfahrung mit Zulassungsverfahren', 'Kontakte zu Prüflaboren'] });
    expect(plan.give.intro).toMatch(/^Ich bin Ingenieurin/);
  });

  test('lists only open actions, by date, with the overdue one marked', () => {
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.actions.rows.map((a) => [a.title, a.due, a.overdue])).toEqual([
      ['LinkedIn-Profil überarbeiten', '2026-02-20', true],
      ['Als Gast zum Treffen des Fachverbands gehen', '2026-03-18', false],
    ]);
  });

  test('says why the actions are empty when all of them are done', () => {
    const state = { ...plannerStates.complete, actions: plannerStates.complete.actions.map((a) => ({ ...a, done: true })) };
    expect(buildPlan(state, NO_PLAN_INPUTS, FIXTURE_TODAY).actions.missing).toEqual({ reason: 'allDone', href: '/planer/aktionen/' });
  });

  test('says why the contacts are empty when all of them are C contacts', () => {
    const state = { ...plannerStates.complete, contacts: plannerStates.complete.contacts.map((c) => ({ ...c, priority: 'C' as const })) };
    expect(buildPlan(state, NO_PLAN_INPUTS, FIXTURE_TODAY).contacts.missing).toEqual({ reason: 'noneAB', href: '/planer/kontakte/' });
  });

  test('takes profile, hours, offer and candidates from the other tools', () => {
    const plan = buildPlan(emptyPlanner(), answered, FIXTURE_TODAY);
    expect(plan.profile).toMatchObject({ missing: null, lines: answered.profileLines });
    expect(plan.networks).toMatchObject({ missing: null, rows: answered.topCandidates });
    expect(plan.give).toMatchObject({ missing: null, offer: ['Protokoll führen'] });
    expect(plan.channels).toMatchObject({ missing: null, budgetMinutes: 360, totalMinutes: 0 });
  });

  test('gives the minutes over budget with the verdict when the plan exceeds it', () => {
    const plan = buildPlan({ ...plannerStates.complete, hoursPerMonth: 5 }, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.channels.verdict.code).toBe('over');
    expect(plan.channels.verdict.overMinutes).toBeCloseTo(plan.channels.totalMinutes - 300, 6);
  });

  test('builds the plan for 2,000 contacts', () => {
    const plan = buildPlan(generateLargePlanner(), NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.contacts.rows.length).toBeGreaterThan(1000);
    expect(plan.actions.rows.length).toBeLessThan(200);
  });
});

describe('goals with their actions', () => {
  test('each goal carries its open linked actions with the linked contacts’ names; the rest are unlinked', () => {
    const plan = buildPlan(plannerV3Detailed, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.goals.rows.map((g) => [g.id, g.actions.map((a) => [a.id, a.contacts])])).toEqual([
      ['g1', [['a1', ['M. Bauer', 'Jana Ohm']]]],
      ['g2', [['a2', []]]],
    ]);
    expect(plan.actions.unlinked).toEqual([]);
    expect(plan.actions.rows.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  test('an action for a deleted goal or a done action is not under any goal; a deleted contact is skipped', () => {
    const state = {
      ...plannerV3Detailed,
      goals: plannerV3Detailed.goals.filter((g) => g.id !== 'g2'),
      contacts: plannerV3Detailed.contacts.filter((c) => c.id !== 'k2'),
      actions: plannerV3Detailed.actions.map((a) => (a.id === 'a3' ? { ...a, goalId: 'g1' } : a)),
    };
    const plan = buildPlan(state, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.goals.rows.map((g) => [g.id, g.actions.map((a) => [a.id, a.contacts])])).toEqual([['g1', [['a1', ['M. Bauer']]]]]);
    expect(plan.actions.unlinked.map((a) => a.id)).toEqual(['a2']);
  });

  test('without links every open action is unlinked, by due day', () => {
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.goals.rows.every((g) => g.actions.length === 0)).toBe(true);
    expect(plan.actions.unlinked.map((a) => a.id)).toEqual(['a1', 'a2']);
  });
});

describe('C contacts on paper', () => {
  test('the A/B list counts the C contacts it leaves out', () => {
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY);
    const c = plannerStates.complete.contacts.filter((k) => k.priority === 'C').length;
    expect(c).toBeGreaterThan(0);
    expect(plan.contacts.cCount).toBe(c);
    expect(plan.contacts.rows.some((k) => k.priority === 'C')).toBe(false);
    expect(plan.allContacts).toHaveLength(plannerStates.complete.contacts.length);
  });
});

describe('careContacts', () => {
  test('schedules A and B contacts by next follow-up and leaves out C', () => {
    expect(careContacts(plannerStates.complete, FIXTURE_TODAY).map((r) => [r.name, r.priority, r.last, r.next, r.overdue])).toEqual([
      ['M. Bauer', 'A', '2025-11-20', '2026-02-20', true],
      ['Jana Ohm', 'B', '2026-02-10', '2026-03-10', false],
      ['Rosa Lindner', 'B', null, '2027-01-15', false],
    ]);
  });

  test('puts A before B on the same day, and contacts without a rhythm last', () => {
    const contacts = [
      contact('ohne', { rhythm: '', priority: 'A' }),
      contact('b-gleich', { priority: 'B', added: '2026-01-01', rhythm: '1m' }),
      contact('a-gleich', { priority: 'A', added: '2026-01-01', rhythm: '1m' }),
      contact('frueh', { priority: 'B', added: '2025-12-01', rhythm: '1m' }),
    ];
    expect(careContacts({ contacts }, FIXTURE_TODAY).map((r) => r.id)).toEqual(['frueh', 'a-gleich', 'b-gleich', 'ohne']);
  });

  test('a follow-up due today is not overdue; one due yesterday is', () => {
    const contacts = [contact('heute', { added: '2026-02-02', rhythm: '1m' }), contact('gestern', { added: '2026-02-01', rhythm: '1m' })];
    expect(careContacts({ contacts }, FIXTURE_TODAY).map((r) => [r.id, r.next, r.overdue])).toEqual([
      ['gestern', '2026-03-01', true],
      ['heute', '2026-03-02', false],
    ]);
  });
});

describe('occasionDuration', () => {
  test('writes whole hours as hours and everything else as minutes', () => {
    expect([30, 59, 60, 90, 120, 150, 180].map(occasionDuration)).toEqual([
      { unit: 'minutes', n: 30 },
      { unit: 'minutes', n: 59 },
      { unit: 'hours', n: 1 },
      { unit: 'minutes', n: 90 },
      { unit: 'hours', n: 2 },
      { unit: 'minutes', n: 150 },
      { unit: 'hours', n: 3 },
    ]);
  });

  test('keeps no time as minutes', () => {
    expect(occasionDuration(0)).toEqual({ unit: 'minutes', n: 0 });
  });
});

describe('budgetVerdict', () => {
  test('follows the budget’s status, and asks for a budget while there is none', () => {
    expect(budgetVerdict({ budgetMinutes: null, status: 'unknown' })).toBe('noBudget');
    expect(budgetVerdict({ budgetMinutes: 300, status: 'over' })).toBe('over');
    expect(budgetVerdict({ budgetMinutes: 300, status: 'tight' })).toBe('tight');
    expect(budgetVerdict({ budgetMinutes: 300, status: 'ok' })).toBe('fits');
  });
});

describe('the printed plan’s parts', () => {
  test('contacts go by priority and then by name, case and accents folded', () => {
    const rows = [
      { priority: 'B' as const, name: 'anna' },
      { priority: 'A' as const, name: 'Zoe' },
      { priority: 'B' as const, name: 'Ängela' },
      { priority: 'C' as const, name: 'Aaron' },
    ];
    expect(byPriorityThenName(rows).map((r) => r.name)).toEqual(['Zoe', 'Ängela', 'anna', 'Aaron']);
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(plan.contacts.rows.map((c) => c.name)).toEqual(['M. Bauer', 'Jana Ohm', 'Rosa Lindner']);
    expect(plan.allContacts.map((c) => c.name)).toEqual(['M. Bauer', 'Jana Ohm', 'Rosa Lindner', 'T. K.']);
  });

  test('the next five steps: open actions by due day, then follow-ups due by today, at most five', () => {
    expect(nextSteps(plannerStates.complete, FIXTURE_TODAY).map((s) => (s.kind === 'action' ? s.title : `→ ${s.name}`))).toEqual([
      'LinkedIn-Profil überarbeiten',
      'Als Gast zum Treffen des Fachverbands gehen',
      '→ M. Bauer',
    ]);
    const big = generateLargePlanner({ contacts: 50, actions: 2 });
    const steps = nextSteps(big, FIXTURE_TODAY);
    expect(steps).toHaveLength(5);
    expect(steps.filter((s) => s.kind === 'action').length).toBe(big.actions.filter((a) => !a.done).length);
    expect(steps.every((s) => s.kind === 'action' || s.due <= FIXTURE_TODAY)).toBe(true);
  });

  test('birthdays by month read both MM-DD and YYYY-MM-DD, by day within the month', () => {
    expect(
      birthdaysByMonth([
        { id: 'a', name: 'Rosa', birthday: '12-30' },
        { id: 'b', name: 'Ben', birthday: '1980-03-14' },
        { id: 'c', name: 'Ada', birthday: '03-02' },
        { id: 'd', name: 'Ohne', birthday: '' },
      ]),
    ).toEqual([
      {
        month: 3,
        rows: [
          { id: 'c', name: 'Ada', day: 2 },
          { id: 'b', name: 'Ben', day: 14 },
        ],
      },
      { month: 12, rows: [{ id: 'a', name: 'Rosa', day: 30 }] },
    ]);
  });

  test('the print choice goes into the address and back; unknown parts are dropped, the default is a plain address', () => {
    expect(printChoiceQuery(DEFAULT_PRINT_CHOICE)).toBe('');
    expect(readPrintChoice('')).toEqual(DEFAULT_PRINT_CHOICE);
    const choice = {
      parts: ['goals', 'contacts', 'notes'] as const,
      contacts: 'all' as const,
    };
    expect(printChoiceQuery(choice)).toBe('?teile=ziele,kontakte,notizen&kontakte=abc');
    expect(readPrintChoice(printChoiceQuery(choice))).toEqual({
      parts: ['goals', 'contacts', 'notes'],
      contacts: 'all',
    });
    expect(readPrintChoice('?teile=ziele,quatsch')).toEqual({
      parts: ['goals'],
      contacts: 'ab',
    });
    expect(readPrintChoice('?teile=')).toEqual({ parts: [], contacts: 'ab' });
  });
});
