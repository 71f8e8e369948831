import { expect, type Locator, type Page } from '@playwright/test';

export { envelope } from '../../fixtures/answers-states';

/** Puts raw values into localStorage before the page's own scripts run (on every load of this page object). */
export async function plant(page: Page, values: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
  }, values);
}

/** A browser that refuses storage: reading `localStorage` throws, as with blocked site data. */
export async function storageThrows(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Der Zugriff auf den Speicher wurde verweigert.', 'SecurityError');
      },
    });
  });
}

/** A browser whose storage reads but refuses every write, as when it is full. */
export async function writesThrow(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Der Speicher ist voll.', 'QuotaExceededError');
    };
  });
}

/** The raw value of a key, read in the page. */
export function stored(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => window.localStorage.getItem(k), key);
}

/** Waits until every island on the page has hydrated (Astro removes the `ssr` attribute then). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Presses Tab until `target` has focus – keyboard only, like a reader without a mouse. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  await expect(target).toBeAttached();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target.toString()} within ${max} presses`);
}

/** The element that has focus, as a locator-friendly description. */
export function focused(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', text: el?.textContent?.trim() ?? '' };
  });
}

export const MEMORY_NOTICE = /Speichern ist in diesem Browser gerade nicht möglich/;
export const CORRUPT_NOTICE = /Gespeicherte Daten nicht lesbar/;
