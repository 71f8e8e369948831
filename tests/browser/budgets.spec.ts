import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { measureSite } from '../budgets/measure.ts';

// The byte budgets (tests/budgets/check.ts) count scripts and stylesheets by reading dist.
// Here a real browser loads every page, so a file fetched on load that the count missed cannot go unseen.
const site = measureSite(fileURLToPath(new URL('../../dist/', import.meta.url)));

for (const page of site.pages) {
  test(`page ${page.path} fetches no script or stylesheet on load beyond what the byte budget counts`, async ({ page: tab }) => {
    const fetched: string[] = [];
    tab.on('request', (r) => {
      if (['script', 'stylesheet', 'font'].includes(r.resourceType())) fetched.push(new URL(r.url()).pathname);
    });
    await tab.goto(page.path, { waitUntil: 'networkidle' });
    const counted = [...page.js.files, ...page.css.linked].map((a) => a.url);
    expect(fetched.filter((url) => !counted.includes(url)), 'fetched on load but not counted by tests/budgets: an import(…) that runs on load belongs in a static import').toEqual([]);
  });
}
