/**
 * The three personas of issue 12 on the result page: their results differ the way a good coach's
 * would (job fairs for the student, two kinds and a first step for the freelancer with little
 * time, small formats and comfort advice for the introvert), the wording fits their answers, and
 * the real networks under each kind link out safely. Axe, keyboard and 320 px for each.
 */
import { expect, test, type Page } from '@playwright/test';
import { answersEnvelope } from '../fixtures/answers-states';
import { personaState, type PersonaName } from '../fixtures/personas';
import { expectNoAxeViolations, watchForeignRequests } from './support/site';
import { hydrated, plant, tabTo } from './support/tools';

const KEY = 'nk:selbsttest';

async function showResult(page: Page, name: PersonaName) {
  await plant(page, { [KEY]: answersEnvelope(personaState(name)) });
  await page.goto('/selbsttest/ergebnis/');
  await hydrated(page);
  await expect(page.locator('.recommendations > li').first()).toBeVisible();
}

const titles = (page: Page) => page.locator('.recommendations > li h3');
const others = (page: Page) => page.locator('details', { hasText: 'Warum andere Arten fehlen' });

test.describe('the three personas', () => {
  test('the student looking for a first job gets job and career fairs first, with real examples where we have them', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    await showResult(page, 'studentin');
    await expect(titles(page).first()).toHaveText('Job- und Karrieremessen');
    await expect(page.locator('.first-step')).toHaveText('Fang mit „Job- und Karrieremessen“ an – das passt am besten zu deinen Antworten.');
    await expect(page.locator('[data-kind="jobmesse"]')).toContainText('Du suchst eine erste oder neue Stelle');
    await expect(page.locator('[data-kind="kammer"]')).toContainText('aus deiner Region');
    const linkedin = page.locator('[data-kind="plattform"] .network-examples a', { hasText: 'LinkedIn' });
    await expect(linkedin).toHaveAttribute('href', 'https://www.linkedin.com/');
    await expect(linkedin).toHaveAttribute('rel', 'noopener');
    await expect(page.locator('[data-example-kind="alumni"]')).toHaveCount(2);
    await expect(page.locator('.format-advice')).toContainText('Große Runden liegen dir');
    await expectNoAxeViolations(page);
    expect(foreign).toEqual([]);
  });

  test('the freelancer with two hours a month gets two kinds, the first named with the reason, and no fair', async ({ page }) => {
    await showResult(page, 'freiberufler');
    await expect(page.locator('.status-tag')).toHaveText('Zu wenig Zeit');
    await expect(titles(page)).toHaveText(['Fachgruppen auf LinkedIn und in Fachforen', 'IHK und andere Kammern']);
    await expect(page.locator('.first-step')).toContainText('Deine Zeit ist knapp. Fang mit „Fachgruppen auf LinkedIn und in Fachforen“ an');
    await expect(page.locator('.first-step')).toContainText('„IHK und andere Kammern“ nimmst du dir erst vor');
    await expect(titles(page).filter({ hasText: 'Messen' })).toHaveCount(0);
    // „Lokal“: the chamber is near, never „aus deiner Region“.
    await expect(page.locator('[data-kind="kammer"]')).toContainText('in deiner Stadt und der Umgebung');
    await expect(page.locator('[data-kind="kammer"] ul').first()).not.toContainText('Region');
    await others(page).locator('summary').click();
    await expect(others(page)).toContainText('Messen, Konferenzen und Fachtagungen: Passt an sich zu dir. Aber deine Zeit reicht nicht für alles: Wir empfehlen dir höchstens 2 Arten');
    await expect(others(page)).toContainText('Alumni-Gruppen: Alumni-Gruppen helfen vor allem, wenn du Job- und Karrierechancen suchst. Deine Antwort bei „Zweck“: Neue Aufträge.');
    await expect(others(page)).not.toContainText('Zu deinen Antworten passt davon zu wenig');
    await expectNoAxeViolations(page);
  });

  test('the introverted employee gets small formats and advice for listening, arriving early and going with someone', async ({ page }) => {
    await showResult(page, 'introvertiert');
    await expect(titles(page).first()).toHaveText('Fachverbände und ihre Gremien');
    await expect(page.locator('[data-kind="fachverband"]')).toContainText('Kleine Runden liegen dir');
    await expect(page.locator('[data-format]')).toHaveCount(4);
    await expect(page.locator('[data-format="format-klein"]')).toContainText('Such dir kleine Formate');
    await expect(page.locator('[data-format="format-zuhoeren"]')).toContainText('Du hörst lieber zu');
    await expect(page.locator('[data-format="format-frueh"]')).toContainText('Komm früh');
    await expect(page.locator('[data-format="format-begleitung"]')).toContainText('Du gehst lieber in Begleitung');
    await expect(page.locator('[data-kind="messe"]')).toContainText('Messen sind voll und laut, und dir liegen kleine Runden');
    await expect(page.locator('.format-advice')).not.toContainText('Große Runden liegen dir');
    await expectNoAxeViolations(page);
  });

  test('the example links are reachable by keyboard', async ({ page }) => {
    await showResult(page, 'studentin');
    const link = page.locator('[data-kind="plattform"] .network-examples a').first();
    await tabTo(page, link);
    await expect(link).toBeFocused();
  });

  for (const name of ['studentin', 'freiberufler', 'introvertiert'] as const) {
    test(`the ${name} result does not scroll sideways at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await showResult(page, name);
      await others(page).locator('summary').click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
