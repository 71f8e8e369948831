/**
 * The backup reminder (src/islands/shared/BackupReminder.tsx) on every tool page that mounts it:
 * shown while there are entries and the last backup is more than 30 days old (or never), gone
 * after a backup – also one made in another tab. The start page and the guide never show it.
 * Tool pages and tool fixtures are picked up from the sitemap and ALL_DEFINITIONS once merged.
 */
import { expect, test, type Page } from '@playwright/test';
import { TOOLS } from '../../src/lib/site/tools';
import { ALL_DEFINITIONS, isToolData } from '../../src/lib/storage/stored-definitions';
import { countEntries, decodeStored } from '../../src/lib/storage/stored-value';
import { storedFixtures } from '../unit/support/fixture-definitions';
import { chapterPaths, sitePaths } from './support/site';
import { envelope, plantStorage } from './support/storage';
import { hydrated } from './support/tools';

const reminder = (page: Page) => page.getByRole('complementary', { name: 'Erinnerung an eine Sicherung' });
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

const toolPages = sitePaths().filter((path) => TOOLS.some((tool) => tool.href === path && tool.id !== 'daten'));
/** A stored tool value with at least one entry, from the tools' own fixtures. */
const withEntries = storedFixtures(ALL_DEFINITIONS.filter(isToolData)).find((f) => {
  const decoded = f.definition && decodeStored(f.definition, f.text);
  return decoded?.ok && countEntries(decoded.envelope.data, f.definition!.initial()) > 0;
});

for (const path of toolPages) {
  test.describe(`reminder on ${path}`, () => {
    test.skip(!withEntries, 'no tool fixture with entries yet');
    const data = () => ({ [withEntries!.definition!.key]: withEntries!.text });

    test('is not shown without data', async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(reminder(page)).toHaveCount(0);
    });

    test('is shown with data that was never backed up, and links to /daten/', async ({ page }) => {
      await plantStorage(page, data());
      await page.goto(path);
      await expect(reminder(page)).toContainText('noch nie gesichert');
      await expect(reminder(page).getByRole('link')).toHaveAttribute('href', '/daten/');
    });

    test('is shown when the last backup is older than 30 days, not when it is recent', async ({ page }) => {
      await plantStorage(page, { ...data(), 'nk:meta': envelope(1, 1, { lastBackup: day(31) }) });
      await page.goto(path);
      await expect(reminder(page)).toContainText('letzte Sicherung ist vom');
      await page.evaluate((meta) => localStorage.setItem('nk:meta', meta), envelope(1, 2, { lastBackup: day(10) }));
      await page.reload();
      await page.waitForLoadState('networkidle');
      await expect(reminder(page)).toHaveCount(0);
    });

    test('disappears when a backup is made in another tab', async ({ context }) => {
      await plantStorage(context, data());
      const tool = await context.newPage();
      await tool.goto(path);
      await expect(reminder(tool)).toBeVisible();
      const daten = await context.newPage();
      await daten.goto('/daten/');
      // A click before the backup island has hydrated would do nothing.
      await hydrated(daten);
      await Promise.all([daten.waitForEvent('download'), daten.getByRole('button', { name: 'Sicherung herunterladen' }).click()]);
      await expect(reminder(tool)).toHaveCount(0);
    });
  });
}

test('the start page and the guide never remind, even when a backup is overdue', async ({ page }) => {
  await plantStorage(page, { 'nk:selbsttest': envelope(1, 1, { antwort: 'x' }), 'nk:meta': envelope(1, 1, { lastBackup: day(400) }) });
  for (const path of ['/', '/ratgeber/', ...chapterPaths(), '/datenschutz/']) {
    await page.goto(path);
    await expect(reminder(page)).toHaveCount(0);
    await expect(page.locator('astro-island')).toHaveCount(0);
  }
});
