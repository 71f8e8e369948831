/**
 * Islands render on the server with what the server can know; after hydration they show what the
 * browser holds. On a first visit (empty storage, the case Lighthouse measures) nothing may move
 * in between: the server-rendered page already has the shape of the hydrated one. Layout shift is
 * a layout measure, not a timing, so a threshold is safe to assert.
 */
import { expect, test } from '@playwright/test';
import { TOOLS } from '../../src/lib/site/tools';
import { sitePaths } from './support/site';
import { hydrated } from './support/tools';

const toolPages = sitePaths().filter((path) => TOOLS.some((tool) => path.startsWith(tool.href)));
/** Lighthouse counts 0.1 as good; a page that keeps its shape stays far below. */
const MAX_SHIFT = 0.01;

test.use({ viewport: { width: 412, height: 823 } });

for (const path of toolPages) {
  test(`${path} keeps its layout through hydration on a first visit`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: { value: number; nodes: string[] }[] = [];
      Object.assign(window, { __shifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
          shifts.push({ value: entry.value, nodes: (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName))) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts, null, 1)).toBeLessThan(MAX_SHIFT);
  });
}
