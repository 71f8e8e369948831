import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { FIXTURE_TODAY, PLANNER_STATE_NAMES } from '../fixtures/planner-states';
import { generateLargePlanner } from '../fixtures/planner-large';
import { FOLLOW_UPS_PER_DAY } from '../../src/lib/plan/plan-calendar';
import { nextFollowUp } from '../../src/lib/planner/follow-up';
import { pdfContains, pdfText } from './support/pdf-text';
import { atFixtureDay, openCalendar, planReady, plannerState, plantOtherTools, plantPlanner } from './support/planner';
import { expectNoAxeViolations, watchForeignRequests } from './support/site';
import { envelope, plantStorage } from './support/storage';
import { metaDefinition } from '../../src/lib/storage/meta-schema';

test.describe('the plan', () => {
  test('shows what was entered in the planner as one document', async ({ page }) => {
    await plannerState(page, 'complete');
    await page.goto('/plan/');
    await planReady(page);
    const plan = page.getByRole('article');
    await expect(plan.locator('.plan-meta')).toHaveText('Mein Plan · Alex Beispiel · Stand: 2. März 2026');
    await expect(plan.getByRole('heading', { level: 2 })).toHaveText([
      'Auf einen Blick',
      'Mein Profil',
      'Meine Ziele und Aktionen',
      'Meine nächsten drei Monate',
      'Meine Zielgruppen',
      'Kanäle und Zeitplan',
      'Passende Netzwerke',
      'So stelle ich mich vor – und das biete ich an',
      'Kontaktpflege: A- und B-Kontakte',
      'Geburtstage',
      'Notizen',
    ]);
    const card = (name: RegExp) => plan.locator('.plan-card').filter({ has: page.locator('.plan-card-title', { hasText: name }) });
    await expect(card(/Mit Abteilungsleitungen aus der Medizintechnik/)).toContainText('3 persönliche Gespräche');
    await expect(plan.locator('.plan-ticks li', { hasText: 'LinkedIn-Profil überarbeiten' }).first()).toContainText('20.02.2026 (überfällig)');
    await expect(plan.getByText('Drei ehemalige Kolleginnen')).toHaveCount(0);
    await expect(card(/M\. Bauer/)).toContainText('20.02.2026 (überfällig)');
    await expect(card(/T\. K\./)).toHaveCount(0);
    await expect(plan.getByText('Mein Plan passt in mein Zeitbudget.').first()).toBeVisible();
  });

  test('shows the profile from the questionnaire and the best-fitting networks with their scores', async ({ page }) => {
    await plannerState(page, 'complete');
    await plantOtherTools(page);
    await page.goto('/plan/');
    await planReady(page);
    const plan = page.getByRole('article');
    const profile = plan.getByRole('heading', { name: 'Mein Profil' }).locator('xpath=following-sibling::ul[1]');
    await expect(profile.getByRole('listitem').first()).toContainText('Mein ideales Netzwerk');
    await expect(profile).toContainText('Zeit:');
    const networks = plan.locator('.plan-card', { hasText: 'Unternehmerfrühstück Nordstadt' });
    await expect(networks).toContainText(/Passt zu\s*\d+ %/);
  });

  test('the name on the plan changes as it is typed and stays after a reload', async ({ page }) => {
    await plannerState(page, 'partial');
    await page.goto('/plan/');
    await planReady(page);
    await page.getByRole('textbox', { name: 'Dein Name auf dem Plan (optional)' }).fill('Kim Muster');
    await expect(page.locator('.plan-meta')).toHaveText('Mein Plan · Kim Muster · Stand: 2. März 2026');
    await page.reload();
    await planReady(page);
    await expect(page.locator('.plan-meta')).toContainText('Mein Plan · Kim Muster');
  });

  test('an empty plan says what is missing and links to the planner, but not on paper', async ({ page }) => {
    await plannerState(page, 'empty');
    await page.goto('/plan/');
    await planReady(page);
    await expect(page.getByText('Noch keine Ziele eingetragen.')).toBeVisible();
    const link = page.getByRole('link', { name: 'Ziele im Planer festlegen' });
    await expect(link).toHaveAttribute('href', '/planer/ziele/');
    await expect(page.getByRole('link', { name: 'Kontakte im Planer pflegen' })).toHaveAttribute('href', '/planer/kontakte/');
    await openCalendar(page);
    await expect(page.getByRole('button', { name: '.ics herunterladen' })).toBeDisabled();
    await page.emulateMedia({ media: 'print' });
    // On paper the hints give way to a worksheet with lines to write on.
    await expect(page.getByText('Noch keine Ziele eingetragen.')).toBeHidden();
    await expect(link).toBeHidden();
    await expect(page.locator('.plan-worksheet')).toBeVisible();
    await expect(page.locator('.plan-worksheet .ruled span').first()).toBeVisible();
  });

  test('the print layout hides the site chrome and the toolbar', async ({ page }) => {
    await plannerState(page, 'complete');
    await page.goto('/plan/');
    await planReady(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Drucken' })).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Dein Name auf dem Plan (optional)' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Mein Networking-Plan', level: 1 })).toBeVisible();
    await expect(page.getByRole('article')).toBeVisible();
    const breaks = await page.locator('.plan-section h2').first().evaluate((h) => getComputedStyle(h).breakAfter);
    expect(breaks).toBe('avoid');
    const cards = await page.locator('.plan-card').first().evaluate((r) => getComputedStyle(r).breakInside);
    expect(cards).toBe('avoid');
    const words = await page.locator('.plan').first().evaluate((r) => [getComputedStyle(r).overflowWrap, getComputedStyle(r).wordBreak]);
    expect(words).toEqual(['normal', 'normal']);
  });

  test('the PDF Chromium prints holds the goals, actions and contacts, with page numbers', async ({ page }) => {
    await plannerState(page, 'complete');
    // A second visit: the reminder first saw these entries two days ago, so it shows on screen.
    await plantStorage(page, { 'nk:meta': envelope(metaDefinition.version, 1, { ...metaDefinition.initial(), firstEntry: Date.parse(FIXTURE_TODAY) - 2 * 86_400_000 }) });
    await page.goto('/plan/');
    await planReady(page);
    const pages = pdfText(await page.pdf({ preferCSSPageSize: true }));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const text of [
      'Mein Networking-Plan',
      'Mein Plan · Alex Beispiel',
      'Mit Abteilungsleitungen aus der Medizintechnik in Köln ins Gespräch kommen',
      '3 persönliche Gespräche',
      'LinkedIn-Profil überarbeiten',
      'Als Gast zum Treffen des Fachverbands gehen',
      'M. Bauer',
      'Jana Ohm',
      'Rosa Lindner',
      'Erfahrung mit Zulassungsverfahren',
    ]) {
      expect(pdfContains(pages, text), text).toBe(true);
    }
    expect(pdfContains(pages, `Seite 1 von ${pages.length}`)).toBe(true);
    expect(pdfContains(pages, 'Datenschutz')).toBe(false);
    expect(pdfContains(pages, '.ics herunterladen')).toBe(false);
    // The reminder to back up is for the screen (this state was never backed up, so it shows there).
    await expect(page.getByRole('complementary', { name: 'Erinnerung an eine Sicherung' })).toBeVisible();
    expect(pdfContains(pages, 'Sichere deine Eingaben')).toBe(false);
  });

  test('„Drucken“ opens the browser’s print dialog', async ({ page }) => {
    await plannerState(page, 'complete');
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'ja');
    });
    await page.goto('/plan/');
    await planReady(page);
    await page.getByRole('button', { name: 'Drucken' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'ja');
  });

  test('the calendar file downloads and parses, with reminders, actions and yearly birthdays', async ({ page }) => {
    await plannerState(page, 'complete');
    await page.goto('/plan/');
    await planReady(page);
    await openCalendar(page);
    await page.getByRole('combobox', { name: 'Erinnerung im Kalender' }).selectOption('woche');
    await expect(page.locator('#ics-hinweis')).toContainText('Die Kalenderdatei enthält 9 Termine:');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '.ics herunterladen' }).click()]);
    expect(download.suggestedFilename()).toBe('netzwerk-kompass-plan.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);

    const all = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    // The done action comes out cancelled under its UID, so a calendar that has it removes it.
    const cancelled = all.filter((c) => c.getFirstPropertyValue('status') === 'CANCELLED').map((c) => c.getFirstPropertyValue('uid'));
    expect(cancelled).toEqual(['aktion-a3@netzwerk-kompass']);
    const events = all.filter((c) => c.getFirstPropertyValue('status') !== 'CANCELLED').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.summary)).toEqual([
      'Bei M. Bauer melden',
      'Bei Jana Ohm melden',
      'Bei T. K. melden',
      'Bei Rosa Lindner melden',
      'LinkedIn-Profil überarbeiten',
      'Als Gast zum Treffen des Fachverbands gehen',
      'Geburtstag: M. Bauer',
      'Geburtstag: T. K.',
      'Geburtstag: Rosa Lindner',
    ]);
    expect(events[0]!.startDate.toString()).toBe('2026-03-02');
    // The worker words the file with the page's dictionary, which the island sends along.
    expect(events[0]!.description.split('\n')).toEqual(expect.arrayContaining(['Organisation: MedTec Köln', 'Priorität: A – eng', 'Letzter Kontakt: 20.11.2025']));
    await expect(page.getByRole('status').filter({ hasText: 'Kalenderdatei' })).toHaveText('Kalenderdatei mit 9 Terminen wird heruntergeladen.');
    const leap = events.find((e) => e.summary === 'Geburtstag: T. K.')!;
    const it = leap.iterator();
    expect([1, 2, 3].map(() => it.next()!.toString())).toEqual(['2026-02-28', '2027-02-28', '2028-02-29']);
    const alarm = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-P6DT15H');
  });

  test('the calendar file spreads a backlog of overdue contacts, cancels finished actions and can leave C contacts out', async ({ page }) => {
    const state = generateLargePlanner({ contacts: 300, interactionsPerContact: 3, actions: 40 });
    const overdue = new Set(state.contacts.filter((c) => nextFollowUp(c)! < FIXTURE_TODAY).map((c) => `nachfassen-${c.id}@netzwerk-kompass`));
    const priorityOf = new Map(state.contacts.map((c) => [`nachfassen-${c.id}@netzwerk-kompass`, c.priority]));
    const done = state.actions.filter((a) => a.done).map((a) => `aktion-${a.id}@netzwerk-kompass`);
    expect(overdue.size).toBeGreaterThan(50);
    expect(done.length).toBeGreaterThan(0);
    await atFixtureDay(page);
    await plantPlanner(page, state);
    await page.goto('/plan/');
    await planReady(page);
    await openCalendar(page);
    await expect(page.locator('#ics-hinweis')).toContainText(`höchstens ${FOLLOW_UPS_PER_DAY} am Tag, A vor B vor C`);
    const file = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '.ics herunterladen' }).click()]);
      return new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8'))).getAllSubcomponents('vevent').map((c) => ({
        uid: String(c.getFirstPropertyValue('uid')),
        status: String(c.getFirstPropertyValue('status')),
        day: new ICAL.Event(c).startDate.toString(),
      }));
    };

    const events = await file();
    const spread = events.filter((e) => overdue.has(e.uid));
    expect(spread).toHaveLength(overdue.size);
    const perDay = new Map<string, number>();
    for (const e of events) if (e.uid.startsWith('nachfassen-') && e.status === 'CONFIRMED') perDay.set(e.day, (perDay.get(e.day) ?? 0) + 1);
    for (const e of spread) {
      expect(e.day >= FIXTURE_TODAY).toBe(true);
      expect(perDay.get(e.day)).toBeLessThanOrEqual(FOLLOW_UPS_PER_DAY);
    }
    expect(perDay.get(FIXTURE_TODAY)).toBe(FOLLOW_UPS_PER_DAY);
    const lastA = spread.filter((e) => priorityOf.get(e.uid) === 'A').map((e) => e.day).sort().at(-1)!;
    const firstC = spread.filter((e) => priorityOf.get(e.uid) === 'C').map((e) => e.day).sort()[0]!;
    expect(lastA <= firstC).toBe(true);
    for (const uid of done) expect(events.find((e) => e.uid === uid)?.status).toBe('CANCELLED');

    const before = await page.locator('#ics-hinweis').textContent();
    await page.getByRole('checkbox', { name: 'Nur A- und B-Kontakte in die Kalenderdatei' }).check();
    await expect(page.locator('#ics-hinweis')).not.toHaveText(before!);
    const onlyAB = await file();
    for (const e of onlyAB.filter((e) => e.uid.startsWith('nachfassen-'))) {
      if (priorityOf.get(e.uid) === 'C') expect(e.status).toBe('CANCELLED');
    }
    expect(onlyAB.some((e) => e.uid.startsWith('nachfassen-') && e.status === 'CONFIRMED')).toBe(true);
  });

  test('no request leaves the origin, not even for the download', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    await plannerState(page, 'complete');
    await page.goto('/plan/', { waitUntil: 'networkidle' });
    await planReady(page);
    await openCalendar(page);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '.ics herunterladen' }).click()]);
    expect(foreign).toEqual([]);
  });

  for (const name of PLANNER_STATE_NAMES) {
    test(`axe finds no violation in the „${name}“ state`, async ({ page }) => {
      await plannerState(page, name);
      await page.goto('/plan/');
      await planReady(page);
      await expectNoAxeViolations(page);
    });
  }
});
