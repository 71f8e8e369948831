/**
 * Issue #10, deliverable 1: concurrent edits of the same field resolve predictably – the last
 * writer wins – and the other tab is told. On the old code the tab whose text was replaced saw it
 * change without a word.
 *
 * Concurrency, made deterministic: tab B hears nothing of other tabs' writes (its storage events
 * are swallowed), so its change is made on the state before tab A's and written on top of it.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { plannerStates, storedPlanner } from '../fixtures/planner-states';
import { plantStorage } from './support/storage';
import { hydrated } from './support/tools';
import { expectNoAxeViolations } from './support/site';

const TEXT = '#ziel-g-partial-text';
const MEASURE = '#ziel-g-partial-mass';
const NOTICE = 'Gleichzeitig geändert:';

const storedGoal = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('nk:planer')!).data.goals[0] as { text: string; measure: string });

/** Tab A, and tab B that does not hear of A's writes until it writes itself. */
async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  await plantStorage(context, { 'nk:planer': storedPlanner(plannerStates.partial) });
  const a = await context.newPage();
  await a.goto('/planer/ziele/');
  await hydrated(a);
  const b = await context.newPage();
  await b.addInitScript(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true));
  await b.goto('/planer/ziele/');
  await hydrated(b);
  return [a, b];
}

test('the same field changed in two tabs at once: the last write wins and the tab whose text it replaced is told', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await a.locator(TEXT).fill('Mehr Kunden aus Tab A');
  await expect.poll(async () => (await storedGoal(a)).text).toBe('Mehr Kunden aus Tab A');
  await b.locator(TEXT).fill('Mehr Kunden aus Tab B');
  await expect.poll(async () => (await storedGoal(a)).text).toBe('Mehr Kunden aus Tab B');

  // A shows the text that won, and says that its own was replaced.
  await expect(a.locator(TEXT)).toHaveValue('Mehr Kunden aus Tab B');
  const notice = a.locator('.storage-notices');
  await expect(notice).toContainText('Gleichzeitig geändert: Ein anderer Tab hat eben dieselbe Stelle in „Planer“ geändert wie du hier.');
  await expectNoAxeViolations(a);
  // The writer that won is not told; it saw nothing replaced.
  await expect(b.locator('.storage-notices')).not.toContainText(NOTICE);
  await notice.getByRole('button', { name: 'Verstanden' }).click();
  await expect(notice).not.toContainText(NOTICE);
});

test('different fields changed in two tabs at once: both are kept and nobody is told', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await a.locator(TEXT).fill('Mehr Kunden aus Tab A');
  await expect.poll(async () => (await storedGoal(a)).text).toBe('Mehr Kunden aus Tab A');
  await b.locator(MEASURE).fill('drei Aufträge bis Juni');
  await expect.poll(() => storedGoal(a)).toEqual(expect.objectContaining({ text: 'Mehr Kunden aus Tab A', measure: 'drei Aufträge bis Juni' }));
  await expect(a.locator(MEASURE)).toHaveValue('drei Aufträge bis Juni');
  await a.waitForTimeout(300);
  await expect(a.locator('.storage-notices')).not.toContainText(NOTICE);
});
