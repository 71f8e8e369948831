import { expect, test } from '@playwright/test';
import { chapterPaths, expectNoAxeViolations, sitePaths, watchForeignRequests } from './support/site';
import { SW_REGISTRATION_SCRIPT } from '../budgets/budgets';

const paths = sitePaths();

test('the sitemap lists the start page, the guide with ten chapters and the privacy page', () => {
  expect(paths).toEqual(expect.arrayContaining(['/', '/ratgeber/', '/datenschutz/']));
  expect(chapterPaths().length).toBeGreaterThanOrEqual(10);
});

for (const path of paths) {
  test.describe(`page ${path}`, () => {
    test('answers 200 with exactly one h1, a description and a canonical URL', async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{50,}/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    });

    test('makes no request to another origin and sets no cookie', async ({ page, baseURL, context }) => {
      const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });

    test('has no WCAG 2.2 A/AA violation that axe can find', async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });

    test('does not scroll sideways at 320 px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test('every internal link and anchor on it resolves', async ({ page, request }) => {
      await page.goto(path);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const origin = new URL(page.url()).origin;
      for (const href of new Set(hrefs)) {
        const url = new URL(href);
        if (url.origin !== origin) continue;
        const target = url.pathname === new URL(page.url()).pathname ? null : await request.get(url.pathname);
        expect(target?.status() ?? 200, `${href} from ${path}`).toBe(200);
        if (url.hash) {
          const html = target ? await target.text() : await page.content();
          const id = decodeURIComponent(url.hash.slice(1));
          expect(html.includes(`id="${id}"`), `anchor ${href} from ${path}`).toBe(true);
        }
      }
    });
  });
}

test.describe('the guide', () => {
  test('chapter pages need no script: the only one is the deferred service worker registration', async ({ page }) => {
    for (const path of ['/ratgeber/', ...chapterPaths()]) {
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      await page.goto(path);
      await expect(page.locator('script')).toHaveCount(1);
      await expect(page.locator('script')).toHaveAttribute('type', 'module');
      expect(await page.locator('script').getAttribute('src')).toMatch(SW_REGISTRATION_SCRIPT);
      expect(scripts.filter((url) => !SW_REGISTRATION_SCRIPT.test(url))).toEqual([]);
    }
  });

  test('the next-chapter links visit every chapter in the order of the index', async ({ page }) => {
    await page.goto('/ratgeber/');
    const listed = await page.locator('.chapter-list h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(listed.length).toBe(chapterPaths().length);

    const visited: string[] = [];
    await page.goto(listed[0]!);
    for (;;) {
      visited.push(new URL(page.url()).pathname);
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      // Wait for the new page, or the loop may look for the link while the old one unloads.
      const href = (await next.getAttribute('href'))!;
      await next.click();
      await page.waitForURL((url) => url.pathname === href);
    }
    expect(visited).toEqual(listed);
  });

  test('the previous-chapter links walk the same chain backwards', async ({ page }) => {
    const chapters = chapterPaths();
    await page.goto('/ratgeber/');
    const listed = await page.locator('.chapter-list h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.goto(listed.at(-1)!);
    const visited: string[] = [];
    for (;;) {
      visited.push(new URL(page.url()).pathname);
      const prev = page.locator('a[rel="prev"]');
      if ((await prev.count()) === 0) break;
      // Wait for the new page, or the loop may look for the link while the old one unloads.
      const href = (await prev.getAttribute('href'))!;
      await prev.click();
      await page.waitForURL((url) => url.pathname === href);
    }
    expect(visited).toEqual([...listed].reverse());
    expect(visited.length).toBe(chapters.length);
  });

  test('each chapter shows a table of contents, its sources and the review date', async ({ page }) => {
    for (const path of chapterPaths()) {
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Inhalt dieses Kapitels' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Quellen' })).toBeVisible();
      await expect(page.locator('time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('the navigation marks the guide as current on a chapter', async ({ page }) => {
    await page.goto(chapterPaths()[0]!);
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Ratgeber' })).toHaveAttribute('aria-current', 'page');
  });

  test('print hides the navigation and prints link targets after the text', async ({ page }) => {
    await page.goto(chapterPaths()[0]!);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.pager')).toBeHidden();
    const [after, href] = await page.locator('.prose a[href^="/"]').first().evaluate((a) => [getComputedStyle(a, '::after').content, a.getAttribute('href')!]);
    expect(after).toBe(`" (${href})"`);
  });
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
