import { test } from '@playwright/test';
import { generateLargePlanner } from '../fixtures/planner-large';
import { atFixtureDay, plannerReady, plantPlanner } from '../browser/support/planner';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const max = (xs: number[]) => Math.max(...xs);

test('planner with 2,000 contacts: load and edit timings', async ({ page }) => {
  const data = generateLargePlanner();
  const stored = JSON.stringify({ v: 1, rev: 1, at: '2026-03-02T09:00:00.000Z', data });
  await atFixtureDay(page);
  await plantPlanner(page, data);
  await page.addInitScript(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });

  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = Date.now();
    await page.goto('/planer/');
    await plannerReady(page);
    await page.locator('.contact-rows li').first().waitFor();
    loads.push(Date.now() - start);
  }
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

  // One keystroke in a contact's field: from the input event until the list row shows the new text.
  const first = page.locator('.contact-rows li').first();
  await first.getByRole('button').click();
  await page.getByText(/^Angaben zu /).click();
  const keystrokes = await page.evaluate(async () => {
    const field = document.querySelector<HTMLInputElement>('.contact-editor input[id$="-organisation"]')!;
    const row = document.querySelector('.contact-rows li')!;
    const times: number[] = [];
    for (let i = 0; i < 30; i++) {
      const text = `${field.value}x`;
      const start = performance.now();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise<void>((resolve) => {
        const check = () => (row.textContent!.includes(text) ? resolve() : requestAnimationFrame(check));
        check();
      });
      times.push(performance.now() - start);
    }
    return times;
  });

  // „Heute kontaktiert“ in the due list: from the click until the item has left the list.
  const clicks: number[] = [];
  for (let i = 0; i < 10; i++) {
    const button = page.locator('.due-item button').first();
    const name = await button.getAttribute('aria-label');
    clicks.push(
      await page.evaluate(async (label) => {
        const b = document.querySelector<HTMLButtonElement>(`.due-item button[aria-label="${label}"]`)!;
        const start = performance.now();
        b.click();
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelector(`.due-item button[aria-label="${label}"]`) ? requestAnimationFrame(check) : resolve());
          check();
        });
        return performance.now() - start;
      }, name),
    );
  }

  const report = {
    contacts: data.contacts.length,
    interactions: data.contacts.reduce((n, c) => n + c.log.length, 0),
    actions: data.actions.length,
    storedKilobytes: Math.round(stored.length / 1024),
    loadMs: { median: median(loads), max: max(loads), runs: loads },
    longTasksOnLoadMs: longTasks.map(Math.round),
    keystrokeToScreenMs: { median: Math.round(median(keystrokes)), max: Math.round(max(keystrokes)) },
    contactedTodayToScreenMs: { median: Math.round(median(clicks)), max: Math.round(max(clicks)) },
  };
  console.log(JSON.stringify(report, null, 2));
});
