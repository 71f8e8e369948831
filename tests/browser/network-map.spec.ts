import { expect, test, type Page } from '@playwright/test';
import { MAP_SIZES, mapPlanner } from '../fixtures/network-map-states';
import { atFixtureDay, plannerReady, plantPlanner } from './support/planner';
import { expectNoAxeViolations } from './support/site';

async function openMap(page: Page, contacts: number) {
  await atFixtureDay(page);
  await plantPlanner(page, mapPlanner(contacts));
  await page.goto('/planer/kontakte/');
  await plannerReady(page);
  await page.locator('.network-map-picture svg').waitFor();
}

interface Rect {
  what: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The screen boxes of every label, sector name, contact dot and cluster in the map. */
function boxes(page: Page): Promise<Rect[]> {
  return page.locator('.network-map-picture svg').evaluate((svg) =>
    [...svg.querySelectorAll('.nm-label, .nm-sector-name, .nm-cluster circle, .nm-overdue-ring, .nm-contact:not(.nm-overdue) .nm-dot, .nm-wished > circle')].map((el) => {
      const r = el.getBoundingClientRect();
      return { what: `${el.getAttribute('class') ?? el.parentElement?.getAttribute('class')} ${el.textContent ?? ''}`, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
}

function overlapping(rects: Rect[]): string[] {
  const found: string[] = [];
  // Half a pixel of tolerance for anti-aliased edges.
  const e = 0.5;
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]!;
      const b = rects[j]!;
      if (a.left + e < b.right && b.left + e < a.right && a.top + e < b.bottom && b.top + e < a.bottom) found.push(`${a.what} × ${b.what}`);
    }
  return found;
}

/** Contact ids reachable on the map: direct marks plus the buttons each cluster's list shows, opened by keyboard. */
async function reachableByKeyboard(page: Page): Promise<string[]> {
  const ids = await page.locator('.nm-contact[role="button"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-contact')!));
  for (const el of await page.locator('.nm-contact[role="button"]').all()) expect(await el.getAttribute('tabindex')).toBe('0');
  const clusters = page.locator('.nm-cluster[role="button"]');
  for (let i = 0; i < (await clusters.count()); i++) {
    const cluster = clusters.nth(i);
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect(cluster).toHaveAttribute('aria-expanded', 'true');
    ids.push(...(await page.locator('.nm-cluster-list button[data-contact]').evaluateAll((els) => els.map((el) => el.getAttribute('data-contact')!))));
  }
  return ids;
}

for (const n of MAP_SIZES) {
  test.describe(`the network map with ${n} contacts`, () => {
    test('no two labels, marks or clusters overlap on a wide screen', async ({ page }) => {
      await openMap(page, n);
      expect(overlapping(await boxes(page))).toEqual([]);
    });

    test('no two labels overlap at 320 px, labels stay legible and nothing scrolls sideways', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await openMap(page, n);
      expect(overlapping(await boxes(page))).toEqual([]);
      const heights = await page.locator('.nm-label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      for (const h of heights) expect(h).toBeGreaterThanOrEqual(9);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });

    test('every contact is reachable by keyboard, directly or through its cluster', async ({ page }) => {
      await openMap(page, n);
      const ids = await reachableByKeyboard(page);
      expect(ids.sort()).toEqual(mapPlanner(n).contacts.map((c) => c.id).sort());
    });
  });
}

test('choosing a mark opens that contact', async ({ page }) => {
  await openMap(page, 40);
  const mark = page.locator('.nm-contact[role="button"]').first();
  const id = (await mark.getAttribute('data-contact'))!;
  const name = mapPlanner(40).contacts.find((c) => c.id === id)!.name;
  await mark.click();
  await expect(page.locator('#kontakt-offen')).toBeFocused();
  await expect(page.locator('#kontakt-offen')).toContainText(name);
});

test('Enter on a mark opens that contact, and a cluster lists and opens its people', async ({ page }) => {
  await openMap(page, 500);
  const cluster = page.locator('.nm-cluster[role="button"]').first();
  await cluster.focus();
  await page.keyboard.press('Enter');
  const first = page.locator('.nm-cluster-list button[data-contact]').first();
  const id = (await first.getAttribute('data-contact'))!;
  await first.click();
  await expect(page.locator('#kontakt-offen')).toBeFocused();
  await expect(page.locator('#kontakt-offen')).toContainText(mapPlanner(500).contacts.find((c) => c.id === id)!.name);
});

test('the summary counts rings, overdue and wished-for people, and the table lists everyone', async ({ page }) => {
  await openMap(page, 40);
  const p = mapPlanner(40);
  const a = p.contacts.filter((c) => c.priority === 'A').length;
  await expect(page.locator('.network-map')).toContainText(`40 Kontakte: ${a} mit Priorität A`);
  await expect(page.locator('.network-map')).toContainText('3 Personen willst du noch kennenlernen.');
  await page.getByText('Die Karte als Tabelle').click();
  await expect(page.locator('.nm-table tbody tr')).toHaveCount(43);
});

test('the map passes axe in light and dark mode, with its table and a cluster open', async ({ page }) => {
  await openMap(page, 40);
  await page.getByText('Die Karte als Tabelle').click();
  await page.locator('.nm-cluster[role="button"]').first().click();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('a picture of the map at 40 contacts, among the test outputs for a person to look at', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 1000 });
  await openMap(page, 40);
  await page.locator('.network-map-picture').screenshot({ path: test.info().outputPath('map-40.png') });
});
