/**
 * Issue #10, „Undo that lasts“: „Alle meine Daten löschen“ on „Meine Daten“ keeps the data as a
 * snapshot „vor dem Löschen“ first, so one click undoes the delete. Each test says what it
 * reproduces; each fails on the code before (which removed every key, snapshots included).
 */
import { expect, test, type Page } from '@playwright/test';
import { envelope, plantStorage, readStorage } from './support/storage';
import { expectNoAxeViolations } from './support/site';
import { hydrated } from './support/tools';
import { emptyPlanner, plannerDefinition } from '../../src/lib/planner/planner-schema';
import { contact } from '../fixtures/planner-contacts';

const PLANNER = envelope(plannerDefinition.version, 4, { ...emptyPlanner(), contacts: [contact({ id: 'k1', name: 'Ada Lovelace' })] });
const META = envelope(2, 1, { lastBackup: '2026-01-01', firstEntry: null, snoozedUntil: null });

async function openDaten(page: Page) {
  await page.goto('/daten/');
  await expect(page.getByRole('table', { name: 'Was Netzwerk-Kompass in diesem Browser gespeichert hat' })).toBeVisible();
  await hydrated(page);
}

async function deleteAll(page: Page) {
  await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
  await expect(page.locator('#loeschen-frage')).toContainText('als früheren Stand „vor dem Löschen“');
  await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
}

test('deleting all data keeps a snapshot „vor dem Löschen“, says so, and one restore brings the data back byte-identical', async ({ page }) => {
  // Old code: clearAllData removed every key, the snapshots too – the delete could not be undone.
  await plantStorage(page, { 'nk:planer': PLANNER, 'nk:meta': META, 'nk:quarantaene:selbsttest': 'kaputt' });
  await openDaten(page);
  await deleteAll(page);
  const status = page.getByRole('region', { name: 'Alle meine Daten löschen' }).getByRole('status');
  await expect(status).toBeFocused();
  await expect(status).toContainText('als neuester der Stand „vor dem Löschen“');
  let stored = await readStorage(page);
  expect(stored['nk:planer']).toBeUndefined();
  expect(stored['nk:meta']).toBeUndefined();
  expect(stored['nk:quarantaene:selbsttest']).toBe('kaputt');
  await expect(page.getByRole('row', { name: /^Planer/ })).toContainText('nichts gespeichert');
  await expectNoAxeViolations(page);
  const item = page.locator('.snapshot-list li').first();
  await expect(item).toContainText('vor dem Löschen');
  await expect(item).toContainText('Enthält: Datum der letzten Sicherung, Planer');
  // The snapshot survives a reload: it is in storage, not only in this page.
  await page.reload();
  await hydrated(page);
  await page.locator('.snapshot-list li', { hasText: 'vor dem Löschen' }).getByRole('button', { name: /^Diesen Stand wiederherstellen/ }).click();
  await expect(page.getByText('Der frühere Stand ist wiederhergestellt.')).toBeVisible();
  stored = await readStorage(page);
  expect(stored['nk:planer']).toBe(PLANNER);
  expect(stored['nk:meta']).toBe(META);
  await expect(page.getByTestId('letzte-sicherung')).toHaveText('1. Januar 2026');
});

test('when there is no room for the snapshot, deletes nothing, says so, and offers deleting without it', async ({ page }) => {
  // Old code deleted at once, without a snapshot; here storage refuses every new snapshot.
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('nk:schnappschuss:')) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await plantStorage(page, { 'nk:planer': PLANNER });
  await openDaten(page);
  await deleteAll(page);
  const status = page.getByRole('region', { name: 'Alle meine Daten löschen' }).getByRole('status');
  await expect(status).toContainText('Vorher ließ sich kein Schnappschuss deiner jetzigen Daten anlegen.');
  await expect(status).toContainText('Es wurde nichts geändert');
  expect((await readStorage(page))['nk:planer']).toBe(PLANNER);
  await page.getByRole('button', { name: 'Alles endgültig löschen, auch frühere Stände und beiseitegelegte Daten' }).click();
  await expect(status).toHaveText('Erledigt: Alle Daten von Netzwerk-Kompass sind aus diesem Browser gelöscht.');
  expect(Object.keys(await readStorage(page)).filter((key) => key.startsWith('nk:'))).toEqual([]);
});

test('when the new snapshot only fits after the oldest one goes, the delete says so', async ({ page }) => {
  // As with 2,000 contacts, where Chromium keeps one snapshot beside the planner: storage here takes
  // a new snapshot only while no other one is kept. Before, the page did not mention the lost older state.
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('nk:schnappschuss:') && Object.keys(localStorage).some((k) => k.startsWith('nk:schnappschuss:'))) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      return original.call(this, key, value);
    };
  });
  const old = JSON.stringify({ v: 2, at: '2026-01-01T00:00:00.000Z', cause: { code: 'beforeRestore' }, values: {} });
  await plantStorage(page, { 'nk:planer': PLANNER, 'nk:schnappschuss:1767225600000': old });
  await openDaten(page);
  await deleteAll(page);
  const status = page.getByRole('region', { name: 'Alle meine Daten löschen' }).getByRole('status');
  await expect(status).toContainText('als neuester der Stand „vor dem Löschen“');
  await expect(status).toContainText('Der Speicher deines Browsers war voll: Dafür wurde der älteste frühere Stand gelöscht.');
  const stored = await readStorage(page);
  expect(stored['nk:planer']).toBeUndefined();
  expect(stored['nk:schnappschuss:1767225600000']).toBeUndefined();
  await expect(page.locator('.snapshot-list li')).toHaveCount(1);
  await expect(page.locator('.snapshot-list li')).toContainText('vor dem Löschen');
});
