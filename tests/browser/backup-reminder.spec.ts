/**
 * The backup reminder (src/islands/shared/BackupReminder.tsx) on every tool page that mounts it:
 * shown once there is something worth saving (about ten minutes of input, or entries still there
 * on a later day than the reminder first saw them – `seenBefore` plants that) while the
 * last backup is more than 30 days old (or never), gone after a backup – also one made in another
 * tab – and for a week after „In einer Woche wieder erinnern“; at 320 px it never pushes the
 * tool's first form control off the first screen. The start page and the guide never show it.
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
import { metaDefinition } from '../../src/lib/storage/meta-schema';

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
    /** The data as on a second visit: the reminder saw it on an earlier day. */
    const seenBefore = (meta: Record<string, unknown> = {}) => ({ ...data(), 'nk:meta': envelope(metaDefinition.version, 1, { ...metaDefinition.initial(), firstEntry: Date.now() - 2 * 86_400_000, ...meta }) });

    test('is not shown without data', async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(reminder(page)).toHaveCount(0);
    });

    test('is shown with data that was never backed up, and links to /daten/', async ({ page }) => {
      await plantStorage(page, seenBefore());
      await page.goto(path);
      await expect(reminder(page)).toContainText('noch nie gesichert');
      await expect(reminder(page).getByRole('link')).toHaveAttribute('href', '/daten/');
    });

    test('is shown when the last backup is older than 30 days, not when it is recent', async ({ page }) => {
      await plantStorage(page, seenBefore({ lastBackup: day(31) }));
      await page.goto(path);
      await expect(reminder(page)).toContainText('letzte Sicherung ist 31 Tage alt');
      // A version-1 meta value (no first entry yet) still loads; with a recent backup nothing shows.
      await page.evaluate((meta) => localStorage.setItem('nk:meta', meta), envelope(1, 2, { lastBackup: day(10) }));
      await page.reload();
      await page.waitForLoadState('networkidle');
      await expect(reminder(page)).toHaveCount(0);
    });

    test('disappears when a backup is made in another tab', async ({ context }) => {
      await plantStorage(context, seenBefore());
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

    // Reproduces: at 320 × 640 the reminder stood above the tool and filled the first screen. Now
    // it comes after the tool's first form control, and where that control starts on the first
    // screen (the questionnaire, the check's editor) it stays fully there.
    test('at 320 × 640 comes after the tool and never pushes its first form control off the first screen', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await plantStorage(page, seenBefore());
      await page.goto(path);
      await expect(reminder(page)).toBeVisible();
      const control = page.locator('main :is(a[href], input, select, textarea, button):visible:not(.backup-reminder *)').first();
      const [controlBox, reminderBox] = [await control.boundingBox(), await reminder(page).boundingBox()];
      expect(controlBox, 'the tool has a link or form control').not.toBeNull();
      expect(reminderBox!.y).toBeGreaterThan(controlBox!.y);
      if (path === '/selbsttest/') await expect(control).toBeInViewport({ ratio: 1 });
    });
  });
}

test.describe('when the reminder appears and how it is snoozed', () => {
  const NOON = new Date('2026-03-10T12:00:00+01:00');
  const minutesBefore = (n: number) => new Date(NOON.getTime() - n * 60_000);
  /** The fixture's entries, stamped as changed at `at`. */
  const dataChangedAt = (at: Date) => {
    const stored = JSON.parse(withEntries!.text);
    return { [withEntries!.definition!.key]: JSON.stringify({ ...stored, at: at.toISOString() }) };
  };
  const meta = (data: Record<string, unknown>) => envelope(metaDefinition.version, 1, { ...metaDefinition.initial(), ...data });
  const tool = toolPages[0]!;

  test.beforeEach(async ({ page }) => {
    test.skip(!withEntries, 'no tool fixture with entries yet');
    await page.clock.setFixedTime(NOON);
  });

  // Reproduces: the reminder appeared from the first answer on.
  test('does not appear after the first answer of a first visit, and notes when it first saw entries', async ({ page }) => {
    await page.goto('/selbsttest/');
    await hydrated(page);
    await page.getByRole('radio', { name: 'Online', exact: true }).check();
    await page.getByRole('button', { name: /^Weiter/ }).click();
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('nk:meta') ?? 'null')?.data.firstEntry)).toBe(NOON.getTime());
    await expect(reminder(page)).toHaveCount(0);
  });

  test('appears after ten minutes of input on a first visit, not after five', async ({ page }) => {
    await plantStorage(page, { ...dataChangedAt(NOON), 'nk:meta': meta({ firstEntry: minutesBefore(5).getTime() }) });
    await page.goto(tool);
    await hydrated(page);
    await expect(reminder(page)).toHaveCount(0);
    await page.evaluate((text) => localStorage.setItem('nk:meta', text), meta({ firstEntry: minutesBefore(10).getTime() }));
    await page.reload();
    await expect(reminder(page)).toContainText('noch nie gesichert');
  });

  test('appears on a second visit on a later day, however short the first one was', async ({ page }) => {
    const yesterday = new Date(NOON.getTime() - 86_400_000);
    await plantStorage(page, { ...dataChangedAt(yesterday), 'nk:meta': meta({ firstEntry: yesterday.getTime() }) });
    await page.goto(tool);
    await expect(reminder(page)).toContainText('noch nie gesichert');
  });

  // Reproduces: the reminder could not be dismissed.
  test('„In einer Woche wieder erinnern“ hides it, also after a reload, until a week has passed', async ({ page }) => {
    await plantStorage(page, { ...dataChangedAt(NOON), 'nk:meta': meta({ firstEntry: minutesBefore(60).getTime() }) });
    await page.goto(tool);
    await hydrated(page);
    await reminder(page).getByRole('button', { name: 'In einer Woche wieder erinnern' }).click();
    await expect(reminder(page)).toHaveCount(0);
    // Written a moment later, under the write lock across tabs.
    await expect.poll(async () => JSON.parse((await page.evaluate(() => localStorage.getItem('nk:meta'))) ?? 'null')?.data.snoozedUntil).toBe('2026-03-17');
    await page.reload();
    await hydrated(page);
    await expect(reminder(page)).toHaveCount(0);
    await page.clock.setFixedTime(new Date('2026-03-16T12:00:00+01:00'));
    await page.reload();
    await hydrated(page);
    await expect(reminder(page)).toHaveCount(0);
    await page.clock.setFixedTime(new Date('2026-03-17T09:00:00+01:00'));
    await page.reload();
    await expect(reminder(page)).toBeVisible();
  });
});

test('the start page and the guide never remind, even when a backup is overdue', async ({ page }) => {
  await plantStorage(page, { 'nk:selbsttest': envelope(1, 1, { antwort: 'x' }), 'nk:meta': envelope(1, 1, { lastBackup: day(400) }) });
  for (const path of ['/', '/ratgeber/', ...chapterPaths(), '/datenschutz/']) {
    await page.goto(path);
    await expect(reminder(page)).toHaveCount(0);
    await expect(page.locator('astro-island')).toHaveCount(0);
  }
});
