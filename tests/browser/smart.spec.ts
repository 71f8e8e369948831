import { expect, test, type Page } from '@playwright/test';
import { atFixtureDay, openSection } from './support/planner';
import { expectNoAxeViolations } from './support/site';

/** Adds a goal by keyboard and fills it; returns the hint codes the page shows. */
async function goal(page: Page, text: string, deadline = '') {
  const field = page.getByRole('textbox', { name: 'Was willst du erreichen?' }).last();
  await field.fill(text);
  const date = page.getByLabel('Bis wann?').last();
  if (deadline) await date.fill(deadline);
}
const codes = (page: Page) => page.locator('.smart li').evaluateAll((items) => items.map((li) => li.getAttribute('data-code')));

test.describe('SMART hints (issue 12)', () => {
  test.beforeEach(async ({ page }) => {
    await atFixtureDay(page);
    await openSection(page, 'ziele');
    await page.getByRole('button', { name: 'Ziel hinzufügen' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Was willst du erreichen?' })).toBeFocused();
  });

  test('a signed offer for a lead position counts as measurable, „mehr netzwerken“ does not', async ({ page }) => {
    await goal(page, 'Eine unterschriebene Zusage für eine Lead-Position', '2026-09-30');
    await expect(page.locator('.smart-ok')).toHaveText('Konkret, messbar und mit Datum – so lässt sich dein Ziel überprüfen.');

    await goal(page, 'mehr netzwerken', '');
    await page.getByLabel('Bis wann?').fill('');
    await expect.poll(() => codes(page)).toEqual(['short', 'noAmount', 'noDate']);
    await expect(page.locator('.smart')).toContainText('Ein Ergebnis, das sich prüfen lässt, tut es auch');
  });

  test('number words count: „drei Gespräche“ and „zwei Empfehlungen“', async ({ page }) => {
    await goal(page, 'Mit Personalleitungen im Handel ins Gespräch kommen', '2026-06-30');
    await expect.poll(() => codes(page)).toEqual(['noAmount']);
    await page.getByRole('textbox', { name: 'Woran misst du es?' }).fill('drei Gespräche');
    await expect(page.locator('.smart-ok')).toBeVisible();
    await page.getByRole('textbox', { name: 'Woran misst du es?' }).fill('zwei Empfehlungen');
    await expect(page.locator('.smart-ok')).toBeVisible();
  });

  test('each missing part gets its own hint', async ({ page }) => {
    await goal(page, 'Mehr Kontakte', '2025-12-01');
    await expect.poll(() => codes(page)).toEqual(['short', 'noAmount', 'past']);
    await goal(page, 'Auf LinkedIn mit Fachleuten der Logistik vernetzen', '2029-01-01');
    await page.getByRole('textbox', { name: 'Woran misst du es?' }).fill('100 Vernetzungsanfragen');
    await expect.poll(() => codes(page)).toEqual(['reach', 'large', 'far']);
    await expect(page.locator('.smart')).toContainText('Klasse statt Masse');
    await expectNoAxeViolations(page);
  });

  test('at 320 px the hints fit without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await goal(page, 'mehr netzwerken');
    await expect.poll(() => codes(page)).toEqual(['short', 'noAmount', 'noDate']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
