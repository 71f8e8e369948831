/**
 * Issue #10, „Full storage, honestly“: a damaged value whose quarantine copy does not fit, because
 * storage is really full (filled here before the site's scripts run). The tool page must say
 * exactly that, offer the raw value's download first and never overwrite the original; a page that
 * says „beiseitegelegt“ must have the quarantine key. Fails on the code before, which kept the
 * refused copy in the tab only, said „… beiseitegelegt“ and „Speichern fehlgeschlagen … voll“.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { plannerStates, storedPlanner } from '../fixtures/planner-states';
import { plantInFullStorage, readStorage } from './support/storage';
import { hydrated } from './support/tools';

/** Damaged (cut-off JSON) and big enough that its copy cannot squeeze into what a fill leaves. */
const DAMAGED = `{"v":1,"rev":3,"data":{"goals":[{"id":"z1","text":"${'Mentorin finden '.repeat(4000)}`;

/** Plants the planner text (damaged or not), then fills storage to the last character (once per tab). */
const fillStorageAround = (page: Page, planner: string) => plantInFullStorage(page, planner, 'tab');

test('a damaged value with no room for its copy: the page says it was not put aside, offers it first, and never overwrites it', async ({ page }) => {
  await fillStorageAround(page, DAMAGED);
  await page.goto('/planer/zeit/');
  await hydrated(page);
  const notices = page.locator('.storage-notices .notice');
  const first = notices.first();
  await expect(first).toHaveAttribute('role', 'alert');
  await expect(first).toContainText('Die gespeicherten Daten für „Planer“ sind beschädigt und lassen sich nicht lesen.');
  await expect(first).toContainText('Sie konnten nicht beiseitegelegt werden, weil der Speicher deines Browsers voll ist.');
  // Nothing claims a copy that does not exist, nor a failed save the reader never made.
  await expect(page.getByText(/sondern beiseitegelegt/)).toHaveCount(0);
  await expect(page.getByText('Speichern fehlgeschlagen.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Alte Daten herunterladen' })).toHaveCount(0);
  const [file] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: 'Beschädigte Daten herunterladen' }).click()]);
  expect(readFileSync((await file.path())!, 'utf8')).toBe(DAMAGED);

  // Read-only: a change on the page is not written over the original.
  await page.getByRole('textbox', { name: 'Stunden pro Monat für dein Netzwerk' }).fill('4');
  await page.getByRole('textbox', { name: 'Stunden pro Monat für dein Netzwerk' }).blur();
  await page.reload();
  await hydrated(page);
  await expect(page.locator('.storage-notices .notice').first()).toContainText('Sie konnten nicht beiseitegelegt werden');
  const stored = await readStorage(page);
  expect(stored['nk:planer']).toBe(DAMAGED);
  expect(Object.keys(stored).filter((key) => key.startsWith('nk:quarantaene:'))).toEqual([]);
});

test('a page that says „beiseitegelegt“ has the quarantine key, byte-identical', async ({ page }) => {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('test:planted')) localStorage.setItem('nk:planer', text);
    sessionStorage.setItem('test:planted', '1');
  }, DAMAGED);
  await page.goto('/planer/zeit/');
  await hydrated(page);
  await expect(page.getByText(/sondern beiseitegelegt/)).toBeVisible();
  expect((await readStorage(page))['nk:quarantaene:planer']).toBe(DAMAGED);
});

// Reproduces: with storage already full when the page opened, the page said „Speichern
// fehlgeschlagen … Deine letzte Änderung ist nur in diesem Tab vorhanden“ before the reader had
// changed anything (the start-up probe, and the backup reminder noting the first entry).
test('storage full before any change: the page says so without claiming a failed save; the first change then is unsaved, and says so', async ({ page }) => {
  // No backup date and no first entry noted yet: the backup reminder must not try to note it now.
  await fillStorageAround(page, storedPlanner(plannerStates.partial));
  await page.goto('/planer/ziele/');
  await hydrated(page);
  const notices = page.locator('.storage-notices');
  await expect(notices).toContainText('Speicher voll. Der Speicher deines Browsers für diese Seite ist voll. Noch ist nichts verloren');
  await expect(page.getByText('Speichern fehlgeschlagen.')).toHaveCount(0);
  await expect(page.getByText(/Deine letzte Änderung ist nur in diesem Tab/)).toHaveCount(0);
  // A longer text, so the change needs room that storage does not have.
  await page.locator('#ziel-g-partial-text').fill('Mehr Kunden aus dem Mittelstand in der Region gewinnen');
  await expect(page.getByText('Speichern fehlgeschlagen.')).toBeVisible();
  await expect(notices).toContainText('Deine letzte Änderung ist nur in diesem Tab vorhanden');
  await expect(page.getByText('Speicher voll.', { exact: false })).toHaveCount(0);
});
