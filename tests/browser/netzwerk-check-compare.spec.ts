/**
 * The network check's comparison (issue #12): opened by keyboard, the table with the ideal first
 * and every candidate in list order, one chart per candidate with a name and a text alternative,
 * 320 px without sideways page scroll, axe in light and dark mode, the printed check, and the short
 * ranking next to the weights that is announced after each change.
 */
import { expect, test, type Page } from '@playwright/test';
import { STATES as ANSWERS } from '../fixtures/answers-states';
import { STATES } from '../fixtures/candidates-states';
import { hasWord, layoutText, savePdf } from './support/pdf-pages';
import { expectNoAxeViolations } from './support/site';
import { envelope, hydrated, plant, tabTo } from './support/tools';

const complete = { 'nk:netzwerk-check': envelope(STATES.complete), 'nk:selbsttest': envelope(ANSWERS.complete) };
/** The list's order by fit score v2: 100, 78, 5, then the unrated alumni club (no score, too little rated, ranked last). */
const LIST_ORDER = ['Unternehmerfrühstück Nordstadt', 'IHK-Forum Mittelstand', 'Global Engineers Online', 'Alumni-Verein der Hochschule'];

async function open(page: Page, state: Record<string, string> = complete) {
  await plant(page, state);
  await page.goto('/netzwerk-check/');
  await hydrated(page);
}

/** Opens the comparison the way a keyboard user does: Tab to „Netzwerke vergleichen“, Enter. */
async function openComparison(page: Page) {
  const toggle = page.locator('summary', { hasText: 'Netzwerke vergleichen' });
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Deine Netzwerke im Vergleich' })).toBeVisible();
}

test.describe('the comparison', () => {
  test('loads with the cards once networks exist (never on an empty list), and opens by keyboard with the ideal as first column and every candidate in list order', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await open(page, {});
    await expect(page.getByRole('heading', { name: 'Noch keine Netzwerke eingetragen' })).toBeVisible();
    expect(scripts.filter((s) => s.includes('CheckParts'))).toEqual([]);
    await open(page);
    await expect(page.locator('.candidate')).toHaveCount(LIST_ORDER.length);
    expect(scripts.filter((s) => s.includes('CheckParts'))).toHaveLength(1);
    await expect(page.getByRole('heading', { name: 'Deine Netzwerke im Vergleich' })).toHaveCount(0);
    await openComparison(page);
    const table = page.getByRole('table', { name: 'Dein Ideal und deine Netzwerke je Merkmal' });
    await expect(table.locator('thead th')).toHaveText(['Merkmal', 'Dein Ideal', ...LIST_ORDER]);
    const rows = table.locator('tbody tr');
    // 8 profile dimensions + the 4 scored checklist items + the score row; „Probebesuch“ is not scored, so no row.
    await expect(rows).toHaveCount(13);
    await expect(rows.first().locator('th')).toHaveText('Treffpunkt');
    await expect(rows.last()).toHaveText(/^Passung\s*100 von 100\s*78 von 100\s*5 von 100\s*Kein Wert$/);
    await expect(table.getByRole('row', { name: /^Reichweite/ }).locator('td')).toHaveText(['Regional', /Regional \(passt\)/, /National \(DACH\) \(teilweise\)/, /International \(passt nicht\)/, /weiß ich noch nicht \(offen\)/]);
    await expect(table.getByRole('row', { name: /^Kosten/ }).locator('td').first()).toHaveText('Ja');
    await expect(table.getByRole('row', { name: /^Probebesuch/ })).toHaveCount(0);
  });

  test('the table scrolls in its own labelled, focusable region; the page does not scroll sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page);
    await openComparison(page);
    const region = page.getByRole('region', { name: 'Vergleichstabelle, seitlich verschiebbar' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    await tabTo(page, region);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const page_ = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(page_.scroll).toBeLessThanOrEqual(page_.client);
  });

  test('each candidate has a chart with an accessible name and a text alternative', async ({ page }) => {
    await open(page);
    await openComparison(page);
    const charts = page.getByRole('img', { name: /^Balkendiagramm: Passung von/ });
    // The unrated alumni club has no chart but says so (it once had an empty one „insgesamt Kein Wert“).
    await expect(charts).toHaveCount(3);
    const unrated = page.locator('.chart', { has: page.getByRole('heading', { name: 'Alumni-Verein der Hochschule' }) });
    await expect(unrated).toContainText('Für „Alumni-Verein der Hochschule“ ist noch nichts bewertet');
    await expect(unrated.getByRole('img')).toHaveCount(0);
    await expect(unrated).not.toContainText('Kein Wert');
    await expect(charts.first()).toHaveAccessibleName('Balkendiagramm: Passung von „Unternehmerfrühstück Nordstadt“ je Merkmal, insgesamt 100 von 100');
    await expect(charts.first()).toHaveAccessibleDescription(/^Treffpunkt: 100\u00a0% \(passt\); Zweck: 100\u00a0% \(passt\);.*Je länger ein Balken/);
    await expect(charts.nth(2)).toHaveAccessibleDescription(/Reichweite: 0\u00a0% \(passt nicht\)/);
    // „Noch offen“ is neutral: the chamber's open Themen has no bar and no words, its Kosten has both.
    await expect(charts.nth(1)).toHaveAccessibleDescription(/Kosten: 100\u00a0% \(passt\)/);
    await expect(charts.nth(1)).not.toHaveAccessibleDescription(/Themen/);
    await expect(charts.nth(1).locator('text', { hasText: 'Themen' })).toHaveCount(0);
    await expect(charts.first()).toHaveAccessibleDescription(/halb = teilweise, leer = passt nicht\. Merkmale, die nicht zählen oder noch offen sind, haben keinen Balken/);
    // Not colour alone: every bar has its percentage as text beside it.
    await expect(charts.first().locator('text', { hasText: '%' })).toHaveCount(await charts.first().locator('rect.bar').count());
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no axe violations when open, in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await openComparison(page);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('the printed check', () => {
  test('has every candidate with its score, the explanations and the open comparison, and no buttons or forms', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    await openComparison(page);
    const tableWords = (await page.locator('.comparison-table').evaluate((el) => (el as HTMLElement).innerText)).match(/\p{L}{6,}/gu) ?? [];
    await page.emulateMedia({ media: 'print' });
    const pages = layoutText(savePdf(await page.pdf({ format: 'A4', printBackground: true })));
    const text = pages.join('\n');
    const words = [...new Set([...LIST_ORDER.join(' ').match(/\p{L}{6,}/gu)!, ...tableWords])];
    expect(words.filter((w) => !hasWord(pages, w))).toEqual([]);
    for (const score of ['100 von 100', '78 von 100', '5 von 100', 'Kein Wert']) expect(text).toContain(score);
    expect(text).toContain('ergeben 78 von 100');
    expect(text).toContain('Dein Ideal');
    for (const label of ['Bearbeiten', 'Löschen', 'Netzwerk hinzufügen', 'Netzwerke vergleichen', 'wiederherstellen', 'Gewichtung', 'Nach Namen filtern']) expect(text, label).not.toContain(label);
  });
});

test.describe('the weights', () => {
  test('after each change by keyboard, the box next to them names the new order, and what moved', async ({ page }) => {
    // The timed state: the breakfast takes 8⅔ h a month against a budget of 6, so it keeps 69 and the
    // weights can reorder the list. (In „complete“ the breakfast is 100 whatever the weights and the
    // chamber never falls below the online group, so no weight change moves anything.)
    await open(page, { 'nk:netzwerk-check': envelope(STATES.timed, 1, 2), 'nk:selbsttest': envelope(ANSWERS.complete) });
    const effect = page.locator('.weights-effect');
    await expect(effect).toHaveAttribute('role', 'status');
    await expect(effect).toHaveText('');
    const weight = page.getByLabel('Zweck', { exact: true });
    await tabTo(page, weight, 120);
    await page.keyboard.press('End'); // 4 → 5 – sehr wichtig
    await expect(weight).toHaveValue('5');
    await expect(effect).toHaveText('Zweck hat jetzt Gewicht 5. Jetzt vorn: IHK-Forum Mittelstand (78), Unternehmerfrühstück Nordstadt (69), Global Engineers Online (5) – von 4 Netzwerken.Die Reihenfolge bleibt gleich.');

    // Themen is „noch offen“ for the chamber, so it stays at 78; Größe (a miss for it) then drops it to 66.
    for (const label of ['Themen', 'Größe']) {
      await tabTo(page, page.getByLabel(label, { exact: true }), 40);
      await page.keyboard.press('End');
    }
    await expect(effect).toContainText('Größe hat jetzt Gewicht 5. Jetzt vorn: Unternehmerfrühstück Nordstadt (69), IHK-Forum Mittelstand (66), Global Engineers Online (4) – von 4 Netzwerken.');
    await expect(effect).toContainText('Verschoben: „Unternehmerfrühstück Nordstadt“ von Platz 2 auf 1, „IHK-Forum Mittelstand“ von Platz 1 auf 2.');
    await expect(page.locator('.candidate-list h3')).toHaveText(LIST_ORDER);
  });
});
