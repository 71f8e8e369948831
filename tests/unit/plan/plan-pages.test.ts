/**
 * The printed plan's pages (src/lib/plan/plan-pages.ts): which parts print, the paper timeline of
 * the next three months, and the page estimate.
 */
import { describe, expect, test } from 'vitest';
import { buildPlan, DEFAULT_PRINT_CHOICE, PLAN_PARTS } from '../../../src/lib/plan/plan-model';
import { estimatePages, paperTimeline, printedParts, timelineSize } from '../../../src/lib/plan/plan-pages';
import { NO_PLAN_INPUTS } from '../../../src/lib/plan/plan-inputs';
import { TIMELINE_WEEKS } from '../../../src/lib/timeline/timeline';
import { generateLargePlanner } from '../../fixtures/planner-large';
import { FIXTURE_TODAY, plannerStates } from '../../fixtures/planner-states';

describe('printedParts', () => {
  // The partial planner has a contact with a rhythm, so its timeline prints too.
  const PARTIAL_PARTS = ['goals', 'timeline', 'channels', 'contacts', 'notes'];

  test('empty parts are left out on paper; a blank plan prints the worksheet’s parts', () => {
    const partial = buildPlan(plannerStates.partial, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(printedParts(partial, DEFAULT_PRINT_CHOICE)).toEqual(PARTIAL_PARTS);
    const blank = buildPlan(plannerStates.empty, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(blank.blank).toBe(true);
    expect(partial.blank).toBe(false);
    expect(printedParts(blank, DEFAULT_PRINT_CHOICE)).toEqual(['goals', 'groups', 'channels', 'give', 'contacts', 'birthdays', 'notes']);
    expect(printedParts(blank, { parts: ['notes'], contacts: 'ab' })).toEqual(['notes']);
  });

  test('the page estimate grows with the content and shrinks with parts switched off', () => {
    const big = buildPlan(
      generateLargePlanner({
        contacts: 300,
        interactionsPerContact: 1,
        actions: 20,
      }),
      NO_PLAN_INPUTS,
      FIXTURE_TODAY,
    );
    const all = estimatePages(big, { parts: PLAN_PARTS, contacts: 'all' });
    const ab = estimatePages(big, DEFAULT_PRINT_CHOICE);
    const none = estimatePages(big, { parts: [], contacts: 'ab' });
    expect(all).toBeGreaterThan(ab);
    expect(ab).toBeGreaterThan(none);
    expect(none).toBe(1);
    expect(estimatePages(buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY), DEFAULT_PRINT_CHOICE)).toBeGreaterThanOrEqual(2);
  });
});

describe('paperTimeline', () => {
  test('covers the next three months, with C contacts only in the printout of all contacts', () => {
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY);
    const ab = paperTimeline(plan, 'ab');
    const all = paperTimeline(plan, 'all');
    expect(ab.weeks).toHaveLength(TIMELINE_WEEKS.paper);
    expect(ab.weeks[0]!.start).toBe(FIXTURE_TODAY);
    const names = (t: typeof ab) => [...t.overdue, ...t.weeks.flatMap((w) => w.entries)].flatMap((e) => (e.kind === 'action' ? [] : [e.name]));
    expect(names(ab)).not.toContain('T. K.');
    expect(timelineSize(all).entries).toBeGreaterThanOrEqual(timelineSize(ab).entries);
    // What was overdue at the start is listed apart: M. Bauer's follow-up and the profile action.
    expect(ab.overdue.map((e) => (e.kind === 'action' ? e.title : e.name))).toEqual(expect.arrayContaining(['LinkedIn-Profil überarbeiten', 'M. Bauer']));
  });

  test('counts in the page estimate: switching the timeline off never adds a page, and a plan with dated entries prints it', () => {
    const plan = buildPlan(plannerStates.complete, NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(printedParts(plan, DEFAULT_PRINT_CHOICE)).toContain('timeline');
    const without = { ...DEFAULT_PRINT_CHOICE, parts: PLAN_PARTS.filter((p) => p !== 'timeline') };
    expect(estimatePages(plan, without)).toBeLessThanOrEqual(estimatePages(plan, DEFAULT_PRINT_CHOICE));
    const big = buildPlan(generateLargePlanner({ contacts: 300, interactionsPerContact: 1, actions: 20 }), NO_PLAN_INPUTS, FIXTURE_TODAY);
    expect(estimatePages(big, { parts: ['timeline'], contacts: 'ab' })).toBeGreaterThan(estimatePages(big, { parts: [], contacts: 'ab' }));
  });
});
