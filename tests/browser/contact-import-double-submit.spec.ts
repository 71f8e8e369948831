/**
 * Issue #10, part 3 (double submit) in the contact import on /planer/kontakte/: a double click on
 * „… Kontakte übernehmen“ imports once and keeps the import. Reproduces: the preview closed after
 * the first click, „Rückgängig“ took the button's place, and the second click undid the import
 * at once („Der Import ist rückgängig gemacht“) – nothing was stored.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Contact } from '../../src/lib/planner/planner-schema';
import { atFixtureDay, plannerReady } from './support/planner';
import { storedPlannerData } from './support/storage';

const fixture = (name: string) => new URL(`../fixtures/contact-import/${name}`, import.meta.url).pathname;
const storedContacts = async (page: Page): Promise<Contact[]> => (await storedPlannerData(page))?.contacts ?? [];

test('a double click on „2 Kontakte übernehmen“ imports the two contacts once and keeps them', async ({ page }) => {
  await atFixtureDay(page);
  await page.goto('/planer/kontakte/');
  await plannerReady(page);
  await page.getByRole('button', { name: 'Kontakte importieren' }).click();
  await page.getByLabel('Datei mit Kontakten').setInputFiles(fixture('outlook-2.1.vcf'));
  await page.getByRole('button', { name: '2 Kontakte übernehmen' }).dblclick();
  await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
  await expect(page.getByText('Der Import ist rückgängig gemacht')).toHaveCount(0);
  expect(await storedContacts(page)).toHaveLength(2);
  // „Rückgängig“ itself still works with one click.
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByText('Der Import ist rückgängig gemacht')).toBeVisible();
  expect(await storedContacts(page)).toHaveLength(0);
});
