/**
 * Issue #10, „Forms that forgive“ in the planner: deletes without „Rückgängig“, „Abbrechen“ that
 * threw a filled form away, duplicate names without a hint, Enter and double clicks. Each test
 * says what it reproduces on the code before this change.
 */
import { expect, test, type Page } from '@playwright/test';
import { openSection, plannerState } from './support/planner';
import { expectNoAxeViolations } from './support/site';

const planner = async (page: Page) => JSON.parse((await page.evaluate(() => localStorage.getItem('nk:planer')))!).data;

test.describe('„Rückgängig“ for every delete', () => {
  test('a deleted log entry comes back with „Rückgängig“', async ({ page }) => {
    // Before: the entry was gone at once; there was no way back.
    await plannerState(page, 'complete');
    await openSection(page, 'kontakte');
    await page.getByRole('button', { name: 'Öffnen: M. Bauer' }).click();
    const entry = page.getByText('Checkliste geschickt');
    await expect(entry).toBeVisible();
    await page.locator('.log-list li', { hasText: 'Checkliste geschickt' }).getByRole('button').click();
    await expect(entry).toHaveCount(0);
    const undo = page.getByRole('button', { name: 'Rückgängig' });
    await expect(undo).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(entry).toBeVisible();
    await expect.poll(async () => (await planner(page)).contacts[0].log.map((e: { id: string }) => e.id)).toEqual(['i1', 'i2']);
  });

  test('unticking a channel keeps its numbers for „Rückgängig“', async ({ page }) => {
    // Before: unticking LinkedIn dropped its 2 × a week, and ticking it again gave the default estimate.
    await plannerState(page, 'complete');
    await openSection(page, 'kanaele');
    const box = page.getByRole('checkbox', { name: 'LinkedIn' });
    await box.uncheck();
    await expect(page.locator('#kanal-c1-anzahl')).toHaveCount(0);
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(box).toBeChecked();
    await expect(page.locator('#kanal-c1-anzahl')).toHaveValue('2');
    await expect(box).toBeFocused();
    await expect.poll(async () => (await planner(page)).channels[0]).toMatchObject({ id: 'c1', times: 2, per: 'woche', minutes: 20 });
  });
});
