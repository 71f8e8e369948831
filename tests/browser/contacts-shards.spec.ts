/**
 * Contacts at scale in a real browser (issue #13, part 4): a large planner lives in packed shards
 * under keys of their own; 10,000 contacts of LinkedIn size fit with room to spare, one edit writes
 * one shard and the main text, a second tab follows, and „Meine Daten“ backs up every contact.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_TODAY } from '../fixtures/planner-states';
import { linkedInSizedPlanner, storedAsTheSiteWould } from '../fixtures/planner-stored';
import { atFixtureDay, plannerReady, plannerState } from './support/planner';
import { plantStorage, storedPlannerData } from './support/storage';

/** Chromium's localStorage quota for an origin, in UTF-16 units of keys and values (measured by `npm run bench`). */
const QUOTA = 5_242_880;
const AT = `${FIXTURE_TODAY}T09:00:00.000Z`;

const shardKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('nk:planer/')).sort());
const usage = (page: Page) => page.evaluate(() => Object.keys(localStorage).reduce((n, key) => n + key.length + localStorage.getItem(key)!.length, 0));

async function openContacts(page: Page) {
  await page.goto('/planer/kontakte/');
  await plannerReady(page);
}

/** „Heute kontaktiert“ on the first contact of the due list, then „Eintragen“; the contact's id (names repeat among generated contacts). */
async function markFirstDue(page: Page): Promise<string> {
  const button = page.locator('.due-item button[aria-label^="Heute kontaktiert: "]').first();
  const id = (await button.getAttribute('id'))!.replace('faellig-', '');
  await button.click();
  await page.locator('.contacted-form button[type="submit"]').click();
  await expect(page.locator(`[id="faellig-${id}"]`)).toHaveCount(0);
  return id;
}

test('10,000 contacts of LinkedIn size, which would not fit as one text, fit in packed shards, and one edit writes one shard', async ({ page }) => {
  test.setTimeout(120_000);
  const data = linkedInSizedPlanner(10_000, 2, FIXTURE_TODAY);
  expect(JSON.stringify({ v: 4, rev: 1, at: AT, data }).length).toBeGreaterThan(QUOTA);
  await atFixtureDay(page);
  await plantStorage(page, storedAsTheSiteWould(data, AT));
  await openContacts(page);
  await expect(page.locator('#kontakte-treffer')).toContainText('10.000');
  expect(await usage(page)).toBeLessThan(QUOTA / 4);

  const before = await shardKeys(page);
  const id = await markFirstDue(page);
  await expect.poll(async () => (await shardKeys(page)).filter((key) => !before.includes(key)).length).toBe(1);
  const after = await shardKeys(page);
  expect(before.filter((key) => !after.includes(key))).toHaveLength(1);
  const stored = (await storedPlannerData(page))!;
  expect(stored.contacts).toHaveLength(10_000);
  // Exactly the contact marked has changed: one more entry in its log, everything else as planted.
  const changed = stored.contacts.filter((c, i) => !isDeepStrictEqual(c, data.contacts[i]));
  expect(changed.map((c) => c.id)).toEqual([id]);
  expect(changed[0]!.log).toHaveLength(3);

  await page.reload();
  await plannerReady(page);
  await expect(page.locator('#kontakte-treffer')).toContainText('10.000');
});

test('the code for shards loads where a large planner is stored, and never for a small one', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && loaded.push(new URL(r.url()).pathname));
  await plannerState(page, 'complete');
  await openContacts(page);
  await expect(page.locator('#kontakte-treffer')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((url) => url.includes('sharded-list'))).toEqual([]);

  const large = await page.context().browser()!.newPage();
  await atFixtureDay(large);
  const seen: string[] = [];
  large.on('request', (r) => r.resourceType() === 'script' && seen.push(new URL(r.url()).pathname));
  await plantStorage(large, storedAsTheSiteWould(linkedInSizedPlanner(500, 2, FIXTURE_TODAY), AT));
  await openContacts(large);
  await expect(large.locator('#kontakte-treffer')).toContainText('500');
  expect(seen.filter((url) => url.includes('sharded-list'))).toHaveLength(1);
  await large.close();
});

test('a second tab follows an edit in the first, and its own edit keeps it', async ({ context }) => {
  const data = linkedInSizedPlanner(1_000, 2, FIXTURE_TODAY);
  await plantStorage(context, storedAsTheSiteWould(data, AT));
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) {
    await atFixtureDay(page);
    await openContacts(page);
  }
  const first = await markFirstDue(a);
  await expect(b.locator(`[id="faellig-${first}"]`)).toHaveCount(0);
  const second = await markFirstDue(b);
  expect(second).not.toBe(first);
  await expect(a.locator(`[id="faellig-${second}"]`)).toHaveCount(0);
  await expect.poll(async () => (await storedPlannerData(a))!.contacts.filter((c) => c.log.length === 3).map((c) => c.id).sort()).toEqual([first, second].sort());
});

test('„Meine Daten“ backs up every contact of a planner kept in shards', async ({ page }) => {
  const data = linkedInSizedPlanner(2_000, 2, FIXTURE_TODAY);
  await plantStorage(page, storedAsTheSiteWould(data, AT));
  await page.goto('/daten/');
  await plannerReady(page);
  await expect(page.getByRole('row', { name: /Planer/ })).toContainText(/2\.\d{3}/);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sicherung herunterladen' }).click()]);
  const backup = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(backup.records['nk:planer'].data.contacts).toEqual(data.contacts);
});

test('„Zusammenführen“ of a backup into a planner kept in shards adds its contact and keeps every stored one', async ({ page }) => {
  const data = linkedInSizedPlanner(2_000, 2, FIXTURE_TODAY);
  await plantStorage(page, storedAsTheSiteWould(data, AT));
  await page.goto('/daten/');
  await plannerReady(page);
  const extra = { ...data.contacts[0]!, id: 'aus-der-sicherung', name: 'Nele aus der Sicherung' };
  const backup = { format: 'netzwerk-kompass-backup', formatVersion: 1, exportedAt: AT, records: { 'nk:planer': { v: 4, rev: 1, at: AT, data: { ...data, contacts: [extra] } } } };
  await page.getByLabel('Sicherungsdatei').setInputFiles({ name: 'sicherung.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByLabel('Zusammenführen').check();
  await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
  await expect(page.getByText('Die Sicherung ist eingespielt.')).toBeVisible({ timeout: 30_000 });
  const stored = (await storedPlannerData(page))!;
  expect(stored.contacts).toHaveLength(2_001);
  expect(stored.contacts.filter((c) => c.id === 'aus-der-sicherung').map((c) => c.name)).toEqual(['Nele aus der Sicherung']);
  expect((await shardKeys(page)).length).toBeGreaterThan(1);
});


test('a damaged shard puts the planner aside with all its shards, says so, and the page starts empty', async ({ page }) => {
  const entries = storedAsTheSiteWould(linkedInSizedPlanner(1_000, 2, FIXTURE_TODAY), AT);
  const damaged = Object.keys(entries).find((key) => key.startsWith('nk:planer/'))!;
  await atFixtureDay(page);
  await plantStorage(page, { ...entries, [damaged]: `${entries[damaged]!.slice(0, -10)}kaputt` });
  await openContacts(page);
  await expect(page.getByText('Gespeicherte Daten nicht lesbar:')).toBeVisible();
  await expect(page.locator('#kontakte-treffer')).toHaveCount(0);
  const kept = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('nk:quarantaene:planer'))?.[1]);
  const bundle = JSON.parse(kept!) as Record<string, string>;
  expect(bundle['nk:planer']).toBe(entries['nk:planer']);
  expect(bundle[damaged]).toBe(`${entries[damaged]!.slice(0, -10)}kaputt`);
  expect(Object.keys(bundle)).toHaveLength(Object.keys(entries).length);
});
