import { expect, test, type Page } from '@playwright/test';
import { PROFILES, STATES } from '../fixtures/answers-states';
import { expectNoAxeViolations, watchForeignRequests } from './support/site';
import { CORRUPT_NOTICE, MEMORY_NOTICE, envelope, focused, hydrated, plant, storageThrows, stored, tabTo, writesThrow } from './support/tools';

const KEY = 'nk:selbsttest';
const heading = (page: Page) => page.locator('#schritt-titel');

/** Opens the questionnaire and waits until it reacts. */
async function open(page: Page, path = '/selbsttest/') {
  await page.goto(path);
  await hydrated(page);
}

/** Answers the question on screen by clicking, then „Weiter“. */
async function answer(page: Page, ...labels: string[]) {
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: /^Weiter/ }).click();
}

test.describe('the questionnaire', () => {
  test('shows the first question from the server, without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/selbsttest/');
    await expect(page.getByText('Frage 1 von 10')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Wo möchtest du dich mit anderen vernetzen?' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Online' })).toBeVisible();
    await context.close();
  });

  test('says in a noscript note what needs JavaScript and lists all ten questions there', async ({ request }) => {
    // Chromium still parses <noscript> as text when only script execution is switched off, so read the HTML.
    const html = await (await request.get('/selbsttest/')).text();
    const noscript = [...html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]).join('');
    expect(noscript).toContain('Dieses Werkzeug braucht JavaScript');
    expect(noscript).toContain('Die zehn Fragen zum Mitdenken');
    expect(noscript.match(/<li>/g)).toHaveLength(10);
  });

  test('can be completed by keyboard alone, from the first question to the result', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    await open(page);
    const press = (key: string) => page.keyboard.press(key);
    const radio = (field: string, value: string) => page.locator(`#frage-${field}-${value}`);
    const next = page.getByRole('button', { name: /^Weiter/ });

    // 1: Gemischt – Tab onto the group, arrow keys move and select.
    await tabTo(page, radio('form', 'online'));
    await press('ArrowDown');
    await press('ArrowDown');
    await expect(radio('form', 'gemischt')).toBeChecked();
    await tabTo(page, next);
    await press('Enter');
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    await expect(heading(page)).toBeFocused();

    // 2: two purposes, then the main one that appears.
    await tabTo(page, radio('zwecke', 'austausch'));
    await press('Space');
    await press('Tab');
    await press('Space');
    await expect(radio('zwecke', 'auftraege')).toBeChecked();
    await tabTo(page, radio('hauptzweck', 'austausch'));
    await press('ArrowDown');
    await expect(radio('hauptzweck', 'auftraege')).toBeChecked();
    await tabTo(page, next);
    await press('Enter');
    await expect(heading(page)).toHaveText('Wie groß soll dein Netzwerk sein, und wer soll dabei sein?');
    await expect(heading(page)).toBeFocused();

    // 3: size and composition.
    await tabTo(page, radio('groesse', 'klein'));
    await press('Space');
    await press('Tab');
    await press('ArrowDown');
    await expect(radio('zusammensetzung', 'branchenuebergreifend')).toBeChecked();
    await tabTo(page, next);
    await press('Enter');

    // 4: regional.
    await tabTo(page, radio('reichweite', 'lokal'));
    await press('ArrowDown');
    await tabTo(page, next);
    await press('Enter');

    // 5: open to all.
    await tabTo(page, radio('zugang', 'offen'));
    await press('Space');
    await tabTo(page, next);
    await press('Enter');

    // 6: hours, Enter in the field means „Weiter“.
    await tabTo(page, page.locator('#frage-stunden'));
    await page.keyboard.type('6');
    await press('Enter');
    await expect(page.getByText('Frage 7 von 10')).toBeVisible();

    // 7: knowledge and contacts, with own words.
    await tabTo(page, radio('angebot', 'wissen'));
    await press('Space');
    await tabTo(page, radio('angebot', 'kontakte'));
    await press('Space');
    await tabTo(page, page.locator('#frage-angebotDetails'));
    await page.keyboard.type('Texte redigieren, Kontakte zu Druckereien');
    await tabTo(page, next);
    await press('Enter');

    // 8 and 9.
    await tabTo(page, radio('ebenen', 'geschaeftsfuehrung'));
    await press('Space');
    await tabTo(page, next);
    await press('Enter');
    await tabTo(page, radio('ton', 'beruflich'));
    await press('Space');
    await tabTo(page, next);
    await press('Enter');

    // 10: comfort – small circles, speaking up, going alone.
    await expect(page.getByText('Frage 10 von 10')).toBeVisible();
    await tabTo(page, radio('energie', 'grosse-runde'));
    await press('ArrowDown');
    await expect(radio('energie', 'kleine-runde')).toBeChecked();
    await tabTo(page, radio('rolle', 'reden'));
    await press('Space');
    await tabTo(page, radio('begleitung', 'mit-begleitung'));
    await press('ArrowDown');
    await expect(radio('begleitung', 'allein')).toBeChecked();
    await tabTo(page, next);
    await press('Enter');

    // The check-your-answers summary, then the result page.
    await expect(heading(page)).toHaveText('Prüf deine Antworten');
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('.summary-list')).toContainText('6 Stunden im Monat');
    await tabTo(page, page.getByRole('button', { name: 'Ergebnis anzeigen' }));
    await press('Enter');
    await expect(page).toHaveURL(/\/selbsttest\/ergebnis\/$/);
    await expect(page.getByRole('heading', { name: 'IHK und andere Kammern' })).toBeVisible();
    expect(JSON.parse((await stored(page, KEY))!).data.answers).toEqual(PROFILES.freiberuflerinRegional);
    expect(foreign).toEqual([]);
  });

  test('resumes at the same question after a reload, with every answer and typed value kept', async ({ page }) => {
    await open(page);
    await answer(page, 'Online');
    await answer(page, 'Job- und Karrierechancen finden');
    await answer(page, 'Ein großes Netzwerk mit vielen Mitgliedern', 'Menschen aus meinem Beruf');
    await answer(page, 'International');
    await answer(page, 'Offen für alle');
    await page.getByLabel('Stunden im Monat', { exact: true }).fill('7,5');
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('Frage 6 von 10')).toBeVisible();
    await expect(page.getByLabel('Stunden im Monat', { exact: true })).toHaveValue('7,5');
    await page.getByRole('button', { name: 'Zurück' }).click();
    await expect(page.getByText('Frage 5 von 10')).toBeVisible();
    await expect(page.getByLabel('Offen für alle')).toBeChecked();
  });

  test('validates on „Weiter“: error summary with focus and links, inline „Fehler:“, title prefix', async ({ page }) => {
    await open(page);
    const title = await page.title();
    await page.getByRole('button', { name: 'Weiter' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('Da stimmt etwas noch nicht');
    await expect(page.locator('.error-message')).toHaveText('Fehler: Wähle aus, ob du dich online, vor Ort oder auf beiden Wegen vernetzen möchtest – oder „Weiß ich noch nicht“.');
    await expect(page).toHaveTitle(`Fehler: ${title}`);
    await summary.getByRole('link').click();
    await expect(page.getByLabel('Online')).toBeFocused();
    await expectNoAxeViolations(page);

    await page.getByLabel('Weiß ich noch nicht').check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page).toHaveTitle(title);
  });

  test('keeps what was typed and says what is wrong with the hours', async ({ page }) => {
    await plant(page, { [KEY]: envelope({ ...STATES.partial, answers: { ...PROFILES.lockerLokal, stunden: '' }, step: 6 }) });
    await open(page);
    const hours = page.getByLabel('Stunden im Monat', { exact: true });
    await hours.fill('ein paar');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(page.getByRole('alert')).toContainText('Gib die Stunden als Zahl an, zum Beispiel 4 oder 2,5.');
    await expect(hours).toHaveValue('ein paar');
    await page.getByRole('alert').getByRole('link').click();
    await expect(hours).toBeFocused();
    await hours.fill('');
    await page.getByLabel('Weiß ich noch nicht').check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(page.getByText('Frage 7 von 10')).toBeVisible();
  });

  test('asks for the main purpose only when two or more are chosen, and „Weiß ich noch nicht“ stands alone', async ({ page }) => {
    await plant(page, { [KEY]: envelope({ ...STATES.partial, step: 2, answers: { ...STATES.partial.answers, zwecke: [], hauptzweck: null } }) });
    await open(page);
    const main = page.getByRole('group', { name: 'Welcher dieser Zwecke ist dir am wichtigsten?' });
    await page.getByLabel('Partner für Kooperationen finden').check();
    await expect(main).toHaveCount(0);
    await page.getByLabel('Bei Neuigkeiten und Trends auf dem Laufenden bleiben').check();
    await expect(main).toBeVisible();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(page.getByRole('alert')).toContainText('Wähle aus, welcher Zweck dir am wichtigsten ist.');
    await page.getByLabel('Weiß ich noch nicht').check();
    await expect(page.getByRole('checkbox', { name: 'Partner für Kooperationen finden' })).not.toBeChecked();
    await expect(main).toHaveCount(0);
  });

  // Reproduces issue #10, item 6: the browser's „Zurück“ left the questionnaire for the previous page.
  test('the browser’s „Zurück“ and „Vor“ move between questions and stay on the page', async ({ page }) => {
    await open(page);
    await answer(page, 'Vor Ort');
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    await page.goBack();
    await expect(page.getByText('Frage 1 von 10')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/selbsttest/');
    await expect(page.getByLabel('Vor Ort')).toBeChecked();
    await page.goForward();
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
  });

  // Reproduces issue #10, item 6: a double click on the in-page „Zurück“ went back two questions.
  test('a double click on „Zurück“ goes back one question', async ({ page }) => {
    await open(page);
    await answer(page, 'Vor Ort');
    await answer(page, 'Erfahrungen und Wissen austauschen');
    await expect(page.getByText('Frage 3 von 10')).toBeVisible();
    await page.getByRole('button', { name: 'Zurück', exact: true }).dblclick();
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
  });

  test('returns to the summary after „Ändern“, and the back link leads there too', async ({ page }) => {
    await plant(page, { [KEY]: envelope({ ...STATES.complete, view: 'pruefen' }) });
    await open(page);
    await expect(heading(page)).toHaveText('Prüf deine Antworten');
    await page.getByRole('button', { name: 'Ändern – Reichweite' }).click();
    await expect(page.getByText('Frage 4 von 10')).toBeVisible();
    await expect(heading(page)).toBeFocused();
    await page.getByLabel('Lokal').check();
    await page.getByRole('button', { name: 'Weiter zu deinen Antworten' }).click();
    await expect(heading(page)).toHaveText('Prüf deine Antworten');
    await expect(page.locator('.summary-list')).toContainText('Lokal');
    await page.getByRole('button', { name: 'Ändern – Ton' }).click();
    await page.getByRole('button', { name: 'Zurück zu deinen Antworten' }).click();
    await expect(heading(page)).toHaveText('Prüf deine Antworten');
  });

  test('loads „Prüf deine Antworten“ once it is one step away, and moves focus to its heading even when it arrives late', async ({ page }) => {
    // The summary is a lazy part of the island (byte budget of the first load). Held back here, it
    // arrives only after „Weiter“ on the last question: focus must still land on its heading.
    const requested: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/CheckAnswers\.[\w-]+\.js$/, async (route) => {
      requested.push(route.request().url());
      await held;
      await route.continue();
    });
    await plant(page, { [KEY]: envelope({ ...STATES.complete, view: 'frage', step: 9, summaryReached: false }) });
    await open(page);
    await expect(page.getByText('Frage 9 von 10')).toBeVisible();
    expect(requested).toEqual([]);
    await page.getByRole('button', { name: /^Weiter/ }).click();
    await expect(page.getByText('Frage 10 von 10')).toBeVisible();
    await expect.poll(() => requested.length).toBe(1);
    await page.getByRole('button', { name: /^Weiter/ }).click();
    await expect(page.getByText('Frage 10 von 10')).toBeHidden();
    release();
    await expect(heading(page)).toHaveText('Prüf deine Antworten');
    await expect(heading(page)).toBeFocused();
  });

  test('lists unanswered questions when the result is asked for too early', async ({ page }) => {
    await plant(page, { [KEY]: envelope({ ...STATES.partial, view: 'pruefen', summaryReached: true }) });
    await open(page);
    await page.getByRole('button', { name: 'Ergebnis anzeigen' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(5);
    await expect(summary.getByRole('link').first()).toHaveText('Beantworte noch die Frage „Zugang“ (Frage 5 von 10).');
    await summary.getByRole('link').first().click();
    await expect(page.getByRole('button', { name: 'Beantworten – Zugang' })).toBeFocused();
    await expect(page).toHaveURL(/\/selbsttest\/$/);
  });

  test('deletes the answers only after confirmation', async ({ page }) => {
    await plant(page, { [KEY]: envelope(STATES.partial) });
    await open(page);
    await page.getByRole('button', { name: 'Antworten löschen' }).click();
    await expect(page.getByRole('heading', { name: 'Alle Antworten löschen?' })).toBeFocused();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.getByRole('button', { name: 'Antworten löschen' })).toBeFocused();
    await expect(page.getByText('Frage 5 von 10')).toBeVisible();

    await page.getByRole('button', { name: 'Antworten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, Antworten löschen' }).click();
    await expect(page.getByText('Frage 1 von 10')).toBeVisible();
    await expect(heading(page)).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Deine Antworten sind gelöscht' })).toBeAttached();
    expect(await stored(page, KEY)).toBeNull();
    await expect(page.getByRole('button', { name: 'Antworten löschen' })).toHaveCount(0);
  });
});

test.describe('the result page', () => {
  test('shows the profile, the recommendations with reasons and chapters, the time verdict and the first gifts for the freelancer profile', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    await plant(page, { [KEY]: envelope(STATES.complete) });
    await open(page, '/selbsttest/ergebnis/');
    await expect(page.locator('.profile-list dd').first()).toHaveText(/verbindet beides: Online bahnst du Kontakte an, vor Ort vertiefst du sie\./);
    await expect(page.locator('.profile-list')).toContainText('dient vor allem dazu, Kundschaft und Aufträge zu gewinnen');
    const cards = page.locator('.recommendations > li');
    await expect(cards.locator('h3')).toHaveText(['IHK und andere Kammern', 'Business-Events und Unternehmertreffen', 'Fachgruppen auf LinkedIn und in Fachforen', 'Meetup- und Interessengruppen']);
    await expect(cards.first()).toContainText('Kammern bringen Unternehmen aus deiner Region zusammen');
    await expect(cards.first().getByRole('link', { name: /^Mehr dazu/ })).toHaveAttribute('href', '/ratgeber/online-und-offline/');
    await page.locator('summary', { hasText: 'Warum andere Arten fehlen' }).click();
    await expect(page.locator('details')).toContainText('Sportveranstaltungen von Unternehmen und Wirtschaftsverbänden: Du suchst einen streng beruflichen Ton');
    await expect(page.locator('.status-tag')).toHaveText('Knapp');
    await expect(page.getByText('6 Stunden im Monat reichen gerade so, um Kundschaft und Aufträge zu gewinnen.')).toBeVisible();
    await expect(page.getByText('Du hast Wissen und Kontakte zu bieten')).toBeVisible();
    await expect(page.getByText('Deine eigenen Stichworte dafür: Texte redigieren, Kontakte zu Druckereien.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Weiter zum Netzwerk-Check' })).toHaveAttribute('href', '/netzwerk-check/');
    await expect(page.getByRole('heading', { name: 'So rechnen wir mit deiner Zeit' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(foreign).toEqual([]);
  });

  test('recommends trying things out when everything is „Weiß ich noch nicht“', async ({ page }) => {
    await plant(page, { [KEY]: envelope({ ...STATES.complete, answers: PROFILES.allesUnklar }) });
    await open(page, '/selbsttest/ergebnis/');
    await expect(page.locator('.recommendations h3')).toHaveText(['Messen, Konferenzen und Fachtagungen', 'Meetup- und Interessengruppen']);
    await expect(page.locator('.status-tag')).toHaveText('Noch offen');
    await expect(page.getByRole('link', { name: 'Hilfe im Kapitel „Ziele und Zielgruppen planen“' }).first()).toBeVisible();
    await expect(page.getByText(/Du bist unsicher, was du beisteuern kannst/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('says the questionnaire is not finished yet and links back to it', async ({ page }) => {
    await plant(page, { [KEY]: envelope(STATES.partial) });
    await open(page, '/selbsttest/ergebnis/');
    await expect(page.getByText('Dein Selbsttest ist noch nicht fertig.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Weiter zum Selbsttest' })).toHaveAttribute('href', '/selbsttest/');
    await expect(page.locator('.recommendations')).toHaveCount(0);
  });

  // Reproduces issue #10, item 6: at 320 × 640 the page's intro repeated above every question, so the
  // first answer of step 2 sat at the bottom edge of the screen.
  test('at 320 × 640 shows the intro on the first question only, and the first answer of step 2 fully on screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open(page);
    const lead = page.locator('.lead');
    await expect(lead).toBeVisible();
    await answer(page, 'Vor Ort');
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    await expect(lead).toBeHidden();
    await expect(page.locator('.selbsttest input').first()).toBeInViewport({ ratio: 1 });
    await page.getByRole('button', { name: 'Zurück', exact: true }).click();
    await expect(page.getByText('Frage 1 von 10')).toBeVisible();
    await expect(lead).toBeVisible();
  });

  test('does not scroll sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await plant(page, { [KEY]: envelope(STATES.complete) });
    await open(page, '/selbsttest/ergebnis/');
    await page.locator('summary', { hasText: 'Warum andere Arten fehlen' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('storage problems', () => {
  test('corrupt data: a notice, a working questionnaire, and the raw value kept under the quarantine key', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('gepflanzt')) {
        localStorage.setItem('nk:selbsttest', '{"v":1,"rev":3,"data":{kaputt');
        sessionStorage.setItem('gepflanzt', '1');
      }
    });
    await open(page);
    await expect(page.getByText(CORRUPT_NOTICE)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Alte Daten herunterladen' })).toBeVisible();
    expect(await stored(page, 'nk:quarantaene:selbsttest')).toBe('{"v":1,"rev":3,"data":{kaputt');
    await expectNoAxeViolations(page);

    await answer(page, 'Vor Ort');
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    expect(await stored(page, 'nk:quarantaene:selbsttest')).toBe('{"v":1,"rev":3,"data":{kaputt');
  });

  test('data that breaks the schema is quarantined the same way', async ({ page }) => {
    const bad = envelope({ ...STATES.partial, step: 0 });
    await plant(page, { [KEY]: bad });
    await open(page);
    await expect(page.getByText(/passen nicht zum erwarteten Aufbau \(Fehler bei: step\)/)).toBeVisible();
    await expect(page.getByText('Frage 1 von 10')).toBeVisible();
    expect(await stored(page, 'nk:quarantaene:selbsttest')).toBe(bad);
  });

  test('storage that cannot be read: the in-memory notice, and the questionnaire still works', async ({ page }) => {
    await storageThrows(page);
    await open(page);
    await expect(page.getByText(MEMORY_NOTICE)).toBeVisible();
    await answer(page, 'Online');
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('storage that refuses every write: the in-memory notice, and the questionnaire still works', async ({ page }) => {
    await writesThrow(page);
    await open(page);
    await expect(page.getByText(MEMORY_NOTICE)).toBeVisible();
    await answer(page, 'Gemischt');
    await expect(page.getByText('Frage 2 von 10')).toBeVisible();
    expect(await stored(page, KEY)).toBeNull();
  });
});

test.describe('accessibility of every named state', () => {
  for (const [name, state] of Object.entries(STATES)) {
    test(`has no axe violation in the ${name} state`, async ({ page }) => {
      await plant(page, { [KEY]: envelope(state) });
      await open(page);
      await expect(page.locator('#schritt-titel')).toBeAttached();
      await expectNoAxeViolations(page);
    });
  }

  test('moves focus to the new question on each step, never on page load', async ({ page }) => {
    await plant(page, { [KEY]: envelope(STATES.partial) });
    await open(page);
    expect((await focused(page)).id).not.toBe('schritt-titel');
    await answer(page, 'Offen für alle');
    await expect(heading(page)).toBeFocused();
    await expect(heading(page)).toHaveText('Wie viele Stunden im Monat kannst du wirklich fürs Netzwerken einplanen?');
  });
});
