/**
 * Planner at scale, run by `npm run bench` against the contacts page (/planer/kontakte/), which holds
 * the 2,000 contacts, once it is built and tests/fixtures/planner-large.ts exists.
 *
 * The fixture module must export:
 * - `plannerLargeStorage(): Record<string, string>` — localStorage key → raw stored text (the v1 envelope),
 *   holding 2,000 contacts with 5 logged interactions each and 200 actions;
 * - `editPlannerOnce(page: Page): Promise<void>` — one edit through the UI (e.g. log an interaction with
 *   one contact), resolving once its result is visible.
 * Figures go to the file named by BENCH_OUT as JSON (AtScaleFigures, or `{ skipped: reason }`).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { measureAtScale, plantStorage, type EditFn } from './at-scale.ts';

// A variable specifier, so type checks pass while the fixture does not exist yet.
const FIXTURE = '../fixtures/planner-large.ts';

test('planner at scale: 2,000 contacts and 200 actions, median of 5 runs', async ({ browser, baseURL }) => {
  const out = process.env['BENCH_OUT'] ?? fileURLToPath(new URL('../../bench/planner.json', import.meta.url));
  const fixture = (await import(FIXTURE)) as { plannerLargeStorage?: () => Record<string, string>; editPlannerOnce?: EditFn; PLANNER_LARGE_PATH?: string };
  if (typeof fixture.plannerLargeStorage !== 'function' || typeof fixture.editPlannerOnce !== 'function') {
    const reason = 'tests/fixtures/planner-large.ts must export plannerLargeStorage() and editPlannerOnce(page)';
    writeFileSync(out, JSON.stringify({ skipped: reason }));
    test.skip(true, reason);
    return;
  }
  // The contacts live on their own page since the planner has one page per section.
  const figures = await measureAtScale(browser, baseURL!, fixture.PLANNER_LARGE_PATH ?? '/planer/kontakte/', plantStorage(fixture.plannerLargeStorage()), fixture.editPlannerOnce, 5);
  writeFileSync(out, JSON.stringify(figures, null, 2));
});
