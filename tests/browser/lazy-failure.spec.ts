/**
 * Lazy parts that cannot be loaded (issues #10/#9): offline without the service worker, or a new
 * deployment removed the old chunk. Each test blocks a part's chunk, sees the clear German message
 * instead of a silent gap or „wird geladen“ for ever, unblocks it and presses „Erneut versuchen“,
 * which loads the part – under a fresh address, since Chromium answers a failed module fetch from its
 * module map (src/islands/shared/fresh-import.ts). Before, every one of these parts used `useLazy`,
 * which swallowed the failure: each test fails on that code at its first message.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { atFixtureDay, planReady, plannerReady, plannerState, plantOtherTools, plantPlanner } from './support/planner';
import { planStates } from '../fixtures/plan-states';
import { expectNoAxeViolations } from './support/site';
import { hydrated } from './support/tools';

/** A chunk's script, also under the fresh address a retry uses (?retry=n). */
const chunk = (name: string) => new RegExp(`/_astro/${name}\\.[^/?]*\\.js(\\?.*)?$`);

/** Blocks a chunk as a dropped connection would; `unblock` lets it through again. */
async function block(page: Page, name: string): Promise<{ unblock: () => Promise<void>; tries: () => number }> {
  const script = chunk(name);
  let tries = 0;
  const handler = (route: Route) => {
    tries++;
    return route.abort('internetdisconnected');
  };
  await page.route(script, handler);
  return { unblock: () => page.unroute(script, handler), tries: () => tries };
}

/** Holds a chunk back until `fail` (then it fails) or `unblock`. */
async function hold(page: Page, name: string): Promise<{ fail: () => void }> {
  let fail!: () => void;
  const held = new Promise<void>((resolve) => (fail = resolve));
  await page.route(chunk(name), async (route) => {
    await held;
    await route.abort('internetdisconnected');
  });
  return { fail };
}

/** Replaces window.print: each call records the plan's text as it would go to paper. */
async function recordPrints(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { prints: string[] };
    w.prints = [];
    window.print = () => void w.prints.push(document.querySelector('.plan')?.textContent ?? '');
  });
  return () => page.evaluate(() => (window as unknown as { prints: string[] }).prints);
}

test.describe('/plan/ without the parts after the first page', () => {
  // Reproduces: PlanRest could not be loaded, „Drucken“ said „Der Ausdruck wird vorbereitet …“ for ever.
  // The test's own short timeout is the proof that nothing hangs.
  test('„Drucken“ says the plan is incomplete instead of waiting, prints page 1 on request, and „Erneut versuchen“ loads the rest', async ({ page }) => {
    test.setTimeout(20_000);
    await atFixtureDay(page);
    await plantPlanner(page, planStates.complete);
    const rest = await block(page, 'PlanRest');
    await page.goto('/plan/');
    await page.locator('.plan-meta').waitFor();
    const prints = await recordPrints(page);

    const alert = page.getByRole('alert');
    // The idle load fails on its own: the page says so, and where the parts would be.
    await expect(alert).toContainText('Der Plan ist unvollständig');
    await expect(page.getByText('Die weiteren Teile deines Plans fehlen')).toBeVisible();
    await page.getByRole('button', { name: 'Drucken', exact: true }).click();
    await expect(alert).toBeFocused();
    await expect(page.getByText('Der Ausdruck wird vorbereitet …')).toHaveCount(0);
    expect(await prints()).toEqual([]);
    await expectNoAxeViolations(page);

    // The reader may print page 1 all the same; the paper says it holds only that page.
    await page.getByRole('button', { name: 'Nur die erste Seite drucken' }).click();
    const [partial] = await prints();
    expect(partial).toContain('Auf einen Blick');
    expect(partial).toContain('Dieser Ausdruck enthält nur die erste Seite');
    expect(partial).not.toContain('Meine nächsten drei Monate');

    // Back online: „Erneut versuchen“ loads the rest, and „Drucken“ prints it whole.
    await rest.unblock();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await planReady(page);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('Die weiteren Teile deines Plans fehlen')).toHaveCount(0);
    await page.getByRole('button', { name: 'Drucken', exact: true }).click();
    await expect.poll(async () => (await prints()).length).toBe(2);
    const whole = (await prints())[1]!;
    for (const part of ['Mein Netzwerk', 'Meine nächsten drei Monate', 'Kontaktpflege: A- und B-Kontakte', 'Notizen']) expect(whole).toContain(part);
    expect(whole).not.toContain('Dieser Ausdruck enthält nur die erste Seite');
  });

  // Reproduces: the calendar's controls could not be loaded, „Wird geladen …“ stayed for ever.
  test('the calendar file’s controls say when they cannot be loaded, and load on „Erneut versuchen“', async ({ page }) => {
    await atFixtureDay(page);
    await plantPlanner(page, planStates.complete);
    const calendar = await block(page, 'CalendarExport');
    await page.goto('/plan/');
    await planReady(page);
    await page.getByText('Kalenderdatei für deinen Kalender').click();
    await expect(page.getByRole('alert')).toContainText('Die Kalenderdatei ließ sich nicht vorbereiten');
    await calendar.unblock();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.locator('#ics-hinweis').waitFor();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('/netzwerk-check/ without its cards', () => {
  // Reproduces: CheckParts could not be loaded, the list said „Deine Netzwerke (4)“ and showed nothing, without a word.
  test('says „wird geladen“, then that the cards cannot be loaded, and „Erneut versuchen“ brings them', async ({ page }) => {
    await plantOtherTools(page);
    const held = await hold(page, 'CheckParts');
    await page.goto('/netzwerk-check/');
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Deine Netzwerke (4)' })).toBeVisible();
    await expect(page.getByText('Deine Netzwerke werden geladen …')).toBeVisible();
    held.fail();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Die Karten deiner Netzwerke, die Gewichte und der Vergleich ließen sich nicht laden');
    await expect(alert).toContainText('Deine gespeicherten Netzwerke sind unverändert.');
    await expect(page.locator('.candidate')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.unrouteAll();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(page.locator('.candidate')).toHaveCount(4);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('Deine Netzwerke werden geladen …')).toHaveCount(0);
  });
});

test.describe('/planer/kontakte/ without its lazy parts', () => {
  async function openContacts(page: Page) {
    await plannerState(page, 'complete');
    await page.goto('/planer/kontakte/');
    await plannerReady(page);
  }

  // Reproduces: the Netzwerkkarte could not be loaded and was simply missing.
  test('the Netzwerkkarte says it cannot be loaded, and „Erneut versuchen“ draws it (even while still offline once)', async ({ page }) => {
    const map = await block(page, 'NetworkMap');
    await openContacts(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Die Netzwerkkarte ließ sich nicht laden');
    await expect(page.locator('.contact-rows li')).not.toHaveCount(0);
    await expectNoAxeViolations(page);

    // Still offline: the retry fails as well and says so again.
    const before = map.tries();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect.poll(() => map.tries()).toBeGreaterThan(before);
    await expect(page.getByRole('alert')).toContainText('Die Netzwerkkarte ließ sich nicht laden');

    await map.unblock();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.locator('.network-map-picture svg').waitFor();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  // Reproduces: the filters' panel said „Die Filter werden geladen …“ for ever.
  test('the filters say they cannot be loaded, and „Erneut versuchen“ brings them', async ({ page }) => {
    const filters = await block(page, 'ContactFilters');
    await openContacts(page);
    await page.getByText('Filtern und sortieren').click();
    await expect(page.getByRole('alert')).toContainText('Die Filter ließen sich nicht laden');
    await expect(page.getByText('Die Filter werden geladen …')).toHaveCount(0);
    await filters.unblock();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(page.getByRole('checkbox', { name: 'Priorität A' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  // Reproduces: „Kontakt hinzufügen“ did nothing at all when the forms could not be loaded.
  test('„Kontakt hinzufügen“ says the form cannot be loaded, and „Erneut versuchen“ opens it', async ({ page }) => {
    const forms = await block(page, 'contact-forms');
    await openContacts(page);
    await page.getByRole('button', { name: 'Kontakt hinzufügen' }).click();
    await expect(page.getByRole('alert')).toContainText('Das Formular ließ sich nicht laden');
    await forms.unblock();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(page.locator('#neu-name')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  // Reproduces: „Heute kontaktiert“ and „Nachricht entwerfen“ did nothing at all when their parts could not be loaded.
  test('„Heute kontaktiert“ and „Nachricht entwerfen“ say when their parts cannot be loaded, and „Erneut versuchen“ opens them', async ({ page }) => {
    const contacted = await block(page, 'ContactedForm');
    const draft = await block(page, 'DraftMessage');
    await openContacts(page);
    const contactedButton = page.getByRole('button', { name: /^Heute kontaktiert: / }).first();
    await expect(contactedButton).toBeVisible();
    await contactedButton.click();
    await expect(page.getByRole('alert')).toContainText('Das Formular ließ sich nicht laden');
    await contacted.unblock();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(page.getByRole('form', { name: /^Kontakt mit .* für heute eintragen$/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.getByRole('button', { name: /^Nachricht an .* entwerfen$/ }).first().click();
    await expect(page.getByRole('alert')).toContainText('Der Entwurf ließ sich nicht laden');
    await draft.unblock();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(page.getByRole('region', { name: /^Nachricht an / })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
