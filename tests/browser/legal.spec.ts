/**
 * The Impressum and the operator's details (issue #11 item 7): `/impressum/` exists, every page
 * links it from its footer, and the Impressum and the privacy page show what
 * `src/config/operator.ts` holds – or say that nobody has filled it in yet.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, sitePaths } from './support/site';
import { OPERATOR } from '../../src/config/operator';
import { operatorDetails } from '../../src/lib/site/operator';

const operator = operatorDetails(OPERATOR);
const NOT_FILLED = 'Der Betreiber dieser Website hat seine Angaben noch nicht vollständig eingetragen.';

const footer = (page: Page) => page.getByRole('contentinfo');

test('the sitemap lists the Impressum', () => {
  expect(sitePaths()).toContain('/impressum/');
});

test('/impressum/ answers 200 with the heading „Impressum“', async ({ page }) => {
  const response = await page.goto('/impressum/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impressum');
});

test('every page, the 404 page too, links the Impressum and the privacy page from its footer', async ({ page }) => {
  for (const path of [...sitePaths(), '/gibt-es-nicht/']) {
    await page.goto(path);
    await expect(footer(page).getByRole('link', { name: 'Impressum', exact: true }), path).toHaveAttribute('href', '/impressum/');
    await expect(footer(page).getByRole('link', { name: 'Mehr zum Datenschutz' }), path).toHaveAttribute('href', '/datenschutz/');
  }
});

test('the footer, the start page and the privacy page say what happens to inputs in the same words', async ({ page }) => {
  await page.goto('/');
  const statement = (await footer(page).locator('p').first().textContent())!.trim();
  const first = statement.slice(0, statement.indexOf('.') + 1);
  expect(first).toContain('bleibt in deinem Browser');
  expect(first).not.toMatch(/kein(en)? Server/);
  await expect(page.getByRole('main').getByText(first, { exact: true })).toHaveCount(1);
  await page.goto('/datenschutz/');
  await expect(page.getByRole('main').locator('.lead')).toHaveText(first);
});

test('the privacy page says what the web host sees and that it, not the site, keeps the logs', async ({ page }) => {
  await page.goto('/datenschutz/');
  const section = page.getByRole('main');
  await expect(section.getByRole('heading', { name: 'Was der Webhoster sieht' })).toBeVisible();
  for (const item of ['die IP-Adresse deines Geräts', 'Datum und Uhrzeit', 'Browser und Betriebssystem']) await expect(section.getByText(item, { exact: false }).first()).toBeVisible();
  await expect(section.getByText('Diese Protokolle führt der Webhoster auf seinen Servern, nicht der Code dieser Website.', { exact: false })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Was diese Website nie tut' })).toBeVisible();
  await expect(section.getByText('Sie setzt keine Cookies.')).toBeVisible();
  await expect(section.getByText(/kein(en)? Server/)).toHaveCount(0);
});

for (const path of ['/impressum/', '/datenschutz/']) {
  test.describe(`${path}`, () => {
    if (operator.complete) {
      test('shows the operator’s name, address and email as configured', async ({ page }) => {
        await page.goto(path);
        const address = page.locator('address.operator');
        await expect(address).toContainText(operator.name);
        await expect(address).toContainText(operator.street);
        await expect(address).toContainText(`${operator.postalCode} ${operator.city}`);
        await expect(page.getByRole('link', { name: operator.email })).toHaveAttribute('href', `mailto:${operator.email}`);
        await expect(page.getByText(NOT_FILLED)).toHaveCount(0);
      });
    } else {
      test('says that the operator has not filled in the details yet', async ({ page }) => {
        await page.goto(path);
        await expect(page.getByText(NOT_FILLED)).toBeVisible();
        await expect(page.getByRole('main').getByText('src/config/operator.ts')).toBeVisible();
      });
    }

    test('has no WCAG 2.2 A/AA violation that axe can find', async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  });
}

test('the Impressum names who is responsible for the content under § 18 Abs. 2 MStV once a name is given', async ({ page }) => {
  await page.goto('/impressum/');
  const heading = page.getByRole('heading', { name: 'Verantwortlich für den Inhalt' });
  if (operator.name || operator.responsible.name) {
    await expect(heading).toBeVisible();
    await expect(page.locator('address.responsible')).toContainText(operator.responsible.name || operator.name);
  } else {
    await expect(heading).toHaveCount(0);
  }
});
