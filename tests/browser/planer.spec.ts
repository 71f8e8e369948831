import { expect, test, type Page } from '@playwright/test';
import { generateLargePlanner } from '../fixtures/planner-large';
import { PLANNER_STATE_NAMES } from '../fixtures/planner-states';
import { atFixtureDay, openSection, PLANNER_PAGES, plannerReady, plannerState, plantOtherTools, plantPlanner } from './support/planner';
import { expectNoAxeViolations, watchForeignRequests } from './support/site';

/** Moves focus to a control the way Tab would get there, then leaves the rest to the keyboard. */
async function focus(locator: ReturnType<Page['getByRole']>) {
  // The planner moves focus itself one animation frame after an action (focusSoon); let that settle first.
  await locator.page().evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await locator.focus();
  await expect(locator).toBeFocused();
}

/**
 * Types a day into the focused date field, segment by segment as a keyboard user would. The order of
 * the segments follows the browser's own language (not the page's), so a wrong guess is retried.
 */
async function typeDate(page: Page, iso: string) {
  const field = page.locator(':focus');
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  if ((await field.inputValue()) === iso) return;
  await field.fill('');
  await field.focus();
  await page.keyboard.type(`${d}${m}${y}`);
  await expect(field).toHaveValue(iso);
}

/** Follows „Weiter zu …“ by keyboard to the next section's page. */
async function next(page: Page, heading: string) {
  await focus(page.getByRole('link', { name: `Weiter zu ${heading}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await plannerReady(page);
}

/** Types into the focused field, replacing what is there. */
async function typeOver(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test.describe('the planer', () => {
  test('every section can be filled by keyboard, and all of it is there after a reload', async ({ page }) => {
    await atFixtureDay(page);
    await page.goto('/planer/');
    await plannerReady(page);
    await focus(page.getByRole('navigation', { name: 'Dein Fahrplan' }).getByRole('link', { name: 'Warum – Ziele' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Warum – Ziele' })).toBeVisible();
    await plannerReady(page);

    // Warum – Ziele
    await focus(page.getByRole('button', { name: 'Ziel hinzufügen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Was willst du erreichen?' })).toBeFocused();
    await page.keyboard.type('Mit Einkaufsleitungen im Maschinenbau in Stuttgart ins Gespräch kommen');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // Kundschaft und Aufträge
    await page.keyboard.press('Tab');
    await page.keyboard.type('4 Erstgespräche');
    await page.keyboard.press('Tab');
    await typeDate(page, '2026-09-30');
    await expect(page.getByText('Konkret, messbar und mit Datum')).toBeVisible();
    await focus(page.getByRole('checkbox', { name: 'Abschnitt „Warum – Ziele“ ist erledigt' }));
    await page.keyboard.press('Space');

    // Wer – Zielgruppen
    await next(page, 'Wer – Zielgruppen');
    await focus(page.getByRole('button', { name: 'Zielgruppe hinzufügen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Art der Zielgruppe' })).toBeFocused();
    await page.keyboard.press('ArrowDown'); // Institutionen
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Welche genau?' })).toBeFocused();
    await page.keyboard.type('Maschinenbau-Verband Baden-Württemberg');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // Geschäftsführung und Vorstand
    await page.keyboard.press('Tab');
    await page.keyboard.type('Frau K., Einkauf');

    // Wo und wie – Kanäle
    await next(page, 'Wo und wie – Kanäle');
    await focus(page.getByRole('checkbox', { name: 'LinkedIn', exact: true }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: 'LinkedIn' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Wie oft?' })).toBeFocused();
    await typeOver(page, '3');
    await focus(page.getByRole('checkbox', { name: 'Messen und Konferenzen' }));
    await page.keyboard.press('Space');
    await focus(page.getByRole('button', { name: 'Netzwerk hinzufügen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Name des Netzwerks' })).toBeFocused();
    await page.keyboard.type('Stammtisch Einkauf Stuttgart');

    // Wann – Zeitbudget
    await next(page, 'Wann – Zeitbudget');
    await focus(page.getByRole('textbox', { name: 'Stunden pro Monat für dein Netzwerk' }));
    await page.keyboard.type('7,5');
    await expect(page.getByRole('row', { name: /Dein Budget/ })).toContainText('7,5 Stunden');

    // Geben
    await next(page, 'Geben – dein Angebot');
    await focus(page.getByRole('textbox', { name: 'Was du anbieten kannst' }));
    await page.keyboard.type('Kontakte zu Zulieferern');
    await focus(page.getByRole('textbox', { name: 'So stellst du dich vor' }));
    await page.keyboard.type('Ich berate Zulieferer im Einkauf. Ich suche Einkaufsleitungen, die neue Lieferanten prüfen.');

    // Aktionen
    await next(page, 'Aktionen');
    await focus(page.getByRole('textbox', { name: 'Was ist zu tun?' }));
    await page.keyboard.type('Profil auf LinkedIn schärfen');
    await page.keyboard.press('Tab');
    await typeDate(page, '2026-03-15');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('checkbox', { name: /Profil auf LinkedIn schärfen/ })).toBeVisible();
    // Focus returns to the title field for the next action (after a tick, so wait for it).
    await expect(page.getByRole('textbox', { name: 'Was ist zu tun?' })).toBeFocused();

    // Kontaktpflege
    await next(page, 'Kontaktpflege');
    await focus(page.getByRole('button', { name: 'Kontakt hinzufügen' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Name oder Initialen' })).toBeFocused();
    await page.keyboard.type('R. Weber');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Weber Antriebe');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'R. Weber', level: 3 })).toBeFocused();
    await focus(page.getByText('Angaben zu R. Weber'));
    await page.keyboard.press('Enter');
    await focus(page.getByRole('textbox', { name: 'Worüber habt ihr gesprochen? (optional)' }));
    await page.keyboard.type('Lieferengpässe bei Getrieben');
    await focus(page.getByRole('textbox', { name: 'Geburtstag (optional)' }));
    await page.keyboard.type('29.2.');

    await expect(page.getByRole('link', { name: 'Weiter zu deinem Plan' })).toHaveAttribute('href', '/plan/');

    // After a reload of each page, everything is still there.
    await page.reload();
    await plannerReady(page);
    await page.goto('/planer/');
    await plannerReady(page);
    const tasks = page.getByRole('navigation', { name: 'Dein Fahrplan' }).getByRole('listitem');
    await expect(tasks.filter({ hasText: 'Warum – Ziele' })).toContainText('Erledigt');
    await expect(tasks.filter({ hasText: 'Kontaktpflege' })).toContainText('In Arbeit');
    await expect(tasks.filter({ hasText: 'Selbsttest' })).toContainText('Nicht begonnen');
    await openSection(page, 'ziele');
    await expect(page.getByRole('textbox', { name: 'Was willst du erreichen?' })).toHaveValue('Mit Einkaufsleitungen im Maschinenbau in Stuttgart ins Gespräch kommen');
    await expect(page.getByRole('combobox', { name: 'Art des Ziels' })).toHaveValue('kunden');
    await expect(page.getByRole('textbox', { name: 'Woran misst du es?' })).toHaveValue('4 Erstgespräche');
    await expect(page.getByLabel('Bis wann?').first()).toHaveValue('2026-09-30');
    await expect(page.getByRole('checkbox', { name: 'Abschnitt „Warum – Ziele“ ist erledigt' })).toBeChecked();
    await openSection(page, 'zielgruppen');
    await expect(page.getByRole('combobox', { name: 'Art der Zielgruppe' })).toHaveValue('institution');
    await expect(page.getByRole('textbox', { name: 'Welche genau?' })).toHaveValue('Maschinenbau-Verband Baden-Württemberg');
    await expect(page.getByRole('combobox', { name: 'Gesuchte Hierarchieebene' })).toHaveValue('geschaeftsfuehrung');
    await expect(page.getByRole('textbox', { name: 'Bestimmte Personen (optional)' })).toHaveValue('Frau K., Einkauf');
    await openSection(page, 'kanaele');
    await expect(page.getByRole('checkbox', { name: 'LinkedIn', exact: true })).toBeChecked();
    await expect(page.getByRole('group', { name: 'LinkedIn' }).getByRole('textbox', { name: 'Wie oft?' })).toHaveValue('3');
    await expect(page.getByRole('checkbox', { name: 'Messen und Konferenzen' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Name des Netzwerks' })).toHaveValue('Stammtisch Einkauf Stuttgart');
    await openSection(page, 'zeit');
    await expect(page.getByRole('textbox', { name: 'Stunden pro Monat für dein Netzwerk' })).toHaveValue('7,5');
    await openSection(page, 'geben');
    await expect(page.getByRole('textbox', { name: 'Was du anbieten kannst' })).toHaveValue('Kontakte zu Zulieferern');
    await expect(page.getByRole('textbox', { name: 'So stellst du dich vor' })).toHaveValue(/^Ich berate Zulieferer/);
    await openSection(page, 'aktionen');
    await expect(page.getByRole('checkbox', { name: /Profil auf LinkedIn schärfen – bis 15. März 2026/ })).not.toBeChecked();
    await openSection(page, 'kontakte');
    await page.getByRole('button', { name: 'R. Weber', exact: true }).click();
    await page.getByText('Angaben zu R. Weber').click();
    await expect(page.getByRole('textbox', { name: 'Organisation (optional)' })).toHaveValue('Weber Antriebe');
    await expect(page.getByRole('textbox', { name: 'Worüber habt ihr gesprochen? (optional)' })).toHaveValue('Lieferengpässe bei Getrieben');
    await expect(page.getByRole('textbox', { name: 'Geburtstag (optional)' })).toHaveValue('29.2.');
  });

  test('the overview lists every section page with its status, the other tools and who is due', async ({ page }) => {
    await plannerState(page, 'complete');
    await plantOtherTools(page);
    await page.goto('/planer/');
    await plannerReady(page);
    const tasks = page.getByRole('navigation', { name: 'Dein Fahrplan' }).getByRole('listitem');
    for (const [slug, heading] of PLANNER_PAGES) {
      await expect(tasks.filter({ hasText: heading }).getByRole('link')).toHaveAttribute('href', `/planer/${slug}/`);
    }
    await expect(tasks.filter({ hasText: 'Selbsttest' })).toContainText('Erledigt');
    await expect(tasks.filter({ hasText: 'Netzwerk-Check' })).toContainText(/Erledigt|In Arbeit/);
    const due = page.getByRole('region', { name: 'Fällig: bei wem du dich melden solltest' });
    await expect(due).toContainText('2 Kontakte sind in den nächsten zwei Wochen fällig, davon 1 überfällig.');
    await expect(due.getByRole('listitem').first()).toContainText('M. Bauer');
    await due.getByRole('link', { name: /Zur Kontaktpflege/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kontaktpflege' })).toBeVisible();
  });

  test('each section page links back to the overview and on to the next section', async ({ page }) => {
    await atFixtureDay(page);
    for (const [i, [slug]] of PLANNER_PAGES.entries()) {
      await openSection(page, slug);
      await expect(page.getByRole('link', { name: 'Zurück zur Übersicht' })).toHaveAttribute('href', '/planer/');
      const next = PLANNER_PAGES[i + 1];
      await expect(page.getByRole('link', { name: /^Weiter zu / })).toHaveAttribute('href', next ? `/planer/${next[0]}/` : '/plan/');
    }
  });

  test('the time budget and the offer come from the questionnaire until the reader sets their own', async ({ page }) => {
    await atFixtureDay(page);
    await plantOtherTools(page);
    await openSection(page, 'zeit');
    await expect(page.getByText('Aus deinem Selbsttest: 6 Stunden.', { exact: false })).toBeVisible();
    await expect(page.getByRole('row', { name: /Dein Budget/ })).toContainText('6 Stunden');
    await page.getByRole('textbox', { name: 'Stunden pro Monat für dein Netzwerk' }).fill('3');
    await expect(page.getByRole('row', { name: /Dein Budget/ })).toContainText('3 Stunden');
    await openSection(page, 'geben');
    const offer = page.getByRole('textbox', { name: 'Was du anbieten kannst' });
    await expect(offer).toHaveValue(/Texte redigieren/);
    await expect(page.getByText('Aus deinem Selbsttest übernommen.', { exact: false })).toBeVisible();
    await offer.fill('Protokoll führen');
    await page.reload();
    await plannerReady(page);
    await expect(offer).toHaveValue('Protokoll führen');
    await openSection(page, 'kanaele');
    await page.getByRole('button', { name: 'Netzwerk hinzufügen' }).click();
    await expect(page.locator('#kandidaten option')).toHaveCount(4);
  });

  test('an action can be edited: its title and due date change, and it can be marked done', async ({ page }) => {
    await plannerState(page, 'complete');
    await openSection(page, 'aktionen');
    await page.getByRole('button', { name: 'Bearbeiten: LinkedIn-Profil überarbeiten' }).click();
    await expect(page.getByRole('textbox', { name: 'Aktion' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Aktion' }).fill('LinkedIn-Profil mit neuen Referenzen überarbeiten');
    await page.getByLabel('Fällig am').fill('2026-03-20');
    await page.getByRole('button', { name: 'Änderung speichern' }).click();
    const action = page.getByRole('checkbox', { name: /LinkedIn-Profil mit neuen Referenzen überarbeiten – bis 20. März 2026/ });
    await expect(action).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bearbeiten: LinkedIn-Profil mit neuen Referenzen überarbeiten' })).toBeFocused();
    await action.click(); // done: it moves into the collapsed list of finished actions
    await expect(page.getByText('Erledigte Aktionen (2)')).toBeVisible();
    await page.reload();
    await plannerReady(page);
    await page.getByText(/^Erledigte Aktionen/).click();
    await expect(page.getByRole('checkbox', { name: /LinkedIn-Profil mit neuen Referenzen überarbeiten/ })).toBeChecked();
  });

  test('logging an interaction moves the next follow-up', async ({ page }) => {
    await plannerState(page, 'complete');
    await openSection(page, 'kontakte');
    await page.getByRole('button', { name: 'Öffnen: M. Bauer' }).click();
    const editor = page.getByRole('region', { name: 'M. Bauer' });
    await expect(editor).toContainText('Nächster Kontakt: 20. Februar 2026überfällig');

    await editor.getByLabel('Wann?').fill('2026-02-27');
    await editor.getByRole('combobox', { name: 'Wie?' }).selectOption('telefon');
    await editor.getByRole('textbox', { name: 'Notiz (optional)' }).fill('Audit-Termin besprochen');
    await editor.getByRole('button', { name: 'Eintragen' }).click();

    await expect(editor).toContainText('Letzter Kontakt: 27. Februar 2026');
    await expect(editor).toContainText('Nächster Kontakt: 27. Mai 2026');
    await expect(editor.getByRole('listitem').first()).toContainText('27. Februar 2026 · Telefonat – Audit-Termin besprochen');
    await expect(page.getByRole('status').filter({ hasText: 'Nächster Kontakt am 27. Mai 2026' })).toBeAttached();
    await expect(page.getByRole('button', { name: 'Heute kontaktiert: M. Bauer' })).toHaveCount(0);
  });

  test('the due list marks overdue contacts, and „heute kontaktiert“ and „später“ take them off it', async ({ page }) => {
    await plannerState(page, 'complete');
    await openSection(page, 'kontakte');
    const due = page.locator('.due-item');
    await expect(due).toHaveCount(2);
    await expect(due.nth(0)).toContainText('M. Bauer');
    await expect(due.nth(0)).toContainText('Überfällig seit 10 Tagen (20. Februar 2026)');
    await expect(due.nth(1)).toContainText('Jana Ohm');
    await expect(due.nth(1)).toContainText('Fällig in 8 Tagen, am 10. März 2026');

    await page.getByRole('button', { name: 'Heute kontaktiert: M. Bauer' }).click();
    await page.getByRole('button', { name: 'Eintragen' }).click();
    await expect(due).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Heute kontaktiert: Jana Ohm' })).toBeFocused();

    await page.getByRole('group', { name: 'Jana Ohm später erinnern' }).getByRole('button', { name: '2 Wochen' }).click();
    await expect(due).toHaveCount(0);
    await expect(page.getByText('In den nächsten zwei Wochen ist niemand fällig.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Jana Ohm' })).toContainText('nächster Kontakt 24.03.2026');
  });

  test('birthdays in the next 30 days are listed, across the turn of the year', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-20T10:00:00+01:00'));
    const { plannerStates } = await import('../fixtures/planner-states');
    await plantPlanner(page, plannerStates.complete);
    await openSection(page, 'kontakte');
    const birthdays = page.getByRole('heading', { name: 'Geburtstage in den nächsten 30 Tagen' }).locator('xpath=following-sibling::ul[1]');
    await expect(birthdays.getByRole('listitem')).toHaveText(['Rosa Lindner – 30. Dezember 2026 (in 10 Tagen)']);
  });

  test('the SMART hints and the budget warning answer as the reader types', async ({ page }) => {
    await atFixtureDay(page);
    await openSection(page, 'ziele');
    await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    await page.getByRole('textbox', { name: 'Was willst du erreichen?' }).fill('Mehr Kontakte');
    const hints = page.locator('.smart');
    await expect(hints).toContainText('Das ist noch sehr knapp.');
    await expect(hints).toContainText('Eine Zahl macht dein Ziel überprüfbar');
    await expect(hints).toContainText('Gib deinem Ziel ein Datum.');

    await openSection(page, 'kanaele');
    await page.getByRole('checkbox', { name: 'Business-Events' }).check();
    await expect(page.getByText('Zusammen brauchen deine Kanäle rund 3 Stunden im Monat.')).toBeVisible();
    await openSection(page, 'zeit');
    await page.getByRole('textbox', { name: 'Stunden pro Monat für dein Netzwerk' }).fill('2');
    await expect(page.getByText('Dein Plan braucht mehr Zeit, als du eingeplant hast.')).toBeVisible();
    await expect(page.getByText('Er braucht rund 1 Stunde mehr im Monat.', { exact: false })).toBeVisible();
    await page.getByRole('textbox', { name: 'Stunden pro Monat für dein Netzwerk' }).fill('abc');
    await expect(page.getByText('Gib eine Zahl von 0 bis 200 ein.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Stunden pro Monat für dein Netzwerk' }).fill('4');
    await expect(page.getByText('Dein Plan passt in dein Zeitbudget.')).toBeVisible();
  });

  test('a new contact without a name shows the error summary, which leads to the field', async ({ page }) => {
    await atFixtureDay(page);
    await openSection(page, 'kontakte');
    await page.getByRole('button', { name: 'Kontakt hinzufügen' }).click();
    await page.getByRole('button', { name: 'Kontakt speichern' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Trag einen Namen oder Initialen ein.');
    await expect(page).toHaveTitle(/^Fehler: /);
    await summary.getByRole('link').click();
    await expect(page.getByRole('textbox', { name: 'Name oder Initialen' })).toBeFocused();
  });

  test('unreadable saved data is set aside with a notice, and the planner starts empty', async ({ page }) => {
    await plannerState(page, 'invalid');
    await openSection(page, 'aktionen');
    await expect(page.getByText('Gespeicherte Daten nicht lesbar:')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Alte Daten herunterladen' })).toBeVisible();
    await expect(page.getByText('Noch keine Aktionen geplant.')).toBeVisible();
  });

  test('with 2,000 contacts it shows the due list and one page of the contact list', async ({ page }) => {
    await atFixtureDay(page);
    await plantPlanner(page, generateLargePlanner());
    await openSection(page, 'kontakte');
    await expect(page.locator('.contact-rows li')).toHaveCount(50);
    await expect(page.locator('.due-item')).toHaveCount(10);
    await expect(page.getByText(/^2\.000 von 2\.000 Kontakten, die ersten 50 sind zu sehen\.$/)).toBeVisible();
    await page.getByRole('searchbox', { name: 'Kontakte durchsuchen' }).fill('Prüflabor');
    await expect(page.locator('.contact-rows li').first()).toContainText('Prüflabor Rhein');
    await page.getByRole('button', { name: /weitere anzeigen/ }).click();
    await expect(page.locator('.contact-rows li')).toHaveCount(100);
  });

  test('at 320 px wide a full planner does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await plannerState(page, 'complete');
    for (const [slug] of PLANNER_PAGES) {
      await openSection(page, slug);
      if (slug === 'kontakte') {
        await page.getByRole('button', { name: 'Öffnen: M. Bauer' }).click();
        await page.getByText('Angaben zu M. Bauer').click();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, slug).toBeLessThanOrEqual(0);
    }
    await page.goto('/planer/');
    await plannerReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('no request leaves the origin while the planner is used', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    await plannerState(page, 'complete');
    await page.goto('/planer/', { waitUntil: 'networkidle' });
    await plannerReady(page);
    for (const [slug] of PLANNER_PAGES) {
      await page.goto(`/planer/${slug}/`, { waitUntil: 'networkidle' });
      await plannerReady(page);
    }
    await page.getByRole('button', { name: 'Heute kontaktiert: M. Bauer' }).click();
    await page.getByRole('button', { name: 'Eintragen' }).click();
    await page.getByRole('button', { name: 'M. Bauer', exact: true }).click();
    await expect(page.getByRole('region', { name: 'M. Bauer' })).toBeVisible();
    await openSection(page, 'ziele');
    await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    expect(foreign).toEqual([]);
  });

  for (const name of PLANNER_STATE_NAMES) {
    test(`axe finds no violation in the „${name}“ state, on the overview and every section page`, async ({ page }) => {
      await plannerState(page, name);
      await page.goto('/planer/');
      await plannerReady(page);
      await expectNoAxeViolations(page);
      for (const [slug] of PLANNER_PAGES) {
        await openSection(page, slug);
        await expectNoAxeViolations(page);
      }
    });
  }

  test('axe finds no violation with an open contact and a failed form', async ({ page }) => {
    await plannerState(page, 'complete');
    await openSection(page, 'kontakte');
    await page.getByRole('button', { name: 'Öffnen: M. Bauer' }).click();
    await page.getByText('Angaben zu M. Bauer').click();
    await expectNoAxeViolations(page);
    await openSection(page, 'aktionen');
    await page.getByRole('button', { name: 'Aktion hinzufügen' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
