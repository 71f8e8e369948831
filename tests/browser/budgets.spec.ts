import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { measureSite } from '../budgets/measure.ts';
import { deferredAfterLoad, pageScripts } from '../budgets/budgets.ts';
import { plannerState, plantOtherTools } from './support/planner';

// The byte budgets (tests/budgets/check.ts) count scripts and stylesheets by reading dist.
// Here a real browser loads every page, so a file fetched on load that the count missed cannot go unseen.
const site = measureSite(fileURLToPath(new URL('../../dist/', import.meta.url)));
// What the network delivers, not what the service worker serves from its precache (tests/browser/offline.spec.ts).
test.use({ serviceWorkers: 'block' });

for (const page of site.pages) {
  test(`page ${page.path} fetches no script or stylesheet on load beyond what the byte budget counts`, async ({ page: tab }) => {
    const fetched: string[] = [];
    tab.on('request', (r) => {
      if (['script', 'stylesheet', 'font'].includes(r.resourceType())) fetched.push(new URL(r.url()).pathname);
    });
    await tab.goto(page.path, { waitUntil: 'networkidle' });
    const counted = [...page.js.files, ...page.css.linked].map((a) => a.url);
    // The plan loads its parts after page 1 on idle even when empty (its blank worksheet is among them): named in DEFERRED_AFTER_LOAD.
    const deferred = deferredAfterLoad(page.path);
    expect(
      fetched.filter((url) => !counted.includes(url) && !deferred.some((d) => d.module.test(url))),
      'fetched on load but not counted by tests/budgets: an import(…) that runs on load belongs in a static import',
    ).toEqual([]);
  });
}

// With stored data the pages that draw it do more on load: the contacts page draws its
// Netzwerkkarte once contacts exist, the network check its cards once networks exist, the plan
// loads everything after its first page when the browser is idle, and every tool page loads its
// backup reminder once anything is stored.
// Whatever loads beyond the count must be named in DEFERRED_AFTER_LOAD or DEFERRED_ON_TOOL_PAGES
// (with a cap checked by tests/budgets).
for (const path of ['/plan/', '/planer/kontakte/', '/netzwerk-check/']) {
  test(`page ${path} with stored data (a planner with contacts, a Selbsttest, four networks) fetches on load only what the byte budget counts or the deferred lists name`, async ({ page: tab }) => {
    const measured = site.pages.find((p) => p.path === path)!;
    const fetched: string[] = [];
    tab.on('request', (r) => {
      if (['script', 'stylesheet', 'font'].includes(r.resourceType())) fetched.push(new URL(r.url()).pathname);
    });
    await plannerState(tab, 'complete');
    await plantOtherTools(tab);
    await tab.goto(path, { waitUntil: 'networkidle' });
    const counted = [...measured.js.files, ...measured.css.linked].map((a) => a.url);
    const deferred = deferredAfterLoad(path);
    const extra = fetched.filter((url) => !counted.includes(url));
    // A named module may bring the lazy chunks it imports (its cap counts them).
    const named = measured.js.lazy.filter((f) => deferred.some((d) => d.module.test(f.url))).flatMap((f) => [f.url, ...f.statics]);
    expect(extra.filter((url) => !named.includes(url)), 'fetched on load, neither counted nor named in DEFERRED_AFTER_LOAD or DEFERRED_ON_TOOL_PAGES').toEqual([]);
    // The named ones are lazy modules of the page, so tests/budgets checks their caps.
    for (const url of extra) expect(measured.js.lazy.map((f) => f.url)).toContain(url);
    // And they did load: the page's own deferred parts and the backup reminder (not what only large data needs).
    for (const d of deferred.filter((d) => !d.onlyWithLargeData)) expect(extra.some((url) => d.module.test(url)), String(d.module)).toBe(true);
  });
}

// Every tool page loads one runtime (Preact, stores, persistence) that the browser caches, plus
// its own bundle (src/build/page-bundles.ts): moving on to the next tool page fetches only that.
test('tool pages share one cached runtime, so the next tool page fetches only its own scripts', async ({ page: tab }) => {
  const toolPages = site.pages.filter((p) => pageScripts(p).own.length > 0).map((p) => p.path);
  expect(toolPages.length).toBeGreaterThan(1);
  const fetchedFrom = new Map<string, string[]>();
  let current = '';
  tab.on('response', (response) => {
    // Only what the network delivered in full: a cache hit or a 304 revalidation (astro preview
    // sends no-cache; public/_headers makes /_astro/ immutable on real hosts) is not a fetch.
    if (response.request().resourceType() === 'script' && !response.fromServiceWorker() && response.status() === 200) {
      fetchedFrom.get(current)?.push(new URL(response.url()).pathname);
    }
  });
  for (const path of toolPages) {
    current = path;
    fetchedFrom.set(path, []);
    await tab.goto(path, { waitUntil: 'networkidle' });
  }
  const runtimes = new Set(site.pages.flatMap((p) => p.js.files.map((f) => f.url)).filter((url) => /\/runtime\.[\w-]+\.js$/.test(url)));
  expect([...runtimes]).toHaveLength(1);
  const [runtime] = runtimes;
  expect(fetchedFrom.get(toolPages[0]!)).toContain(runtime);
  for (const path of toolPages.slice(1)) expect(fetchedFrom.get(path), path).not.toContain(runtime);
});
