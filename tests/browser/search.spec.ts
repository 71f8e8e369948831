/**
 * The site search: the header form on every page (which works without JavaScript), the results
 * page with Pagefind's German stemming, links to the sections' anchors, marked hits, sensible
 * messages for bad queries, a live count, keyboard use, axe, the CSP, and what it loads when.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchForeignRequests } from './support/site';
import { recordViolations } from './support/csp';
import { hydrated } from './support/tools';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const results = (page: Page) => page.getByRole('list', { name: 'Suchergebnisse' });
const status = (page: Page) => page.locator('.search-status');

async function search(page: Page, query: string) {
  await page.goto(`/suche/?q=${encodeURIComponent(query)}`);
}

test.describe('finding', () => {
  test('„Kontakte“ also finds „Kontakt“ (German stems), with the hits marked', async ({ page }) => {
    await search(page, 'Kontakte');
    await expect(status(page)).toHaveText(/^\d+ Seiten gefunden zu „Kontakte“$/);
    await expect(results(page).getByRole('link', { name: 'Kontakte pflegen', exact: true })).toBeVisible();
    const marked = await results(page).locator('mark').allTextContents();
    expect(marked).toContain('Kontakt');
    expect(marked).toContain('Kontakte');
  });

  test('an inflected form finds the base form: „Kontakten“ marks „Kontakte“', async ({ page }) => {
    await search(page, 'Kontakten');
    await expect(results(page)).toBeVisible();
    expect(await results(page).locator('mark').allTextContents()).toContain('Kontakte');
  });

  test('a hit links to its chapter and to the section’s heading anchor', async ({ page }) => {
    await search(page, 'introvertiert');
    const hit = results(page).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Häufige Fragen', exact: true }) });
    await expect(hit).toBeVisible();
    const section = hit.getByRole('link', { name: 'Ich bin introvertiert – kann ich trotzdem netzwerken?' });
    await expect(section).toHaveAttribute('href', '/ratgeber/haeufige-fragen/#ich-bin-introvertiert--kann-ich-trotzdem-netzwerken');
    await section.click();
    await expect(page).toHaveURL(/\/ratgeber\/haeufige-fragen\/#ich-bin-introvertiert--kann-ich-trotzdem-netzwerken$/);
    await expect(page.getByRole('heading', { name: 'Ich bin introvertiert – kann ich trotzdem netzwerken?' })).toBeInViewport();
  });

  test('finds the „Was sage ich?“ texts', async ({ page }) => {
    await search(page, 'Platzhalter');
    await expect(results(page).getByRole('link', { name: 'Was sage ich?', exact: true })).toBeVisible();
  });

  test('finds a tool by its introduction, but not by what its island shows', async ({ page }) => {
    await search(page, 'ehrliche Antwort');
    await expect(results(page).getByRole('link', { name: 'Selbsttest: Wie sieht dein ideales Netzwerk aus?' })).toBeVisible();
    await search(page, 'Wo möchtest du dich mit anderen vernetzen');
    await expect(status(page)).not.toHaveText(/Suche läuft/);
    await expect(page.locator('.search-results a[href^="/selbsttest/"]')).toHaveCount(0);
  });

  test('never lists the search page, the start page or the privacy page', async ({ page }) => {
    await search(page, 'Netzwerk');
    await expect(results(page)).toBeVisible();
    const hrefs = await results(page).locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^\/(ratgeber|selbsttest|netzwerk-check|planer|plan|daten)\//);
  });
});

test.describe('bad queries', () => {
  test('no query yet: no message, no list', async ({ page }) => {
    await page.goto('/suche/');
    await expect(page.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('');
    await expect(status(page)).toHaveText('');
    await expect(results(page)).toHaveCount(0);
  });

  const cases: [string, string, RegExp][] = [
    ['nothing found', 'Quargelbrotzeit', /^Zu „Quargelbrotzeit“ wurde nichts gefunden\./],
    ['one letter', 'a', /^„a“ ist zu kurz\. Bitte gib mindestens 2 Zeichen ein\.$/],
    ['only spaces', '   ', /^Gib einen Suchbegriff ein/],
    ['500 characters', 'x'.repeat(500), /^Dein Suchbegriff hat 500 Zeichen\. Bitte kürze ihn auf höchstens 100 Zeichen\.$/],
    ['HTML', '<img src=x onerror=alert(1)>', /wurde nichts gefunden|Seiten? gefunden/],
    ['a lone quote', '"', /ist zu kurz/],
    ['an unclosed quote', '"Kontakte pflegen', /Seiten? gefunden|wurde nichts gefunden/],
  ];
  for (const [what, query, message] of cases) {
    test(`${what}: a German message, no error`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await search(page, query);
      await expect(status(page)).toHaveText(message);
      await expect(page.locator('main img')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('HTML in the query is shown as text', async ({ page }) => {
    await search(page, '<b>fett</b> Quargel');
    await expect(status(page)).toHaveText('Zu „<b>fett</b> Quargel“ wurde nichts gefunden. Versuch es mit einem anderen oder allgemeineren Wort.');
    await expect(page.locator('main b')).toHaveCount(0);
  });
});

test.describe('the header form', () => {
  test('is on every page but the results page, as a labelled search landmark', async ({ page }) => {
    await page.goto('/ratgeber/');
    const form = page.getByRole('search', { name: 'Website durchsuchen' });
    await expect(form.getByRole('searchbox', { name: 'Suchbegriff' })).toBeVisible();
    await page.goto('/suche/');
    await expect(page.getByRole('search', { name: 'Website durchsuchen' })).toHaveCount(0);
    await expect(page.getByRole('search', { name: 'Suche auf dieser Website' })).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('sends the query to /suche/, which says why it needs JavaScript and lists every chapter', async ({ page }) => {
      await page.goto('/ratgeber/');
      await page.getByRole('search', { name: 'Website durchsuchen' }).getByRole('searchbox').fill('Kontakte pflegen');
      await page.getByRole('search', { name: 'Website durchsuchen' }).getByRole('button', { name: 'Suchen' }).click();
      await expect(page).toHaveURL(/\/suche\/\?q=Kontakte\+pflegen$/);
      // Chromium with scripts switched off by Playwright parses <noscript> but does not display it, so check it is there.
      const fallback = page.locator('main noscript');
      expect(await fallback.textContent()).toContain('Die Suche braucht JavaScript');
      expect(await fallback.locator('a[href="/ratgeber/kontakte-pflegen/"]').textContent()).toBe('Kontakte pflegen');
      expect(await fallback.locator('a[href="/ratgeber/haeufige-fragen/"]').textContent()).toBe('Häufige Fragen');
    });
  });
});

test.describe('use', () => {
  test('by keyboard alone: from the header form to a result', async ({ page }) => {
    await page.goto('/');
    const field = page.getByRole('search', { name: 'Website durchsuchen' }).getByRole('searchbox');
    for (let i = 0; i < 30 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(field).toBeFocused();
    await page.keyboard.type('Kontakte pflegen');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/suche\/\?q=Kontakte\+pflegen$/);
    await expect(results(page)).toBeVisible();
    const box = page.getByRole('searchbox', { name: 'Suchbegriff' });
    await expect(box).toHaveValue('Kontakte pflegen');
    await box.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Suchen' })).toBeFocused();
    await page.keyboard.press('Tab');
    const first = results(page).getByRole('link').first();
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === href);
  });

  test('a new query from the page’s own form updates the address and announces the count', async ({ page }) => {
    await page.goto('/suche/');
    // Typed before hydration, the island's first render would empty the field again.
    await hydrated(page);
    await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Zeitbudget');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?q=Zeitbudget$/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ Seiten? gefunden zu „Zeitbudget“$/);
    await page.goBack();
    await expect(status(page)).toHaveText('');
  });

  test('has no WCAG 2.2 A/AA violation that axe can find, with results and with a message', async ({ page }) => {
    await search(page, 'Kontakte');
    await expect(results(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await search(page, 'a');
    await expect(status(page)).toHaveText(/zu kurz/);
    await expectNoAxeViolations(page);
  });

  test('searches without a CSP violation, a foreign request or a cookie', async ({ page, context, baseURL }) => {
    const violations = await recordViolations(page);
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    await search(page, 'Kontakte');
    await expect(results(page)).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});

test('loads Pagefind only with the first query, and reports what that query fetches', async ({ page }) => {
  // Sizes as a host sends them: each file's gzip (level 9), read from dist.
  const fetched: { url: string; bytes: number }[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url()).pathname;
    const file = join(DIST, url.endsWith('/') ? `${url}index.html` : url);
    fetched.push({ url, bytes: existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0 });
  });
  await page.goto('/suche/', { waitUntil: 'networkidle' });
  expect(fetched.filter((f) => f.url.startsWith('/pagefind/'))).toEqual([]);
  const before = fetched.filter((f) => /\.js$/.test(f.url)).reduce((n, f) => n + f.bytes, 0);
  fetched.length = 0;
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Kontakte');
  await page.keyboard.press('Enter');
  await expect(results(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  const pagefind = fetched.filter((f) => f.url.startsWith('/pagefind/'));
  expect(pagefind.map((f) => f.url)).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.de.pagefind']));
  const sum = (pattern: RegExp) => pagefind.filter((f) => pattern.test(f.url)).reduce((n, f) => n + f.bytes, 0);
  console.log(`search: JS before the first query ${before} B gzip; the first query fetched ${pagefind.length} files, ${sum(/./)} B: JS ${sum(/\.js$/)} B, WebAssembly ${sum(/\.pagefind$/)} B, index ${sum(/\.(pf_meta|pf_index|json)$/)} B, fragments ${sum(/\.pf_fragment$/)} B`);
});
