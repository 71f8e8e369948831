/**
 * The offline mode against a build served by our own small server, so „offline“ is real: after the
 * first visit the server stops answering and the browser is switched offline too. Then every page
 * of the sitemap and every tool (saving, printing, the calendar file, the backup) must still work,
 * served by the service worker. A second deploy with a changed page shows how an update reaches a
 * tab with unsaved typing: it waits, says so, and reloading keeps every saved value.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/build/service-worker';
import { SW_REGISTRATION_SCRIPT } from '../budgets/budgets';
import { pdfContains, pdfText } from './support/pdf-text';
import { openCalendar, planReady, plannerReady, plannerState } from './support/planner';
import { sitePaths, watchForeignRequests } from './support/site';
import { startStaticServer, type StaticServer } from './support/static-server';
import { envelope, plantStorage, readStorage } from './support/storage';
import { hydrated } from './support/tools';

// The one spec that needs the worker: playwright.config.ts blocks it everywhere else.
test.use({ serviceWorkers: 'allow' });

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const CHANGED = 'Diese Seite wurde für den Update-Test geändert.';

// Each test installs a worker and precaches the whole site (1.4 MB): one at a time is kinder to a shared machine.
test.describe.configure({ mode: 'serial' });

let work: string;
let versionA: string;
let versionB: string;
let versionOff: string;
let server: StaticServer;

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'nk-offline-'));
  versionA = join(work, 'a');
  versionB = join(work, 'b');
  cpSync(DIST, versionA, { recursive: true });
  // The second deploy: the privacy page changed, and the build wrote its worker anew.
  cpSync(DIST, versionB, { recursive: true });
  const page = join(versionB, 'datenschutz', 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', `</h1><p>${CHANGED}</p>`));
  await writeServiceWorker(versionB);
  // A deploy built with OFFLINE=0: no page registers a worker, and sw.js only removes the old one.
  versionOff = join(work, 'off');
  cpSync(DIST, versionOff, { recursive: true });
  await writeServiceWorker(versionOff, false);
  for (const path of sitePaths()) {
    const file = join(versionOff, ...path.split('/').filter(Boolean), 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<script type="module" src="\/_astro\/ServiceWorkerRegistration[^"]*"><\/script>/, ''));
  }
});

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test.beforeEach(async () => {
  server = await startStaticServer(versionA);
});

test.afterEach(async () => {
  await server.close();
});

/** The service worker of the page has installed (precached everything) and is active. */
async function workerActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)));
  });
}

/** First visit online, then the network is gone: the server stops answering and the browser is offline. */
async function visitThenGoOffline(page: Page, context: BrowserContext, path = '/'): Promise<void> {
  await page.goto(`${server.origin}${path}`);
  await workerActive(page);
  server.goOffline();
  await context.setOffline(true);
}

test.describe('registration', () => {
  test('never blocks reading: a guide page renders and is readable with the registration script blocked, failing or hanging', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const chapter = sitePaths().find((p) => p.startsWith('/ratgeber/') && p !== '/ratgeber/')!;
    const heading = page.getByRole('heading', { level: 1 });
    const registration = (url: URL) => SW_REGISTRATION_SCRIPT.test(url.pathname);

    await page.route(registration, (route) => route.abort());
    await page.goto(`${server.origin}${chapter}`);
    await expect(heading).toBeVisible();
    await expect(page.locator('main p').first()).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);

    await page.unroute(registration);
    await page.route(registration, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("kaputt")' }));
    await page.goto(`${server.origin}${chapter}`);
    await expect(heading).toBeVisible();
    expect(errors).toEqual(['kaputt']);

    // A script that never arrives: the page is on screen while it is still pending.
    await page.unroute(registration);
    await page.route(registration, () => {});
    await page.goto(`${server.origin}${chapter}`, { waitUntil: 'commit' });
    await expect(heading).toBeVisible();
    await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeAttached();
  });

  test('waits for the page to load, then registers /sw.js for the whole site', async ({ page }) => {
    await page.goto(`${server.origin}/`);
    await workerActive(page);
    const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope));
    expect(scope).toBe(`${server.origin}/`);
  });
});

test.describe('after one visit, offline', () => {
  test('every page of the sitemap loads from the service worker', async ({ page, context }) => {
    const foreign = watchForeignRequests(page, server.origin);
    await visitThenGoOffline(page, context);
    for (const path of sitePaths()) {
      const response = await page.goto(`${server.origin}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    }
    // A page that was never built is not there offline either (the network really is gone).
    await expect(page.goto(`${server.origin}/gibt-es-nicht/`)).rejects.toThrow();
    expect(foreign).toEqual([]);
  });

  test('the search finds chapters, with its index from the precache', async ({ page, context }) => {
    await visitThenGoOffline(page, context);
    await page.goto(`${server.origin}/suche/?q=Kontakte`);
    await expect(page.getByRole('status')).toContainText(/Seiten gefunden zu „Kontakte“/);
    await expect(page.getByRole('link', { name: 'Kontakte pflegen', exact: true })).toBeVisible();
  });

  test('the network check saves a new candidate', async ({ page, context }) => {
    await visitThenGoOffline(page, context);
    await page.goto(`${server.origin}/netzwerk-check/bearbeiten/`);
    await hydrated(page);
    await page.getByLabel('Name', { exact: true }).fill('Offline-Stammtisch');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/netzwerk-check/');
    await expect(page.getByText('Offline-Stammtisch').first()).toBeVisible();
    expect((await readStorage(page))['nk:netzwerk-check']).toContain('Offline-Stammtisch');
  });

  test('the questionnaire saves an answer', async ({ page, context }) => {
    await visitThenGoOffline(page, context);
    await page.goto(`${server.origin}/selbsttest/`);
    await hydrated(page);
    await page.getByLabel('Weiß ich noch nicht').first().check();
    await page.getByRole('button', { name: /^Weiter/ }).click();
    await expect.poll(async () => (await readStorage(page))['nk:selbsttest'] ?? '').toContain('unklar');
  });

  test('the planner saves a goal', async ({ page, context }) => {
    await visitThenGoOffline(page, context);
    await page.goto(`${server.origin}/planer/ziele/`);
    await plannerReady(page);
    await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    await page.getByRole('textbox', { name: 'Was willst du erreichen?' }).fill('Offline drei Gespräche führen');
    await expect.poll(async () => (await readStorage(page))['nk:planer'] ?? '').toContain('Offline drei Gespräche führen');
  });

  test('the plan prints to PDF and downloads its calendar file', async ({ page, context }) => {
    await plannerState(page, 'complete');
    await visitThenGoOffline(page, context);
    await page.goto(`${server.origin}/plan/`);
    await planReady(page);
    await page.emulateMedia({ media: 'print' });
    expect(pdfContains(pdfText(await page.pdf({ preferCSSPageSize: true })), 'Meine Ziele')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    // The calendar's controls load on opening: offline they come from the service worker's precache.
    await openCalendar(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '.ics herunterladen' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT/);
  });

  test('„Meine Daten“ downloads the backup', async ({ page, context }) => {
    await plantStorage(page, { 'nk:meta': envelope(1, 1, { lastBackup: null }) });
    await visitThenGoOffline(page, context);
    await page.goto(`${server.origin}/daten/`);
    await hydrated(page);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sicherung herunterladen' }).click()]);
    expect(JSON.parse(readFileSync((await file.path())!, 'utf8'))).toMatchObject({ format: 'netzwerk-kompass-backup' });
  });
});

test.describe('turned off with OFFLINE=0', () => {
  test('the next deploy removes the installed worker and its caches, and pages come from the network again', async ({ page }) => {
    await page.goto(`${server.origin}/ratgeber/`);
    await workerActive(page);
    await page.reload();
    expect(await page.evaluate(() => caches.keys().then((k) => k.length))).toBeGreaterThan(0);

    server.serve(versionOff);
    await page.goto(`${server.origin}/ratgeber/`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), { timeout: 20_000 }).toBe(0);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    const response = await page.goto(`${server.origin}/datenschutz/`);
    expect(response?.fromServiceWorker()).toBe(false);
    await expect(page.locator('script')).toHaveCount(0);
  });
});

test.describe('a new version', () => {
  test('waits while a tool page has unsaved typing, says so, and reloading keeps all data', async ({ page }) => {
    await page.goto(`${server.origin}/netzwerk-check/bearbeiten/`);
    await workerActive(page);
    await page.reload();
    await hydrated(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const name = page.getByLabel('Name', { exact: true });
    await name.fill('Noch nicht gespeichert');

    server.serve(versionB);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    const notice = page.getByRole('status').filter({ hasText: 'Neue Version verfügbar' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    // Nothing reloaded by itself: the typing is still there, and the new worker waits.
    await expect(name).toHaveValue('Noch nicht gespeichert');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.waiting !== null))).toBe(true);

    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Noch nicht gespeichert').first()).toBeVisible();
    // The backup reminder notes the first entry a moment after the list shows it.
    await expect.poll(async () => Object.keys(await readStorage(page))).toContain('nk:meta');
    const saved = await readStorage(page);

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: /neu laden/ }).click()]);
    await hydrated(page);
    await expect(page.getByText('Noch nicht gespeichert').first()).toBeVisible();
    expect(await readStorage(page)).toEqual(saved);

    // The new version is the one in use, offline too, and the old precache is gone.
    server.goOffline();
    await page.goto(`${server.origin}/datenschutz/`);
    await expect(page.getByText(CHANGED)).toBeVisible();
    const stale = await page.evaluate(async () => {
      const old: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) if (request.url.includes('/datenschutz/')) old.push(request.url);
      return old;
    });
    expect(stale).toHaveLength(1);
  });

  test('a tab that did not ask is told too and reloads only when the reader says so', async ({ context }) => {
    const first = await context.newPage();
    await first.goto(`${server.origin}/`);
    await workerActive(first);
    await first.reload();
    const second = await context.newPage();
    await second.goto(`${server.origin}/ratgeber/`);

    server.serve(versionB);
    await first.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    for (const tab of [first, second]) await expect(tab.getByRole('status').filter({ hasText: 'Neue Version verfügbar' })).toBeVisible({ timeout: 20_000 });

    await Promise.all([first.waitForEvent('load'), first.getByRole('button', { name: /neu laden/ }).click()]);
    // The other tab now runs under the new worker, keeps its page and still offers the reload.
    await expect(second.getByRole('button', { name: /neu laden/ })).toBeVisible();
    expect(second.url()).toBe(`${server.origin}/ratgeber/`);
    await Promise.all([second.waitForEvent('load'), second.getByRole('button', { name: /neu laden/ }).click()]);
  });
});
