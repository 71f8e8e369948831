import type { Page } from '@playwright/test';
import { FIXTURE_TODAY, plannerStates, storedPlanner, type PlannerStateName } from '../../fixtures/planner-states';

/** Fixes the page's clock to the day the fixtures are written for, 10:00 in Berlin. */
export async function atFixtureDay(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date(`${FIXTURE_TODAY}T10:00:00+01:00`));
}

/** Puts raw planner data into storage before the page first loads; a reload keeps what the page saved. */
export async function plantPlanner(page: Page, data: unknown): Promise<void> {
  await page.addInitScript((raw) => {
    if (window.sessionStorage.getItem('nk-test-planted')) return;
    window.sessionStorage.setItem('nk-test-planted', '1');
    window.localStorage.setItem('nk:planer', raw);
  }, storedPlanner(data));
}

/** Plants a named state (nothing for „empty“) and fixes the clock. */
export async function plannerState(page: Page, name: PlannerStateName): Promise<void> {
  await atFixtureDay(page);
  if (name !== 'empty') await plantPlanner(page, plannerStates[name]);
}

/** The planner has hydrated and read today's date once the due list heading is there. */
export async function plannerReady(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Fällig: bei wem du dich melden solltest' }).waitFor();
}

/** The plan has hydrated once its date line is there. */
export async function planReady(page: Page): Promise<void> {
  await page.locator('.plan-meta').waitFor();
}
