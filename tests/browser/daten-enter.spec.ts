/**
 * Issue #10, item 6: Enter in a passphrase field did nothing. Both passphrase forms of „Meine
 * Daten“ – making an encrypted backup and opening one – now submit on Enter, like any form.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { envelope, plantStorage } from './support/storage';
import { hydrated } from './support/tools';

async function openDaten(page: Page) {
  await page.goto('/daten/');
  await expect(page.getByRole('table', { name: 'Was Netzwerk-Kompass in diesem Browser gespeichert hat' })).toBeVisible();
  await hydrated(page);
}

test('Enter in the passphrase field makes the encrypted backup, and Enter opens it again', async ({ page }) => {
  await plantStorage(page, { 'nk:meta': envelope(1, 3, { lastBackup: '2026-01-15' }) });
  await openDaten(page);
  await page.getByLabel('Mit einem Passwort verschlüsseln (optional)').check();
  await page.getByLabel('Passwort für die Sicherung').fill('ein langes Passwort');
  await page.getByLabel('Passwort wiederholen').fill('ein langes Passwort');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByLabel('Passwort wiederholen').press('Enter')]);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).not.toContain('2026-01-15');

  // The date of this backup is written a moment later (the write lock); clear only after it.
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('nk:meta') ?? 'null')?.data.lastBackup)).not.toBe('2026-01-15');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  await page.getByLabel('Sicherungsdatei').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByLabel('Passwort der Sicherung').fill('ein langes Passwort');
  await page.getByLabel('Passwort der Sicherung').press('Enter');
  await expect(page.getByRole('heading', { name: 'Vorschau: Das würde sich ändern' })).toBeVisible();
});
