import { expect, test } from '@playwright/test';
import { plannerReady, plannerState } from './support/planner';
import { expectNoAxeViolations } from './support/site';

test.describe('the timeline on the planner overview', () => {
  test('shows 12 weeks with overdue actions first, actions in their week and channels as recurring', async ({ page }) => {
    await plannerState(page, 'complete');
    await page.goto('/planer/');
    await plannerReady(page);
    const timeline = page.locator('.timeline');
    await expect(timeline.getByRole('heading', { name: 'Die nächsten 12 Wochen' })).toBeVisible();
    await expect(timeline.locator('.timeline-weeks > li')).toHaveCount(12);
    await expect(timeline.locator('.timeline-list').first()).toContainText('Aktion: LinkedIn-Profil überarbeiten');
    await expect(timeline.locator('.timeline-weeks > li').nth(2)).toContainText('Aktion: Als Gast zum Treffen des Fachverbands gehen');
    await expect(timeline).not.toContainText('Drei ehemalige Kolleginnen anschreiben');
    await expect(timeline).toContainText('LinkedIn: 2 × pro Woche');
  });

  test('passes axe in light and dark mode and does not scroll sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await plannerState(page, 'complete');
    await page.goto('/planer/');
    await plannerReady(page);
    await page.locator('.timeline').waitFor();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('an empty planner says that nothing is planned yet', async ({ page }) => {
    await plannerState(page, 'empty');
    await page.goto('/planer/');
    await plannerReady(page);
    await expect(page.locator('.timeline')).toContainText('In diesen Wochen steht noch nichts an.');
  });
});
