/**
 * Two tabs of the site in one browser: changes reach the other tab through storage events, a
 * clear with a null key is handled, and a tab that missed events never applies a stale view.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { backupFile, envelope, ourKeys, readStorage, todayDe } from './support/storage';
import { hydrated } from './support/tools';

async function openDaten(context: BrowserContext, { stale = false } = {}): Promise<Page> {
  const page = await context.newPage();
  if (stale) {
    // A tab that misses every storage event, like one frozen in the background.
    await page.addInitScript(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true));
  }
  await page.goto('/daten/');
  await expect(page.getByTestId('letzte-sicherung')).toBeVisible();
  await hydrated(page);
  return page;
}

async function exportBackup(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sicherung herunterladen' }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

const chooseFile = (page: Page, text: string) => page.getByLabel('Sicherungsdatei').setInputFiles({ name: 'sicherung.json', mimeType: 'application/json', buffer: Buffer.from(text) });

test('a backup made in one tab shows up as the last backup in the other at once', async ({ context }) => {
  const a = await openDaten(context);
  const b = await openDaten(context);
  await expect(b.getByTestId('letzte-sicherung')).toHaveText('noch nie');
  await exportBackup(a);
  await expect(b.getByTestId('letzte-sicherung')).toHaveText(todayDe());
  await expect(b.getByRole('row', { name: /Datum der letzten Sicherung 1 Eintrag/ })).toBeVisible();
});

test('an import in one tab updates the other tab’s overview and offers the snapshot there too', async ({ context }) => {
  const a = await openDaten(context);
  const b = await openDaten(context);
  await chooseFile(a, backupFile({ 'nk:meta': JSON.parse(envelope(1, 1, { lastBackup: '2025-12-24' })) }));
  await a.getByRole('button', { name: 'Jetzt einspielen' }).click();
  await expect(b.getByTestId('letzte-sicherung')).toHaveText('24. Dezember 2025');
  await expect(b.getByRole('button', { name: /^Diesen Stand wiederherstellen/ }).first()).toBeVisible();
});

test('deleting everything in one tab empties the other, which then stays empty', async ({ context }) => {
  const a = await openDaten(context);
  await exportBackup(a);
  const b = await openDaten(context);
  await expect(b.getByTestId('letzte-sicherung')).toHaveText(todayDe());
  await a.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
  await a.getByRole('button', { name: 'Ja, alles löschen' }).click();
  await expect(b.getByTestId('letzte-sicherung')).toHaveText('noch nie');
  // The other tab offers the snapshot „vor dem Löschen“ at once.
  await expect(b.locator('.snapshot-list li').first()).toContainText('vor dem Löschen');
  await b.reload();
  expect((await ourKeys(b)).filter((key) => !key.startsWith('nk:schnappschuss:'))).toEqual([]);
});

test('localStorage.clear() in another tab (a storage event with a null key) is handled', async ({ context }) => {
  const a = await openDaten(context);
  await exportBackup(a);
  const b = await openDaten(context);
  await expect(b.getByTestId('letzte-sicherung')).toHaveText(todayDe());
  await a.evaluate(() => localStorage.clear());
  await expect(b.getByTestId('letzte-sicherung')).toHaveText('noch nie');
  await expect(b.getByRole('row', { name: /Datum der letzten Sicherung nichts gespeichert/ })).toBeVisible();
  // Still fully usable afterwards.
  await exportBackup(b);
  await expect(a.getByTestId('letzte-sicherung')).toHaveText(todayDe());
});

test('a stale tab never applies an import preview made before another tab changed the data', async ({ context }) => {
  const stale = await openDaten(context, { stale: true });
  const other = await openDaten(context);
  await chooseFile(stale, backupFile({ 'nk:meta': JSON.parse(envelope(1, 1, { lastBackup: '2025-12-24' })) }));
  await expect(stale.getByRole('row', { name: /wird übernommen/ })).toBeVisible();

  await exportBackup(other); // meanwhile: a newer backup date, which the stale tab does not hear about
  await expect(stale.getByTestId('letzte-sicherung')).toHaveText('noch nie');
  const saved = (await readStorage(other))['nk:meta'];

  await stale.getByRole('button', { name: 'Jetzt einspielen' }).click();
  await expect(stale.getByRole('alert')).toContainText('in einem anderen Tab geändert');
  expect((await readStorage(other))['nk:meta']).toBe(saved);
  await expect(stale.getByRole('row', { name: /ersetzt deine jetzigen Daten/ })).toBeVisible();

  // Having seen the current state, the reader can still decide to replace it.
  await stale.getByRole('button', { name: 'Jetzt einspielen' }).click();
  await expect(stale.getByText('Die Sicherung ist eingespielt.')).toBeVisible();
  await expect(other.getByTestId('letzte-sicherung')).toHaveText('24. Dezember 2025');
});

test('a stale tab’s backup contains what another tab saved after it loaded', async ({ context }) => {
  const stale = await openDaten(context, { stale: true });
  const other = await openDaten(context);
  await chooseFile(other, backupFile({ 'nk:meta': JSON.parse(envelope(1, 1, { lastBackup: '2025-12-24' })) }));
  await other.getByRole('button', { name: 'Jetzt einspielen' }).click();
  await expect(stale.getByTestId('letzte-sicherung')).toHaveText('noch nie');
  const backup = JSON.parse(await exportBackup(stale));
  // The stale tab's own change (today's backup date) lands on top of the other tab's import.
  expect(backup.records['nk:meta'].rev).toBeGreaterThan(1);
  expect(JSON.parse((await readStorage(other))['nk:meta']!).rev).toBe(backup.records['nk:meta'].rev);
  await expect(other.getByTestId('letzte-sicherung')).toHaveText(todayDe());
});
