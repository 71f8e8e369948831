/**
 * Issue #10, item 3: deleting a goal or an action was instant and could not be undone. Every
 * removal in the planner's lists now offers „Rückgängig“, with focus on it, and brings the item
 * back at its place.
 */
import { expect, test } from '@playwright/test';
import { openSection, plannerState } from './support/planner';
import { expectNoAxeViolations } from './support/site';

test('a deleted goal comes back at its place with „Rückgängig“, and stays after a reload', async ({ page }) => {
  await plannerState(page, 'partial');
  await openSection(page, 'ziele');
  await expect(page.getByRole('textbox', { name: 'Was willst du erreichen?' })).toHaveValue('Mehr Kunden');
  await page.getByRole('button', { name: 'Ziel 1 entfernen' }).click();
  await expect(page.getByRole('textbox', { name: 'Was willst du erreichen?' })).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Rückgängig' });
  await expect(undo).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Was willst du erreichen?' })).toHaveValue('Mehr Kunden');
  await expect(page.getByRole('textbox', { name: 'Was willst du erreichen?' })).toBeFocused();
  await expect(undo).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Was willst du erreichen?' })).toHaveValue('Mehr Kunden');
});

test('a deleted action comes back with „Rückgängig“', async ({ page }) => {
  await plannerState(page, 'partial');
  await openSection(page, 'aktionen');
  await page.getByRole('button', { name: 'Löschen: Profilfoto erneuern' }).click();
  await expect(page.getByText('Profilfoto erneuern', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByText('Profilfoto erneuern', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bearbeiten: Profilfoto erneuern' })).toBeFocused();
});
