/**
 * Contacts at scale, run by `npm run bench` against the contacts page (/planer/kontakte/):
 *
 * 1. the localStorage quota Chromium grants the origin (tests/bench/at-scale.ts, `measureQuota`);
 * 2. for 20, 2,000, 5,000 and 10,000 contacts (LinkedIn-sized fields, 2 interactions each, 200 actions):
 *    time to interactive, one edit („Heute kontaktiert“ → „Eintragen“), bytes stored – median of 3
 *    runs; a size that does not fit into the quota is reported with the quota error and the bytes it needed;
 * 3. a generated 5,000-row LinkedIn `Connections.csv` through the import in the page: file chosen →
 *    preview on screen, and „… übernehmen“ → stored and „Rückgängig“ on screen.
 *
 * Figures go to the file named by BENCH_OUT as JSON (ContactsAtScaleFigures). Never asserts a time.
 * BENCH_SIZES=20,2000 measures fewer sizes (for a quick look).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, type Page } from '@playwright/test';
import { emptyPlanner, plannerDefinition } from '../../src/lib/planner/planner-schema';
import { linkedInSizedPlanner, storedAsTheSiteWould } from '../fixtures/planner-stored';
import { editPlannerOnce, PLANNER_LARGE_PATH } from '../fixtures/planner-large';
import { fitsStorage, measureAtScale, measureQuota, plantStorage, type ContactsAtScaleFigures, type SizeFigures } from './at-scale.ts';
import { connectionsCsv } from './contact-import.ts';

const SIZES = (process.env['BENCH_SIZES'] ?? '20,2000,5000,10000').split(',').map(Number).filter((n) => n > 0);
const RUNS = 3;
const INTERACTIONS = 2;
const ACTIONS = 200;
const IMPORT_ROWS = 5000;

/** The stored planner of `n` contacts of LinkedIn size, as the site stores it (in shards once large). */
function plannerStorage(n: number, today: string): Record<string, string> {
  return storedAsTheSiteWould(linkedInSizedPlanner(n, INTERACTIONS, today, ACTIONS), `${today}T09:00:00.000Z`);
}

/** The import in the page: choose the file, wait for the preview; import, wait for „Rückgängig“. In-page times, ms. */
async function measureImport(page: Page, csv: string): Promise<{ previewMs: number; importMs: number; storedContacts: number }> {
  await page.goto(PLANNER_LARGE_PATH);
  await page.locator('#kontakt-import').click();
  const input = page.getByLabel('Datei mit Kontakten');
  await input.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __nkImport: { chosen: number; clicked: number } };
    w.__nkImport = { chosen: 0, clicked: 0 };
    addEventListener('change', (e) => (e.target as HTMLElement).matches('input[type=file]') && (w.__nkImport.chosen = e.timeStamp), true);
    addEventListener('click', (e) => (e.target as HTMLElement).closest('button')?.textContent?.includes('übernehmen') && (w.__nkImport.clicked = e.timeStamp), true);
  });
  await input.setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.waitForFunction(() => document.querySelector('#import-schritt')?.textContent?.includes('3'), null, { polling: 'raf', timeout: 120_000 });
  const previewAt = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: /Kontakte übernehmen$/ }).click();
  await page.getByRole('button', { name: 'Rückgängig' }).waitFor({ timeout: 120_000 });
  const importedAt = await page.evaluate(() => performance.now());
  const t = await page.evaluate(() => (window as unknown as { __nkImport: { chosen: number; clicked: number } }).__nkImport);
  // A planner that large is stored in shards: the main text counts their contacts.
  const storedContacts = await page.evaluate(() => {
    const main = JSON.parse(localStorage.getItem('nk:planer') ?? '{"data":{"contacts":[]}}') as { data: { contacts?: unknown[] }; shards?: { parts: [string, number][] } };
    return main.shards ? main.shards.parts.reduce((n, part) => n + part[1], 0) : (main.data.contacts?.length ?? 0);
  });
  return { previewMs: previewAt - t.chosen, importMs: importedAt - t.clicked, storedContacts };
}

test('contacts at scale: 20 to 10,000 contacts, the quota, and a 5,000-row import in the page', async ({ browser, baseURL }) => {
  test.setTimeout(60 * 60_000);
  const out = process.env['BENCH_OUT'] ?? fileURLToPath(new URL('../../bench/planner.json', import.meta.url));
  const today = new Date().toISOString().slice(0, 10);
  const newContext = () => browser.newContext({ baseURL: baseURL!, locale: 'de-DE', timezoneId: 'Europe/Berlin' });

  const context = await newContext();
  const quota = await measureQuota(await context.newPage(), PLANNER_LARGE_PATH);
  await context.close();
  console.log(`  localStorage quota: ${quota.asciiChars.toLocaleString('en-US')} ASCII chars, ${quota.wideChars.toLocaleString('en-US')} non-Latin-1 chars (key + value)`);

  const sizes: SizeFigures[] = [];
  for (const contacts of SIZES) {
    const storage = plannerStorage(contacts, today);
    const context = await newContext();
    const fit = await fitsStorage(await context.newPage(), PLANNER_LARGE_PATH, storage);
    await context.close();
    if (!fit.ok) {
      sizes.push({ contacts, interactionsPerContact: INTERACTIONS, quotaError: fit.error, neededChars: fit.chars, neededUtf16Bytes: fit.chars * 2, neededUtf8Bytes: fit.utf8Bytes });
      console.log(`  ${contacts} contacts: ${fit.error} – needed ${fit.chars.toLocaleString('en-US')} chars (${(fit.chars * 2).toLocaleString('en-US')} bytes as UTF-16)`);
      continue;
    }
    // Interactive means the list shows every contact (a planner in shards is read after hydration).
    const shown = (page: Page) => page.waitForFunction((count) => document.querySelector('#kontakte-treffer')?.textContent?.includes(count), contacts.toLocaleString('de-DE')).then(() => undefined);
    const figures = await measureAtScale(browser, baseURL!, PLANNER_LARGE_PATH, plantStorage(storage), editPlannerOnce, RUNS, shown);
    sizes.push({ contacts, interactionsPerContact: INTERACTIONS, figures });
    console.log(`  ${contacts} contacts: interactive ${Math.round(figures.median.interactiveMs)} ms, edit ${Math.round(figures.median.editMs)} ms, ${figures.median.storedBytes.toLocaleString('en-US')} bytes`);
  }

  const importContext = await newContext();
  const importPage = await importContext.newPage();
  await plantStorage({ 'nk:planer': JSON.stringify({ v: plannerDefinition.version, rev: 1, at: `${today}T09:00:00.000Z`, data: emptyPlanner() }) })(importPage);
  const csv = connectionsCsv(IMPORT_ROWS);
  const imported = await measureImport(importPage, csv);
  await importContext.close();
  console.log(`  import of ${IMPORT_ROWS} rows: preview ${Math.round(imported.previewMs)} ms, import ${Math.round(imported.importMs)} ms`);

  const figures: ContactsAtScaleFigures = {
    path: PLANNER_LARGE_PATH,
    runs: RUNS,
    actions: ACTIONS,
    quota,
    sizes,
    importInPage: { rows: IMPORT_ROWS, fileBytes: Buffer.byteLength(csv), ...imported },
  };
  writeFileSync(out, JSON.stringify(figures, null, 2));
});
