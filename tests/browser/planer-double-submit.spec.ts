/**
 * Issue #10, item 3 (double submit): a double click on a planner's add button added two empty
 * items. The second click of a double click is now the same click; the keyboard still adds one
 * item per press.
 */
import { expect, test, type Page } from '@playwright/test';
import { openSection, plannerState } from './support/planner';
import { storedPlannerData } from './support/storage';

// Read like JSON, as before the contacts moved into shards of their own.
const stored = async (page: Page): Promise<any> => storedPlannerData(page);

const ADD_BUTTONS = [
  { slug: 'ziele', button: 'Ziel hinzufügen', list: 'goals' },
  { slug: 'zielgruppen', button: 'Zielgruppe hinzufügen', list: 'groups' },
  { slug: 'kanaele', button: 'Netzwerk hinzufügen', list: 'channels' },
] as const;

for (const { slug, button, list } of ADD_BUTTONS) {
  // Reproduces: a double click on „${button}“ added two items.
  test(`a double click on „${button}“ adds exactly one item`, async ({ page }) => {
    await plannerState(page, 'empty');
    await openSection(page, slug);
    await page.getByRole('button', { name: button, exact: true }).dblclick();
    await expect.poll(async () => (await stored(page))?.[list]?.length ?? 0).toBe(1);
    // Nothing further arrives a moment later: the second click was dropped, not delayed.
    await page.reload();
    expect((await stored(page))[list]).toHaveLength(1);
  });
}

test('pressing Enter twice on an add button still adds two items', async ({ page }) => {
  await plannerState(page, 'empty');
  await openSection(page, 'ziele');
  await page.getByRole('button', { name: 'Ziel hinzufügen', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Weiteres Ziel hinzufügen', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await stored(page))?.goals?.length ?? 0).toBe(2);
});
