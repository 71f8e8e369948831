/** The XSS check itself must be able to fail, or a green run proves nothing. */
import { expect, test } from '@playwright/test';
import { expectInert, watchDialogs, XSS_PAYLOADS } from './support/xss';

test('the inertness check catches a payload that ran', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.setContent(`<main><p>harmlos</p><img src=x onerror=alert(1)></main>`);
  await expect(expectInert(page, dialogs)).rejects.toThrow(/dialog/);
});

test('the inertness check catches a javascript: link', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.setContent(`<main><a href="javascript:void(0)">x</a></main>`);
  await expect(expectInert(page, dialogs)).rejects.toThrow(/unsafe protocols/);
});

test('the inertness check passes payloads shown as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.setContent('<main><p id="t"></p><a href="https://example.org/">ok</a> <a href="mailto:a@example.org">ok</a></main>');
  await page.locator('#t').evaluate((el, text) => (el.textContent = text), XSS_PAYLOADS.join(' '));
  await expectInert(page, dialogs, { texts: XSS_PAYLOADS });
});
