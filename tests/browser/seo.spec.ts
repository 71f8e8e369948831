import { expect, test } from '@playwright/test';
import { sitePaths } from './support/site';

test('every page in the sitemap may be indexed and names itself as canonical', async ({ request }) => {
  for (const path of sitePaths()) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toMatch(/<meta name="robots"[^>]*noindex/);
    expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${path.replace(/\//g, '\\/')}"`));
  }
});

test('an unknown address answers 404 with a page that search engines are told not to index', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite gibt es nicht');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});

test('robots.txt lets crawlers in and points them to the sitemap index', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*\nAllow: \/$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(sitemap).toMatch(/\/sitemap-index\.xml$/);
  expect((await request.get(new URL(sitemap!).pathname)).status()).toBe(200);
});
