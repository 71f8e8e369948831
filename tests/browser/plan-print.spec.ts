/**
 * The plan printed to A4 PDF in Chromium for named states (tests/fixtures/plan-states.ts), read
 * back with poppler-utils: no word broken without a hyphen, no page mostly blank but the last, the
 * complete plan's page count, tick boxes drawn, and no web hint on paper.
 */
import { expect, test, type Page } from '@playwright/test';
import { PLAN_STATE_NAMES, planStates, type PlanStateName } from '../fixtures/plan-states';
import type { PlannerData } from '../../src/lib/planner/planner-schema';
import { byPriorityThenName } from '../../src/lib/plan/plan-model';
import { blankShares, firstPagePng, hasWord, layoutText, savePdf } from './support/pdf-pages';
import { atFixtureDay, planReady, plantPlanner } from './support/planner';
import { plannerV3Detailed } from '../fixtures/planner-states';
import { expectNoAxeViolations } from './support/site';

/** The complete plan's pages: the first page with the Netzwerkkarte, goals and actions with the next three months, then target groups, channels, offer and contacts, birthdays and notes. */
const COMPLETE_PAGES = 4;

async function printPlan(page: Page, name: PlanStateName, query = ''): Promise<{ path: string; pages: string[]; preview: string }> {
  await atFixtureDay(page);
  if (name !== 'empty') await plantPlanner(page, planStates[name]);
  await page.goto(`/plan/${query}`);
  await planReady(page);
  const preview = (await page.locator('.plan-pages').textContent()) ?? '';
  const path = savePdf(
    await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    }),
  );
  return { path, pages: layoutText(path), preview };
}

/** Every word of six or more letters in what the plan prints of a state (C contacts only with `all`). */
function printedWords(state: PlannerData, all: boolean): string[] {
  const contacts = all ? state.contacts : state.contacts.filter((c) => c.priority !== 'C');
  const texts = [
    ...state.goals.flatMap((g) => [g.text, g.measure]),
    ...state.groups.flatMap((g) => [g.name, g.people]),
    ...state.channels.map((c) => c.name),
    ...state.actions.filter((a) => !a.done).map((a) => a.title),
    state.intro,
    state.offer ?? '',
    ...byPriorityThenName(contacts).flatMap((c) => [c.name, c.organisation, c.offerThem]),
  ];
  return [...new Set(texts.join(' ').match(/\p{L}{6,}/gu) ?? [])];
}

test.describe('the printed plan', () => {
  for (const name of PLAN_STATE_NAMES) {
    test(`„${name}“: every word whole, no page mostly blank but the last, tick boxes, no web hints`, async ({ page }) => {
      test.setTimeout(120_000);
      const all = name === 'complete' || name === 'partial';
      const { path, pages, preview } = await printPlan(page, name, all ? '?kontakte=abc' : '');
      const state = planStates[name];
      const missing = printedWords(state, all).filter((w) => !hasWord(pages, w));
      expect(missing).toEqual([]);
      const blank = blankShares(path);
      expect(blank).toHaveLength(pages.length);
      blank.slice(0, -1).forEach((share, i) => expect(share, `page ${i + 1} of ${pages.length}`).toBeLessThanOrEqual(0.6));
      const text = pages.join('\n');
      const ticks = text.match(/☐/g)?.length ?? 0;
      expect(ticks).toBeGreaterThanOrEqual(name === 'empty' ? 5 : Math.min(5, state.actions.filter((a) => !a.done).length));
      for (const hint of ['fehlt noch', 'Noch keine', 'Selbsttest machen', 'im Planer']) expect(text, hint).not.toContain(hint);
      expect(pages[0]).toContain('Auf einen Blick');
      // The preview's estimate is honest to within a page.
      const estimate = Number(/(\d+) Seite/.exec(preview)![1]);
      expect(Math.abs(estimate - pages.length), preview).toBeLessThanOrEqual(1);
      console.log(`${name}: ${pages.length} pages, preview „${preview}“, blank ${blank.map((b) => b.toFixed(2)).join(' ')}`);
    });
  }

  test('the complete plan prints on its pages, as the preview says, and page 1 is the overview', async ({ page }) => {
    const { path, pages, preview } = await printPlan(page, 'complete');
    expect(pages).toHaveLength(COMPLETE_PAGES);
    expect(preview).toContain(`${COMPLETE_PAGES} Seiten`);
    // Page 1 holds the goals, the next five steps with boxes and the time bar's words, and nothing after.
    expect(pages[0]).toContain('Meine nächsten fünf Schritte');
    expect(pages[0]!.match(/☐/g)).toHaveLength(5);
    expect(pages[0]).toMatch(/von 10 Std\.? verplant|verplant/);
    expect(pages[0]).not.toContain('Meine Zielgruppen');
    // For a person to look at: page 1 as an image among the test's outputs (test-results/).
    firstPagePng(path, test.info().outputPath('plan-page1.png'));
  });

  test('300 contacts: A and B as compact cards by priority and name, C only as a count, in 10 pages at most', async ({ page }) => {
    const { pages } = await printPlan(page, 'contacts300');
    const text = pages.join('\n');
    const state = planStates.contacts300;
    const c = state.contacts.filter((k) => k.priority === 'C');
    expect(text).toContain(`Dazu kommen ${c.length} C-Kontakte`);
    // Cards run left to right, so the A/B names appear in the pdf's reading order as the plan sorts them.
    const ab = byPriorityThenName(state.contacts.filter((k) => k.priority !== 'C'));
    const at = ab.map((k) => text.indexOf(`${k.name} ${k.priority} ·`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at.every((i, n) => n === 0 || i >= at[n - 1]!), 'A/B cards in the order of priority and name').toBe(true);
    // Three months of 300 contacts (100 overdue, 80 more due) cost about a page and a half on their
    // own; without the timeline the plan stays within the 10 pages it had before.
    expect(pages.length).toBeLessThanOrEqual(11);
    const without = await printPlan(page, 'contacts300', '?teile=profil,ziele,zielgruppen,kanaele,netzwerke,vorstellung,kontakte,geburtstage,notizen');
    expect(without.pages.length).toBeLessThanOrEqual(10);
  });

  test('each goal is followed by its linked actions with their contacts, other actions under „Weitere Schritte“', async ({ page }) => {
    await atFixtureDay(page);
    await plantPlanner(page, { ...plannerV3Detailed, actions: plannerV3Detailed.actions.map((a) => (a.id === 'a2' ? { ...a, goalId: '' } : a)) });
    await page.goto('/plan/');
    await planReady(page);
    const goals = page.locator('#teil-ziele').locator('..');
    await expect(goals.locator('.plan-card').first()).toContainText('LinkedIn-Profil überarbeiten');
    await expect(goals.locator('.plan-card').first()).toContainText('mit M. Bauer und Jana Ohm');
    const text = layoutText(savePdf(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))).join('\n');
    const goal = text.indexOf('Mit Abteilungsleitungen aus der');
    const action = text.indexOf('LinkedIn-Profil überarbeiten', text.indexOf('Meine Ziele und Aktionen'));
    const more = text.indexOf('Weitere Schritte');
    expect(goal).toBeGreaterThan(0);
    expect(action).toBeGreaterThan(goal);
    expect(more).toBeGreaterThan(action);
    expect(text.slice(more)).toContain('Als Gast zum Treffen des Fachverbands');
    expect(text).toMatch(/mit M\. Bauer und Jana\s+Ohm/);
  });

  test('parts switched off leave the paper and the address, the preview follows, and a reload keeps the choice', async ({ page }) => {
    await atFixtureDay(page);
    await plantPlanner(page, planStates.complete);
    await page.goto('/plan/');
    await planReady(page);
    const preview = page.locator('.plan-pages');
    const before = await preview.textContent();
    for (const part of ['Meine Kontakte', 'Geburtstage', 'Notizen (Linien zum Schreiben)', 'Meine Zielgruppen']) await page.getByRole('checkbox', { name: part }).uncheck();
    await expect(preview).not.toHaveText(before!);
    await expect(page).toHaveURL(/\?teile=profil,ziele,zeitleiste,kanaele,netzwerke,vorstellung$/);
    await page.reload();
    await planReady(page);
    await expect(page.getByRole('checkbox', { name: 'Meine Kontakte' })).not.toBeChecked();
    const pages = layoutText(
      savePdf(
        await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
        }),
      ),
    );
    const text = pages.join('\n');
    expect(text).not.toContain('Kontaktpflege: A- und B-Kontakte');
    expect(text).not.toContain('Geburtstage');
    expect(text).toContain('Meine Ziele und Aktionen');
    expect(preview).toContainText(`${pages.length} Seite`);
    await page.getByRole('radio', { name: 'Alle Kontakte' }).check();
    await expect(page).toHaveURL(/kontakte=abc/);
  });

  test('at 320 px the plan is cards without sideways scrolling, and the name field is a proper text field', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await atFixtureDay(page);
    await plantPlanner(page, planStates.complete);
    await page.goto('/plan/?kontakte=abc');
    await planReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(page.locator('.plan table')).toHaveCount(0);
    const field = page.getByRole('textbox', {
      name: 'Dein Name auf dem Plan (optional)',
    });
    const box = await field.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(40);
    expect(box!.width).toBeGreaterThan(200);
    await expectNoAxeViolations(page);
  });
});

/** The map's summary sentence as pdftotext gives it (lines may break anywhere between words). */
const MAP_SUMMARY = /\d+\s+Kontakte:\s+\d+\s+mit\s+Priorität\s+A,\s+\d+\s+mit\s+B,\s+\d+\s+mit\s+C\./;

test.describe('the Netzwerkkarte and the timeline on paper', () => {
  for (const name of ['complete', 'contacts300'] as const) {
    test(`„${name}“: page 1 holds the Netzwerkkarte with its summary sentence and legend`, async ({ page }) => {
      const { path, pages } = await printPlan(page, name);
      expect(pages[0]).toContain('Mein Netzwerk');
      expect(pages[0]).toMatch(MAP_SUMMARY);
      expect(pages[0]).toMatch(/Kontaktpflege\s+überfällig/);
      expect(pages[0]).toContain('Ich');
      // The rest of the plan starts on page 2: the map did not push the first page over.
      expect(pages[1]).not.toMatch(MAP_SUMMARY);
      if (name === 'complete') firstPagePng(path, test.info().outputPath('plan-page1-complete.png'));
    });
  }

  test('the next three months print with their entries: overdue first, then week by week with boxes, the channels’ rhythm', async ({ page }) => {
    const { pages } = await printPlan(page, 'complete');
    const text = pages.join('\n').replace(/\s+/g, ' ');
    const at = text.indexOf('Meine nächsten drei Monate');
    expect(at).toBeGreaterThan(0);
    const part = text.slice(at, text.indexOf('Meine Zielgruppen', at));
    expect(part).toContain('Schon überfällig');
    expect(part).toMatch(/☐ M\. Bauer \(A\)/);
    expect(part).toMatch(/☐ 10\.3\. bei Jana Ohm melden \(B\)/);
    expect(part).toMatch(/☐ 14\.3\. Geburtstag von/);
    expect(part).toContain('Regelmäßig, ohne festen Tag');
    expect(part).not.toContain('T. K.');
  });

  test('the print button waits for the parts that load after the page, and prints them', async ({ page }) => {
    await atFixtureDay(page);
    await plantPlanner(page, planStates.complete);
    // Hold the lazily loaded part back until the button has been pressed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/PlanRest\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/plan/');
    await page.locator('.plan-meta').waitFor();
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: string }).printed = document.querySelector('.plan')!.textContent ?? '';
      };
    });
    await page.getByRole('button', { name: 'Drucken' }).click();
    await expect(page.getByText('Der Ausdruck wird vorbereitet …')).toBeVisible();
    expect(await page.evaluate(() => 'printed' in window)).toBe(false);
    release();
    await page.waitForFunction(() => 'printed' in window);
    const printed = await page.evaluate(() => (window as unknown as { printed: string }).printed);
    for (const part of ['Mein Netzwerk', 'Meine nächsten drei Monate', 'Kontaktpflege: A- und B-Kontakte', 'Notizen']) expect(printed).toContain(part);
    await expect(page.getByText('Der Ausdruck wird vorbereitet …')).toHaveCount(0);
  });

  test('the browser’s own print command after the page has settled prints every part; before that, the paper says it is incomplete', async ({ page }) => {
    await atFixtureDay(page);
    await plantPlanner(page, planStates.complete);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/PlanRest\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/plan/');
    await page.locator('.plan-meta').waitFor();
    const early = layoutText(savePdf(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))).join('\n');
    expect(early).toMatch(/bevor\s+der\s+ganze\s+Plan\s+geladen\s+war/);
    release();
    // Nothing pressed: the rest loads on its own once the browser is idle (Ctrl+P is page.pdf here).
    await planReady(page);
    const late = layoutText(savePdf(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))).join('\n');
    expect(late).not.toMatch(/bevor\s+der\s+ganze\s+Plan/);
    expect(late).toMatch(MAP_SUMMARY);
    expect(late).toContain('Meine nächsten drei Monate');
    expect(late).toContain('Notizen');
  });
});
