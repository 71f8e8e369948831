/**
 * Issue #10: undo that lasts (cases 4 and 5), damaged data put aside where it is first seen
 * (case 6) and a merge that keeps both sides (case 3), on „Meine Daten“. Each test says what it
 * reproduces; each fails on the code before the snapshot ring.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/site';
import { backupFile, envelope, plantStorage, readStorage } from './support/storage';
import { hydrated } from './support/tools';
import { emptyPlanner, plannerDefinition, type PlannerData } from '../../src/lib/planner/planner-schema';
import { countEntries } from '../../src/lib/storage/stored-value';
import { contact } from '../fixtures/planner-contacts';

const V = plannerDefinition.version;

async function openDaten(page: Page) {
  await page.goto('/daten/');
  await expect(page.getByRole('table', { name: 'Was Netzwerk-Kompass in diesem Browser gespeichert hat' })).toBeVisible();
  await hydrated(page);
}

async function chooseFile(page: Page, text: string, name = 'backup.json') {
  await page.getByLabel('Sicherungsdatei').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const planner = (contacts: PlannerData['contacts']): PlannerData => ({ ...emptyPlanner(), contacts });
const storedContacts = async (page: Page) => (JSON.parse((await readStorage(page))['nk:planer']!) as { data: PlannerData }).data.contacts;
const snapshotKeys = async (page: Page) => Object.keys(await readStorage(page)).filter((key) => key.startsWith('nk:schnappschuss')).sort();

test('case 4: a contact added before replacing with an old backup twice can still be brought back', async ({ page }) => {
  // Old code: the second import („nichts Neues“) replaced the only snapshot, so the contact was gone for good.
  const old = planner([contact({ id: 'k-alt', name: 'Ada' })]);
  await plantStorage(page, { 'nk:planer': envelope(V, 2, planner([contact({ id: 'k-alt', name: 'Ada' }), contact({ id: 'k-neu', name: 'Neu Hinzugefügt' })])) });
  await openDaten(page);
  const file = backupFile({ 'nk:planer': JSON.parse(envelope(V, 1, old)) });
  for (let round = 0; round < 2; round++) {
    await chooseFile(page, file);
    await page.getByLabel('Ersetzen').check();
    await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
    await expect(page.getByText(round === 0 ? 'Die Sicherung ist eingespielt.' : 'Die Sicherung enthielt nichts Neues')).toBeVisible();
  }
  expect((await storedContacts(page)).map((c) => c.id)).toEqual(['k-alt']);
  const item = page.locator('.snapshot-list li', { hasText: 'vor dem Import von „backup.json“' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Enthält: Planer');
  await item.getByRole('button', { name: /^Diesen Stand wiederherstellen/ }).click();
  await expect(page.getByText('Der frühere Stand ist wiederhergestellt.')).toBeVisible();
  expect((await storedContacts(page)).map((c) => c.id)).toEqual(['k-alt', 'k-neu']);
  // The restore is itself undoable: the replaced state is now the newest in the list.
  await expect(page.locator('.snapshot-list li').first()).toContainText('vor dem Wiederherstellen des Stands vom');
  await expectNoAxeViolations(page);
});

test('keeps at most five states, newest first, and moves the old single snapshot (fixture) into the list', async ({ page }) => {
  const legacy = readFileSync(new URL('../fixtures/snapshot-format1.json', import.meta.url), 'utf8').trim();
  await plantStorage(page, { 'nk:schnappschuss': legacy, 'nk:planer': envelope(V, 1, planner([])) });
  await openDaten(page);
  await expect(page.locator('.snapshot-list li')).toHaveCount(1);
  await expect(page.locator('.snapshot-list li')).toContainText('4. Mai 2026');
  // The page's first look at storage (loaded once something is stored) moves it a moment later.
  await expect.poll(() => snapshotKeys(page)).toEqual([`nk:schnappschuss:${Date.parse('2026-05-04T08:15:00.000Z')}`]);
  for (let i = 1; i <= 6; i++) {
    await chooseFile(page, backupFile({ 'nk:planer': JSON.parse(envelope(V, 1, planner([contact({ id: `k${i}`, name: `Kontakt ${i}` })]))) }), `b${i}.json`);
    await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
    await expect(page.locator('.snapshot-list li').first()).toContainText(`„b${i}.json“`);
  }
  await expect(page.locator('.snapshot-list li')).toHaveCount(5);
  expect(await snapshotKeys(page)).toHaveLength(5);
});

test('case 5: refuses to restore over data of a newer version with the read-only explanation, changing nothing', async ({ page }) => {
  // Old code wrote the snapshot's version-1 data over the newer data.
  await plantStorage(page, {
    'nk:planer': envelope(V + 1, 9, { aus: 'der Zukunft' }),
    'nk:schnappschuss:1767225600000': JSON.stringify({ v: 2, at: '2026-01-01T00:00:00.000Z', cause: { code: 'beforeRestore' }, values: { 'nk:planer': envelope(V, 1, planner([])) } }),
  });
  await openDaten(page);
  const before = await readStorage(page);
  await page.getByRole('button', { name: /^Diesen Stand wiederherstellen/ }).click();
  const status = page.getByRole('region', { name: 'Früheren Stand wiederherstellen' }).getByRole('status');
  await expect(status).toContainText(`Nur lesen: Die Daten für „Planer“ stammen aus einer neueren Version von Netzwerk-Kompass (Version ${V + 1}, diese Seite kennt ${V}).`);
  await expect(status).toContainText('Es wurde nichts geändert.');
  expect(await readStorage(page)).toEqual(before);
});

test('case 6: damaged data and a damaged snapshot seen first here are put aside with a quarantine key', async ({ page }) => {
  // Old code never put aside what only „Meine Daten“ saw; after two imports it was gone.
  await plantStorage(page, { 'nk:planer': '{kaputt', 'nk:schnappschuss:5': '{"v":2,"at":' });
  await openDaten(page);
  const list = page.getByRole('region', { name: 'Beiseitegelegte Daten' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Planer');
  await expect(list).toContainText('Früherer Stand');
  const stored = await readStorage(page);
  expect(stored['nk:quarantaene:planer']).toBe('{kaputt');
  expect(stored['nk:quarantaene:schnappschuss:5']).toBe('{"v":2,"at":');
  expect(stored['nk:schnappschuss:5']).toBeUndefined();
  const [file] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: /^Herunterladen\s*: Planer/ }).click()]);
  expect(readFileSync((await file.path())!, 'utf8')).toBe('{kaputt');
});

test('case 6: when the quarantine copy does not fit, says exactly that and offers the raw value first', async ({ page }) => {
  // Old code: no copy, no word; the page later claimed „beiseitegelegt“ without a quarantine key.
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('nk:quarantaene:')) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await plantStorage(page, { 'nk:planer': '{kaputt' });
  await openDaten(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Beschädigte Daten ließen sich nicht beiseitelegen' });
  await expect(alert).toContainText('Die gespeicherten Daten für „Planer“ sind beschädigt. Für eine Kopie, die sie beiseitelegt, ist im Speicher deines Browsers kein Platz mehr.');
  const [file] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: /Beschädigte Daten herunterladen/ }).click()]);
  expect(readFileSync((await file.path())!, 'utf8')).toBe('{kaputt');
  expect((await readStorage(page))['nk:planer']).toBe('{kaputt');
});

test('case 3: merging keeps a log entry made after the backup, and the preview count is what is written', async ({ page }) => {
  // Old code: the backup's contact replaced the stored one whole, dropping log entry l2.
  const log1 = { id: 'l1', date: '2026-02-01', channel: 'email' as const, note: 'aus der Sicherung' };
  const log2 = { id: 'l2', date: '2026-02-20', channel: 'telefon' as const, note: 'nach der Sicherung' };
  await plantStorage(page, { 'nk:planer': envelope(V, 3, planner([contact({ id: 'k1', name: 'Ada', log: [log1, log2] })])) });
  await openDaten(page);
  await chooseFile(page, backupFile({ 'nk:planer': JSON.parse(envelope(V, 1, planner([contact({ id: 'k1', name: 'Ada', log: [log1] }), contact({ id: 'k2', name: 'Ben' })]))) }));
  await page.getByLabel('Zusammenführen').check();
  const row = page.getByRole('row', { name: /^Planer/ });
  const cells = await row.getByRole('cell').allTextContents();
  await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
  await expect(page.getByText('Die Sicherung ist eingespielt.')).toBeVisible();
  const written = JSON.parse((await readStorage(page))['nk:planer']!) as { data: PlannerData };
  expect(written.data.contacts.map((c) => [c.id, c.log.map((l) => l.id)])).toEqual([['k1', ['l1', 'l2']], ['k2', []]]);
  const after = countEntries(written.data, plannerDefinition.initial());
  expect(cells[2]).toContain(String(after));
});
