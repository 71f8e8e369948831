/**
 * The snapshot ring at scale (issue #10, closing note): a planner of 2,000 contacts (5 logged
 * interactions each, 200 actions), then six backups imported on „Meine Daten“, each changing one
 * contact – so every import adds a snapshot. Reports how many snapshots Chromium keeps and their
 * bytes (UTF-8, and UTF-16 code units as the quota counts them), and whether any had to go for room.
 * Run: `npx astro build`, `npx astro preview --port 4615 &`, then
 * `BENCH_BASE_URL=http://127.0.0.1:4615 npx playwright test -c tests/bench/playwright.config.ts snapshot-ring`.
 * December 2026, Chromium 150: uncompressed (format 2) 1 kept, 2,017,721 B UTF-8 (1,991,647 units),
 * 5 imports dropped older snapshots for room; compressed (format 3) 5 kept, 1,035,281 B together
 * (base64 is ASCII: as many units), none dropped; the planner itself 1,709,482 B UTF-8.
 * `tests/browser/daten-snapshots-compressed.spec.ts` asserts the five in `npm test`.
 */
import { expect, test } from '@playwright/test';
import { generateLargePlanner } from '../fixtures/planner-large.ts';
import { plannerDefinition } from '../../src/lib/planner/planner-schema.ts';

const envelope = (data: unknown, rev: number) => ({ v: plannerDefinition.version, rev, at: '2026-03-02T08:00:00.000Z', data });
const backup = (data: unknown) => JSON.stringify({ format: 'netzwerk-kompass-backup', formatVersion: 1, exportedAt: '2026-03-02T08:00:00.000Z', records: { [plannerDefinition.key]: envelope(data, 1) } });

test('snapshot ring with a 2,000-contact planner', async ({ page }) => {
  const planner = generateLargePlanner();
  const stored = JSON.stringify(envelope(planner, 1));
  await page.addInitScript((text: string) => {
    if (!localStorage.getItem('nk:planer')) localStorage.setItem('nk:planer', text);
  }, stored);
  await page.goto('/daten/');
  await expect(page.getByRole('table', { name: 'Was Netzwerk-Kompass in diesem Browser gespeichert hat' })).toBeVisible();
  let dropped = 0;
  for (let i = 1; i <= 6; i++) {
    const changed = { ...planner, contacts: planner.contacts.map((c, n) => (n === i ? { ...c, name: `${c.name} ${i}` } : c)) };
    await page.getByLabel('Sicherungsdatei').setInputFiles({ name: `b${i}.json`, mimeType: 'application/json', buffer: Buffer.from(backup(changed)) });
    await page.getByLabel('Ersetzen').check();
    await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
    await expect(page.getByText('Die Sicherung ist eingespielt.').or(page.getByRole('alert'))).toBeVisible({ timeout: 60_000 });
    if (await page.getByText('Der Speicher deines Browsers war voll').isVisible()) dropped++;
  }
  const figures = await page.evaluate(() => {
    const enc = new TextEncoder();
    const keys = Object.keys(localStorage).filter((key) => key.startsWith('nk:schnappschuss'));
    const bytes = keys.reduce((sum, key) => sum + enc.encode(key + localStorage.getItem(key)).length, 0);
    const chars = keys.reduce((sum, key) => sum + key.length + localStorage.getItem(key)!.length, 0);
    const planner = enc.encode('nk:planer' + localStorage.getItem('nk:planer')).length;
    return { kept: keys.length, bytes, chars, planner };
  });
  console.log(`snapshot ring: ${figures.kept} kept, ${figures.bytes} B UTF-8 (${figures.chars} UTF-16 units); planner itself ${figures.planner} B; imports that dropped older snapshots for room: ${dropped}`);
});
