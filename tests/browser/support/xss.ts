/**
 * Checks that hostile text stays inert wherever reader data or file content is shown.
 * Reusable for every tool: type or import the payloads, then call `expectInert`.
 *
 * ```ts
 * const dialogs = watchDialogs(page);
 * await page.getByLabel('Notiz').fill(XSS_PAYLOADS.join(' '));
 * await expectInert(page, dialogs, { texts: XSS_PAYLOADS });
 * ```
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Markup, handlers and script URLs that must only ever appear as text. */
export const XSS_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '"><svg onload=alert(3)>',
  "'><iframe src=javascript:alert(4)>",
  'javascript:alert(5)',
  '<a href="javascript:alert(6)">klick</a>',
  '{{constructor.constructor("alert(7)")()}}',
] as const;

/** URL-like payloads for fields that may become links: none of these may turn into one. */
export const UNSAFE_URLS = ['javascript:alert(8)', ' JaVaScRiPt:alert(9)', 'java\tscript:alert(10)', 'data:text/html,<script>alert(11)</script>', 'vbscript:msgbox(12)'] as const;

/** Collects every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
export function watchDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return opened;
}

interface InertOptions {
  /** Where the payloads are shown; the main content by default. */
  scope?: Locator;
  /** Texts that must be visible as plain text inside the scope. */
  texts?: readonly string[];
}

/**
 * Fails unless: no dialog opened, no element carries an inline event handler, no payload became
 * an element (`img[src=x]`, `svg`, `iframe`), and every link in the scope is http(s), mailto or
 * same-site. With `texts`, each must appear literally in the scope's text.
 */
export async function expectInert(page: Page, dialogs: string[], { scope = page.locator('main'), texts = [] }: InertOptions = {}): Promise<void> {
  // Give handlers a moment: onerror fires after the image load fails.
  await page.waitForTimeout(200);
  expect(dialogs, 'a payload opened a dialog').toEqual([]);
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
  );
  expect(handlers, 'elements with inline event handlers').toEqual([]);
  await expect(scope.locator('img[src="x"], svg[onload], iframe, object, embed')).toHaveCount(0);
  await expect(page.locator('script', { hasText: 'alert(' })).toHaveCount(0);
  await expectOnlySafeLinks(scope);
  const text = (await scope.textContent()) ?? '';
  for (const payload of texts) expect(text, `„${payload}“ should be shown as text`).toContain(payload);
}

/** Every link inside `scope` goes to http, https, mailto or this site. */
export async function expectOnlySafeLinks(scope: Locator): Promise<void> {
  const hrefs = await scope.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const unsafe = hrefs.filter((href) => !/^(https?:|mailto:)/i.test(href));
  expect(unsafe, 'links with unsafe protocols').toEqual([]);
}
