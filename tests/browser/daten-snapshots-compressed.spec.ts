/**
 * Issue #10, part 3: five undo points with a planner of 2,000 contacts (1.7 MB). Six backups, each
 * changing one contact, are imported with „Ersetzen“ on „Meine Daten“; Chromium's quota (5,242,880
 * UTF-16 units per origin) must keep five snapshots, listed with time and cause, and the oldest must
 * come back whole. Fails on the code before snapshot format 3: each uncompressed snapshot took ~2 MB,
 * so only one was kept (the others dropped for room).
 */
import { expect, test } from '@playwright/test';
import { hydrated } from './support/tools';
import { readStorage, storedPlannerData } from './support/storage';
import { generateLargePlanner } from '../fixtures/planner-large';
import { plannerDefinition, type PlannerData } from '../../src/lib/planner/planner-schema';

const AT = '2026-03-02T08:00:00.000Z';
const envelope = (data: unknown, rev: number) => ({ v: plannerDefinition.version, rev, at: AT, data });
const backup = (data: unknown) => JSON.stringify({ format: 'netzwerk-kompass-backup', formatVersion: 1, exportedAt: AT, records: { [plannerDefinition.key]: envelope(data, 1) } });

test('a 2,000-contact planner keeps five compressed snapshots with time and cause, and the oldest restores whole', async ({ page }) => {
  test.setTimeout(120_000);
  const planner = generateLargePlanner();
  /** The planner after import `i`: contact `i` renamed, so every state can be told apart. */
  const stateAfter = (i: number): PlannerData => ({ ...planner, contacts: planner.contacts.map((c, n) => (n >= 1 && n <= i ? { ...c, name: `${c.name} ${n}` } : c)) });
  await page.addInitScript((text: string) => {
    if (!localStorage.getItem('nk:planer')) localStorage.setItem('nk:planer', text);
  }, JSON.stringify(envelope(planner, 1)));
  await page.goto('/daten/');
  await expect(page.getByRole('table', { name: 'Was Netzwerk-Kompass in diesem Browser gespeichert hat' })).toBeVisible();
  await hydrated(page);

  for (let i = 1; i <= 6; i++) {
    await page.getByLabel('Sicherungsdatei').setInputFiles({ name: `b${i}.json`, mimeType: 'application/json', buffer: Buffer.from(backup(stateAfter(i))) });
    await page.getByLabel('Ersetzen').check();
    await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
    await expect(page.getByText('Die Sicherung ist eingespielt.')).toBeVisible({ timeout: 30_000 });
    // No older state had to go for room.
    await expect(page.getByText('Der Speicher deines Browsers war voll')).toHaveCount(0);
    await expect(page.locator('.snapshot-list li').first()).toContainText(`„b${i}.json“`);
  }

  const stored = await readStorage(page);
  const keys = Object.keys(stored).filter((key) => key.startsWith('nk:schnappschuss')).sort();
  expect(keys).toHaveLength(5);
  for (const key of keys) expect(stored[key]!.startsWith('{"v":3,')).toBe(true);

  // Newest first, each with its time and cause: the snapshot before import i holds the state after i − 1.
  const items = page.locator('.snapshot-list li');
  await expect(items).toHaveCount(5);
  for (let n = 0; n < 5; n++) {
    await expect(items.nth(n)).toContainText(new RegExp(`^Aufgehoben am .*2\\d{3}.*, vor dem Import von „b${6 - n}\\.json“ \\(Sicherung vom .+\\)\\.`));
    await expect(items.nth(n)).toContainText('Enthält: Planer');
  }

  // The oldest kept holds the state after the first import: contact 1 renamed, contact 2 not yet.
  await items.last().getByRole('button', { name: /^Diesen Stand wiederherstellen/ }).click();
  await expect(page.getByText('Der frühere Stand ist wiederhergestellt.')).toBeVisible({ timeout: 30_000 });
  // A planner this large is stored in shards: read back as the site reads it.
  const restored = (await storedPlannerData(page))!.contacts;
  expect(restored).toHaveLength(2000);
  expect(restored[1]!.name).toBe(`${planner.contacts[1]!.name} 1`);
  expect(restored[2]!.name).toBe(planner.contacts[2]!.name);
  // The restore keeps its own undo point, and the ring still holds five.
  await expect(items.first()).toContainText('vor dem Wiederherstellen des Stands vom');
  await expect(items).toHaveCount(5);
});
