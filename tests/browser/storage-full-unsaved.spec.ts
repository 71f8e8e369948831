/**
 * Issue #10, case 7 – full storage, honestly. A change the browser refused (storage full) lives
 * only in its tab. Reproduced here on the old code:
 * - the next page of the same tab (`/plan/`) showed the unsaved change as if it were saved, with no warning;
 * - another tab's save dropped it (the storage event cleared the tab's copy);
 * - a tab that missed that storage event wrote its tab-only copy over the other tab's newer save.
 * Now the change stays marked unsaved on every page of the tab until it is saved or discarded, is
 * never written over another tab's save, and can be downloaded as a backup.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { plannerStates, storedPlanner } from '../fixtures/planner-states';
import { hydrated } from './support/tools';
import { plantInFullStorage } from './support/storage';
import { expectNoAxeViolations } from './support/site';

const GOAL = '#ziel-g-partial-text';
const MINE = 'Mehr Kunden aus dem Mittelstand in der Region gewinnen';
const THEIRS = 'Zwei Aufträge über Empfehlungen';

/** Plants the partial planner, then fills storage to the last character (once per context). */
const fillStorage = (page: Page) => plantInFullStorage(page, storedPlanner(plannerStates.partial), 'context');

/** Frees room, as the reader does by tidying up under „Meine Daten“ or in another site's tab. */
const freeRoom = (page: Page) => page.evaluate(() => localStorage.removeItem('fuell:0'));

const storedGoal = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('nk:planer')!).data.goals[0].text as string);

/** Another tab of the context frees room and saves its own text for the goal. */
async function otherTabSaves(context: BrowserContext) {
  const other = await context.newPage();
  await other.goto('/planer/ziele/');
  await hydrated(other);
  await freeRoom(other);
  await other.locator(GOAL).fill(THEIRS);
  await expect.poll(() => storedGoal(other)).toBe(THEIRS);
}

/** Opens „Ziele“ and makes a change that storage has no room for. */
async function unsavedChange(page: Page) {
  await page.goto('/planer/ziele/');
  await hydrated(page);
  await page.locator(GOAL).fill(MINE);
  await expect(page.getByText('Speichern fehlgeschlagen.')).toBeVisible();
}

/** The goal text in the backup the notice offers: on „Meine Daten“, in the same tab; then back to where the page was. */
async function downloadedGoal(page: Page): Promise<string> {
  const back = page.url();
  await page.getByRole('link', { name: 'Unter „Meine Daten“ eine Sicherung mit diesen Änderungen herunterladen' }).click();
  await hydrated(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sicherung herunterladen', exact: true }).click()]);
  const backup = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  await page.goto(back);
  await hydrated(page);
  return backup.records['nk:planer'].data.goals[0].text;
}

test('an unsaved change is marked on every page of the tab, can be downloaded, and is saved once there is room', async ({ page }) => {
  await fillStorage(page);
  await unsavedChange(page);

  // The plan, in the same tab, shows the change – and says it is not saved.
  await page.goto('/plan/');
  await hydrated(page);
  await expect(page.getByText(MINE).first()).toBeVisible();
  const notice = page.locator('.storage-notices');
  await expect(notice).toContainText('Speichern fehlgeschlagen.');
  await expect(notice).toContainText('Deine letzte Änderung ist nur in diesem Tab vorhanden');
  expect(await downloadedGoal(page)).toBe(MINE);
  expect(await storedGoal(page)).toBe('Mehr Kunden');

  // Still full: „Erneut speichern“ keeps it marked. With room, it is saved and the notice goes.
  await page.getByRole('button', { name: 'Erneut speichern' }).click();
  await expect(notice).toContainText('Speichern fehlgeschlagen.');
  await freeRoom(page);
  await page.getByRole('button', { name: 'Erneut speichern' }).click();
  await expect(notice).not.toContainText('Speichern fehlgeschlagen.');
  expect(await storedGoal(page)).toBe(MINE);
});

test('the next page of the tab saves the change by itself once there is room', async ({ page }) => {
  await fillStorage(page);
  await unsavedChange(page);
  await freeRoom(page);
  await page.goto('/plan/');
  await hydrated(page);
  await expect.poll(() => storedGoal(page)).toBe(MINE);
  await expect(page.locator('.storage-notices')).not.toContainText('Speichern fehlgeschlagen.');
});

test('another tab’s save neither drops the unsaved change nor is written over; the tab says so and offers both ways out', async ({ page, context }) => {
  await fillStorage(page);
  await unsavedChange(page);

  await otherTabSaves(context);

  // This tab keeps its own text, says another tab saved, and does not write over it.
  const notice = page.locator('.storage-notices');
  await expect(notice).toContainText('Ein anderer Tab hat inzwischen gespeichert.');
  await expect(page.locator(GOAL)).toHaveValue(MINE);
  await expect(notice.getByRole('button', { name: 'Erneut speichern' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.locator(GOAL).fill(`${MINE}!`);
  await page.waitForTimeout(300);
  expect(await storedGoal(page)).toBe(THEIRS);
  expect(await downloadedGoal(page)).toBe(`${MINE}!`);

  // Discarding asks first; then the tab shows what the other tab saved, and the notice goes.
  await notice.getByRole('button', { name: 'Änderungen dieses Tabs verwerfen' }).click();
  await expect(notice.getByRole('button', { name: 'Nein' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(page.locator(GOAL)).toHaveValue(`${MINE}!`);
  await notice.getByRole('button', { name: 'Änderungen dieses Tabs verwerfen' }).click();
  await notice.getByRole('button', { name: 'Ja, verwerfen' }).click();
  await expect(page.locator(GOAL)).toHaveValue(THEIRS);
  await expect(notice).not.toContainText('Speichern fehlgeschlagen.');
  expect(await storedGoal(page)).toBe(THEIRS);
});

test('a tab that missed the other tab’s save does not write its tab-only copy over it', async ({ page, context }) => {
  // This tab never hears of other tabs' writes (as a tab in the background may not).
  await page.addInitScript(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true));
  await fillStorage(page);
  await unsavedChange(page);

  await otherTabSaves(context);

  // Storage has room again, but the tab's copy was made before that save: it must not replace it.
  // (The tab's own copy of storage learns of the save a moment later, storage event or not; until
  // then the browser still counts the room as taken and refuses the write anyway.)
  await expect.poll(() => storedGoal(page)).toBe(THEIRS);
  await page.locator(GOAL).fill(`${MINE}!`);
  await page.waitForTimeout(300);
  expect(await storedGoal(page)).toBe(THEIRS);
  await expect(page.locator('.storage-notices')).toContainText('Ein anderer Tab hat inzwischen gespeichert.');
});
