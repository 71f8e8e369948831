/**
 * Issue #10, case 6: damaged data seen first on „Meine Daten“ is put aside before any import can
 * replace it – a value that is no JSON at all, and an envelope that decodes but fails its tool's
 * schema. Fails on the code before, which put aside only values without an envelope, so the
 * schema-failing one was replaced by the next import and gone.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { backupFile, envelope, plantStorage, readStorage } from './support/storage';
import { hydrated } from './support/tools';
import { emptyPlanner, plannerDefinition } from '../../src/lib/planner/planner-schema';
import { candidatesDefinition } from '../../src/lib/fit/candidates-schema';

const CORRUPT = '{"v":1,';
/** Decodes as an envelope, but the check's schema wants a list of candidates. */
const INVALID = envelope(candidatesDefinition.version, 5, { candidates: 'kein Array', note: 'bitte nicht verlieren' });

async function importReplacing(page: Page, text: string, outcome: string) {
  await page.getByLabel('Sicherungsdatei').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  // Nothing readable to merge with: the preview offers only replacing, the default.
  await expect(page.getByRole('heading', { name: 'Vorschau: Das würde sich ändern' })).toBeVisible();
  await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
  await expect(page.getByText(outcome)).toBeVisible();
}

test('a corrupt value and one its schema refuses are put aside on opening „Meine Daten“ and survive two imports byte-identical', async ({ page }) => {
  await plantStorage(page, { 'nk:planer': CORRUPT, 'nk:netzwerk-check': INVALID });
  await page.goto('/daten/');
  await hydrated(page);
  const list = page.getByRole('region', { name: 'Beiseitegelegte Daten' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Planer');
  await expect(list).toContainText('Netzwerk-Check');
  // The overview agrees: the schema-failing value is not counted as entries.
  await expect(page.getByRole('row', { name: /^Netzwerk-Check/ }).getByRole('cell').first()).toHaveText('nicht lesbar');
  let stored = await readStorage(page);
  expect(stored['nk:quarantaene:planer']).toBe(CORRUPT);
  expect(stored['nk:quarantaene:netzwerk-check']).toBe(INVALID);
  const [file] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: /^Herunterladen\s*: Netzwerk-Check/ }).click()]);
  expect(readFileSync((await file.path())!, 'utf8')).toBe(INVALID);

  const backup = backupFile({
    'nk:planer': JSON.parse(envelope(plannerDefinition.version, 1, emptyPlanner())),
    'nk:netzwerk-check': JSON.parse(envelope(candidatesDefinition.version, 1, candidatesDefinition.initial())),
  });
  for (let round = 0; round < 2; round++) {
    await importReplacing(page, backup, round === 0 ? 'Die Sicherung ist eingespielt.' : 'Die Sicherung enthielt nichts Neues');
    stored = await readStorage(page);
    expect(stored['nk:quarantaene:planer']).toBe(CORRUPT);
    expect(stored['nk:quarantaene:netzwerk-check']).toBe(INVALID);
  }
  expect(stored['nk:netzwerk-check']).not.toBe(INVALID);
  await expect(list.getByRole('listitem')).toHaveCount(2);
});
