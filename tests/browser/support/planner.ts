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

/** Every island of the page has hydrated (Astro drops the `ssr` attribute then). */
export async function plannerReady(page: Page): Promise<void> {
  await page.locator('astro-island').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

/** Opens a planner section's page (`ziele`, `zeit`, `kontakte` …) and waits for it to hydrate. */
export async function openSection(page: Page, slug: string): Promise<void> {
  await page.goto(`/planer/${slug}/`);
  await plannerReady(page);
}

/** The planner's section pages, in order, with their headings. */
export const PLANNER_PAGES = [
  ['ziele', 'Warum – Ziele'],
  ['zielgruppen', 'Wer – Zielgruppen'],
  ['kanaele', 'Wo und wie – Kanäle'],
  ['zeit', 'Wann – Zeitbudget'],
  ['geben', 'Geben – dein Angebot'],
  ['aktionen', 'Aktionen'],
  ['kontakte', 'Kontaktpflege'],
] as const;

/**
 * The plan is whole once its page estimate is there: the first page (with its date line) comes
 * with hydration, everything after it (PlanRest, which also estimates the pages) when the browser is
 * next idle.
 */
export async function planReady(page: Page): Promise<void> {
  await page.locator('.plan-meta').waitFor();
  await page.locator('.plan-pages').waitFor();
}

/** Opens the plan's „Kalenderdatei“ disclosure and waits for its controls, which load on opening. */
export async function openCalendar(page: Page): Promise<void> {
  await page.getByText('Kalenderdatei für deinen Kalender').click();
  await page.locator('#ics-hinweis').waitFor();
}

/**
 * Plants a finished questionnaire (the freelancer: 6 hours a month, offers „Texte redigieren …“) and
 * a network check with four candidates, before the page first loads.
 */
export async function plantOtherTools(page: Page): Promise<void> {
  const { STATES: answers, envelope } = await import('../../fixtures/answers-states');
  const { STATES: candidates } = await import('../../fixtures/candidates-states');
  await page.addInitScript(
    ([a, c]) => {
      if (window.sessionStorage.getItem('nk-test-tools')) return;
      window.sessionStorage.setItem('nk-test-tools', '1');
      window.localStorage.setItem('nk:selbsttest', a);
      window.localStorage.setItem('nk:netzwerk-check', c);
    },
    [envelope(answers.complete), envelope(candidates.complete)] as const,
  );
}
