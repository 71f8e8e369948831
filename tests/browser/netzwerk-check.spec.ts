import { expect, test, type Page } from '@playwright/test';
import { PROFILES, STATES as ANSWERS } from '../fixtures/answers-states';
import { CANDIDATES, STATES, manyCandidates } from '../fixtures/candidates-states';
import { expectNoAxeViolations, watchForeignRequests } from './support/site';
import { CORRUPT_NOTICE, MEMORY_NOTICE, envelope, hydrated, plant, storageThrows, stored, writesThrow } from './support/tools';

const KEY = 'nk:netzwerk-check';
const PROFILE = 'nk:selbsttest';
const names = (page: Page) => page.locator('.candidate-list h3');
const card = (page: Page, name: string) => page.locator('.candidate', { has: page.getByRole('heading', { name, exact: true }) });

async function open(page: Page, path = '/netzwerk-check/') {
  await page.goto(path);
  await hydrated(page);
}

/** Plants storage only on the first load, so that reloads and page changes see what the tool saved. */
async function plantOnce(page: Page, values: Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('gepflanzt')) return;
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    sessionStorage.setItem('gepflanzt', '1');
  }, values);
}

const complete = { [KEY]: envelope(STATES.complete), [PROFILE]: envelope(ANSWERS.complete) };

test.describe('the list', () => {
  test('starts empty, says so clearly and points to the questionnaire without a profile', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    await open(page);
    await expect(page.getByRole('heading', { name: 'Deine Netzwerke (0)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Noch keine Netzwerke eingetragen' })).toBeVisible();
    await expect(page.getByText('Du hast den Selbsttest noch nicht gemacht.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Zum Selbsttest (etwa fünf Minuten)' })).toHaveAttribute('href', '/selbsttest/');
    await expect(page.getByRole('link', { name: 'Netzwerk hinzufügen' })).toHaveAttribute('href', '/netzwerk-check/bearbeiten/');
    await expect(page.getByRole('heading', { name: 'Gewichtung' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(foreign).toEqual([]);
  });

  test('sorts the candidates by fit, best first, and explains each score', async ({ page }) => {
    await plant(page, complete);
    await open(page);
    await expect(page.getByText('Jedes Netzwerk wird mit deinem idealen Netzwerk aus dem Selbsttest verglichen.')).toBeVisible();
    await expect(names(page)).toHaveText(['Unternehmerfrühstück Nordstadt', 'IHK-Forum Mittelstand', 'Global Engineers Online', 'Alumni-Verein der Hochschule']);
    const ihk = card(page, 'IHK-Forum Mittelstand');
    await expect(ihk.locator('.fit')).toHaveText('Passung: 78 von 100');
    await expect(ihk.locator('.coverage')).toHaveText('bewertet: 23 von 28 Punkten');
    await expect(ihk.locator('.fit-summary')).toContainText('Passt nicht: Größe');
    await expect(card(page, 'Alumni-Verein der Hochschule').locator('.coverage')).toHaveText('bewertet: 0 von 28 Punkten – zu wenig bewertet');
    await ihk.getByText('So kommt der Wert zustande').click();
    await expect(ihk.getByRole('heading', { name: 'Was teilweise passt' })).toBeVisible();
    await expect(ihk).toContainText('Reichweite (Gewicht 2): Dein Ideal: Regional · dieses Netzwerk: National (DACH)');
    await expect(ihk).toContainText('ergeben 78 von 100.');
    await expectNoAxeViolations(page);
  });

  test('renders only http, https and mailto addresses as links', async ({ page }) => {
    await plant(page, complete);
    await open(page);
    await expect(card(page, 'Unternehmerfrühstück Nordstadt').getByRole('link', { name: 'fruehstueck.example/termine' })).toHaveAttribute('href', 'https://fruehstueck.example/termine');
    await expect(card(page, 'Global Engineers Online').getByText('javascript:alert(1)')).toBeVisible();
    await expect(page.locator('a[href^="javascript"], a[href^="data"]')).toHaveCount(0);
  });

  test('changes scores and order with the weights, and resets them', async ({ page }) => {
    await plant(page, complete);
    await open(page);
    const alumni = card(page, 'Alumni-Verein der Hochschule').locator('.fit');
    await expect(alumni).toHaveText('Passung: Kein Wert');
    for (const key of ['form', 'zwecke', 'groesse', 'zusammensetzung', 'reichweite', 'zugang', 'ebenen', 'ton', 'netiquette', 'themen', 'beitragen']) {
      await page.locator(`#gewicht-${key}`).selectOption('0');
    }
    await expect(card(page, 'IHK-Forum Mittelstand').locator('.fit')).toHaveText('Passung: 100 von 100');
    await page.getByLabel('Kosten', { exact: true }).selectOption('0');
    await expect(card(page, 'IHK-Forum Mittelstand').locator('.fit')).toHaveText('Passung: Kein Wert');
    await expect(names(page).last()).toHaveText('Unternehmerfrühstück Nordstadt');
    await page.getByRole('button', { name: 'Standardgewichte wiederherstellen' }).click();
    await expect(page.getByRole('heading', { name: 'Gewichtung' })).toBeFocused();
    await expect(card(page, 'Unternehmerfrühstück Nordstadt').locator('.fit')).toHaveText('Passung: 100 von 100');
    await expect.poll(async () => JSON.parse((await stored(page, KEY))!).data.weights.kosten).toBe(2);
  });

  test('deletes with undo: the candidate goes, a notice takes focus, „Rückgängig“ puts it back in its place', async ({ page }) => {
    await plant(page, complete);
    await open(page);
    await card(page, 'Alumni-Verein der Hochschule').getByRole('button', { name: 'Löschen – Alumni-Verein der Hochschule' }).click();
    const notice = page.locator('#rueckgaengig');
    await expect(notice).toBeFocused();
    await expect(notice).toHaveText(/„Alumni-Verein der Hochschule“ ist gelöscht\./);
    await expect(page.getByRole('status').filter({ has: notice })).toBeAttached();
    await expect(names(page)).toHaveCount(3);
    await expect.poll(async () => JSON.parse((await stored(page, KEY))!).data.candidates.map((c: { id: string }) => c.id)).toEqual(['k-weltgruppe', 'k-fruehstueck', 'k-kammer']);
    await expectNoAxeViolations(page);

    await notice.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(names(page)).toHaveCount(4);
    await expect(page.getByRole('heading', { name: 'Alumni-Verein der Hochschule' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '„Alumni-Verein der Hochschule“ ist wieder da.' })).toBeAttached();
    await expect.poll(async () => JSON.parse((await stored(page, KEY))!).data.candidates.map((c: { id: string }) => c.id)).toEqual(['k-weltgruppe', 'k-fruehstueck', 'k-unbekannt', 'k-kammer']);
  });

  test('stays usable with 50 candidates: all listed by fit, and a filter finds one by name', async ({ page }) => {
    await plant(page, { [KEY]: envelope(manyCandidates(50)), [PROFILE]: envelope(ANSWERS.complete) });
    const start = Date.now();
    await open(page);
    await expect(names(page)).toHaveCount(50);
    expect(Date.now() - start).toBeLessThan(10_000);
    // Sufficiently rated first, each group best first: rank = 1000 for enough plus the score.
    const cards = await page.locator('.candidate').evaluateAll((els) => els.map((el) => [el.querySelector('.fit')!.textContent!, el.querySelector('.under-rated') !== null] as const));
    const values = cards.map(([fit, under]) => (under ? 0 : 1000) + Number(/(\d+) von 100/.exec(fit)?.[1] ?? -1));
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    await page.getByLabel('Nach Namen filtern').fill('Netzwerk 4');
    await expect(names(page)).toHaveCount(10);
    await expect(page.getByText('10 von 50 Netzwerken passen zum Filter.')).toBeVisible();
    await page.getByLabel('Nach Namen filtern').fill('Texttreff');
    await expect(page.getByText('Kein Netzwerk passt zu „Texttreff“.')).toBeVisible();
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const [name, answers, text] of [
    ['no', null, 'Du hast den Selbsttest noch nicht gemacht.'],
    ['a partial', ANSWERS.partial, 'Dein Selbsttest ist noch nicht fertig.'],
    ['an all-„Weiß ich noch nicht“', { ...ANSWERS.complete, answers: PROFILES.allesUnklar }, 'Dein Profil besteht bisher nur aus „Weiß ich noch nicht“'],
  ] as const) {
    test(`says what the scores compare against with ${name} profile`, async ({ page }) => {
      await plant(page, { [KEY]: envelope(STATES.complete), ...(answers ? { [PROFILE]: envelope(answers) } : {}) });
      await open(page);
      await expect(page.getByText(text)).toBeVisible();
      await expect(page.getByRole('link', { name: /Selbsttest|Antworten/ }).first()).toHaveAttribute('href', '/selbsttest/');
      await expect(names(page)).toHaveCount(4);
    });
  }
});

test.describe('adding and editing', () => {
  // Reproduces issue #10, case 8: a double click on „Speichern“ added the network twice.
  test('a double click on „Speichern“ adds the network once', async ({ page }) => {
    await open(page, '/netzwerk-check/bearbeiten/');
    await page.getByLabel('Name', { exact: true }).fill('Doppelklick-Netzwerk');
    await page.getByRole('button', { name: 'Speichern' }).dblclick();
    await page.waitForURL(/\/netzwerk-check\/\?/);
    await hydrated(page);
    await expect(names(page)).toHaveText(['Doppelklick-Netzwerk']);
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY))!);
    expect(stored.data.candidates.map((c: { name: string }) => c.name)).toEqual(['Doppelklick-Netzwerk']);
  });

  test('adds a candidate after validation, comes back to the list with focus on it and says so', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    await plantOnce(page, { [PROFILE]: envelope(ANSWERS.complete) });
    await open(page);
    await page.getByRole('link', { name: 'Netzwerk hinzufügen' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netzwerk hinzufügen');
    const title = await page.title();

    await page.getByRole('button', { name: 'Speichern' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(page.locator('.error-message')).toHaveText('Fehler: Gib den Namen des Netzwerks ein.');
    await expect(page).toHaveTitle(`Fehler: ${title}`);
    await summary.getByRole('link').click();
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await expectNoAxeViolations(page);

    await page.getByLabel('Name', { exact: true }).fill('Texttreff');
    await page.getByLabel('Webseite oder E-Mail-Adresse (optional)').fill('javascript:alert(1)');
    await page.getByLabel('Notizen (optional)').fill('Netzwerk für Texterinnen');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('alert')).toContainText('Gib eine Webadresse ein');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Texttreff');
    await expect(page.getByLabel('Notizen (optional)')).toHaveValue('Netzwerk für Texterinnen');

    await page.getByLabel('Webseite oder E-Mail-Adresse (optional)').fill('www.texttreff.example');
    await page.getByLabel('Art (optional)').selectOption('fachverband');
    await page.getByLabel('Wo trifft sich das Netzwerk?').selectOption('gemischt');
    await page.getByRole('group', { name: 'Wobei hilft dir dieses Netzwerk?' }).getByLabel('Erfahrungsaustausch').check();
    await page.getByRole('group', { name: 'Wobei hilft dir dieses Netzwerk?' }).getByLabel('Neue Aufträge').check();
    await page.getByLabel('Wie weit reicht es?').selectOption('regional');
    await page.getByRole('group', { name: 'Mit den Regeln und der Netiquette des Netzwerks komme ich zurecht.' }).getByLabel('Ja').check();
    await expect(page.getByText('Dein Budget laut Selbsttest: 6 Stunden im Monat.')).toBeVisible();
    await page.getByRole('button', { name: 'Speichern' }).click();

    await expect(page).toHaveURL(/\/netzwerk-check\/#kandidat-/);
    await hydrated(page);
    const heading = page.getByRole('heading', { name: 'Texttreff' });
    await expect(heading).toBeFocused();
    const score = await card(page, 'Texttreff').locator('.fit').textContent();
    await expect(page.getByRole('status').filter({ hasText: `„Texttreff“ ist hinzugefügt. Passung: ${score!.replace('Passung: ', '')}.` })).toBeAttached();
    await expect(card(page, 'Texttreff').getByRole('link', { name: 'texttreff.example' })).toHaveAttribute('href', 'https://www.texttreff.example/');
    await expect(card(page, 'Texttreff')).toContainText('Art: Fachverband oder Berufsverband');
    const saved = JSON.parse((await stored(page, KEY))!).data.candidates[0];
    expect(saved).toMatchObject({ name: 'Texttreff', kind: 'fachverband', link: 'https://www.texttreff.example', ratings: { form: 'gemischt', zwecke: ['austausch', 'auftraege'], reichweite: 'regional' }, checklist: { netiquette: 'ja', kosten: 'offen' }, rhythmus: 'vierteljaehrlich', stunden: 3 });
    expect(foreign).toEqual([]);
  });

  test('edits a candidate, keeps the rest, and the new score moves it in the list', async ({ page }) => {
    await plantOnce(page, complete);
    await open(page);
    await expect(names(page).nth(1)).toHaveText('IHK-Forum Mittelstand');
    await card(page, 'IHK-Forum Mittelstand').getByRole('link', { name: 'Bearbeiten – IHK-Forum Mittelstand' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('„IHK-Forum Mittelstand“ bearbeiten');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('IHK-Forum Mittelstand');
    await expect(page.getByLabel('Wo trifft sich das Netzwerk?')).toHaveValue('praesenz');
    await page.getByLabel('Name', { exact: true }).fill('IHK-Forum Mittelstand Nord');
    await page.getByLabel('Wie groß ist es?').selectOption('klein');
    await page.getByLabel('Wo trifft sich das Netzwerk?').selectOption('gemischt');
    await page.getByLabel('Wie weit reicht es?').selectOption('regional');
    for (const item of ['Die Themen interessieren mich wirklich.', 'Ich kann dort etwas beitragen.']) {
      await page.getByRole('group', { name: item }).getByLabel('Ja').check();
    }
    await page.getByRole('button', { name: 'Speichern' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'IHK-Forum Mittelstand Nord' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '„IHK-Forum Mittelstand Nord“ ist gespeichert.' })).toBeAttached();
    await expect(card(page, 'IHK-Forum Mittelstand Nord').locator('.fit')).toHaveText('Passung: 94 von 100');
    await expect(names(page)).toHaveText(['Unternehmerfrühstück Nordstadt', 'IHK-Forum Mittelstand Nord', 'Global Engineers Online', 'Alumni-Verein der Hochschule']);
    const saved = JSON.parse((await stored(page, KEY))!).data.candidates;
    expect(saved.map((c: { id: string }) => c.id)).toEqual(['k-weltgruppe', 'k-fruehstueck', 'k-unbekannt', 'k-kammer']);
    expect(saved[3]).toMatchObject({ notes: CANDIDATES.kammer.notes, kind: 'kammer' });
  });

  test('„Abbrechen“ on a changed form asks inline, „Nein“ keeps the text, „Ja“ returns to the list without saving', async ({ page }) => {
    // Reproduces issue #10, part 6: the editor asked with the browser's window.confirm, unlike
    // the planner's inline question with focus on „Nein“; now both use one CancelButton.
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await plantOnce(page, complete);
    await open(page, '/netzwerk-check/bearbeiten/?id=k-kammer');
    await page.getByLabel('Name', { exact: true }).fill('Verworfen');
    await page.getByRole('link', { name: 'Abbrechen' }).click();
    const question = page.getByRole('group', { name: 'Deine Änderungen verwerfen?' });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Nein, weiter bearbeiten' })).toBeFocused();
    await question.getByRole('button', { name: 'Nein, weiter bearbeiten' }).click();
    await expect(question).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Abbrechen' })).toBeFocused();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Verworfen');
    await expect(page).toHaveURL(/\/netzwerk-check\/bearbeiten\/\?id=k-kammer$/);
    await page.getByRole('link', { name: 'Abbrechen' }).click();
    await question.getByRole('button', { name: 'Ja, verwerfen' }).click();
    await hydrated(page);
    await expect(page).toHaveURL(/\/netzwerk-check\/#kandidat-k-kammer$/);
    await expect(page.getByRole('heading', { name: 'IHK-Forum Mittelstand' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Verworfen' })).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('the page’s „Zurück zu deinen Netzwerken“ asks like „Abbrechen“ when the form was changed, and leaves at once when not', async ({ page }) => {
    // Reproduces the link above the form leaving a changed form without a word (noticed in issue #10's review).
    await plantOnce(page, complete);
    await open(page, '/netzwerk-check/bearbeiten/?id=k-kammer');
    await page.getByLabel('Name', { exact: true }).fill('Verworfen');
    await page.getByRole('link', { name: 'Zurück zu deinen Netzwerken' }).click();
    const question = page.getByRole('group', { name: 'Deine Änderungen verwerfen?' });
    await expect(question.getByRole('button', { name: 'Nein, weiter bearbeiten' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: 'Zurück zu deinen Netzwerken' })).toBeFocused();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Verworfen');
    await expect(page).toHaveURL(/\/netzwerk-check\/bearbeiten\/\?id=k-kammer$/);
    await page.getByRole('link', { name: 'Zurück zu deinen Netzwerken' }).click();
    await question.getByRole('button', { name: 'Ja, verwerfen' }).click();
    await hydrated(page);
    await expect(page).toHaveURL(/\/netzwerk-check\/#kandidat-k-kammer$/);
    await expect(page.getByRole('heading', { name: 'Verworfen' })).toHaveCount(0);

    await open(page, '/netzwerk-check/bearbeiten/?id=k-kammer');
    await page.getByRole('link', { name: 'Zurück zu deinen Netzwerken' }).click();
    await expect(page).toHaveURL(/\/netzwerk-check\/#kandidat-k-kammer$/);
  });

  test('„Abbrechen“ on an unchanged form returns to the list at once', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await plantOnce(page, complete);
    await open(page, '/netzwerk-check/bearbeiten/?id=k-kammer');
    await page.getByRole('link', { name: 'Abbrechen' }).click();
    await expect(page).toHaveURL(/\/netzwerk-check\/#kandidat-k-kammer$/);
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'IHK-Forum Mittelstand' })).toBeVisible();
    expect(dialogs).toEqual([]);
  });

  test('says so when the candidate to edit does not exist', async ({ page }) => {
    await plant(page, complete);
    await open(page, '/netzwerk-check/bearbeiten/?id=gibt-es-nicht');
    await expect(page.getByText('Dieses Netzwerk steht nicht (mehr) in deiner Liste.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Zurück zu deinen Netzwerken' })).toHaveAttribute('href', '/netzwerk-check/');
    await expectNoAxeViolations(page);
  });
});

test.describe('fit score v2: coverage, time, sorting, faster candidates', () => {
  const freelancer = { [PROFILE]: envelope({ ...ANSWERS.complete, answers: { ...ANSWERS.complete.answers, stunden: '2', stundenUnklar: false } }) };

  test('name and type are enough: the type pre-fills editable starting values, the reader’s own value stays', async ({ page }) => {
    await plantOnce(page, freelancer);
    await open(page, '/netzwerk-check/bearbeiten/');
    await page.getByLabel('Name', { exact: true }).fill('Texterinnen-Stammtisch');
    await page.getByLabel('Stunden pro Treffen, mit Anreise').fill('1,5');
    await page.getByLabel('Art (optional)').selectOption('meetup');
    await expect(page.getByLabel('Wo trifft sich das Netzwerk?')).toHaveValue('praesenz');
    await expect(page.getByLabel('Wie weit reicht es?')).toHaveValue('lokal');
    await expect(page.getByLabel('Wie oft?')).toHaveValue('monatlich');
    await expect(page.getByLabel('Stunden pro Treffen, mit Anreise')).toHaveValue('1,5');
    await page.getByLabel('Art (optional)').selectOption('plattform');
    await expect(page.getByLabel('Wo trifft sich das Netzwerk?')).toHaveValue('online');
    await expect(page.getByLabel('Stunden pro Treffen, mit Anreise')).toHaveValue('1,5');
    await expect(page.getByText('Dein Budget laut Selbsttest: 2 Stunden im Monat.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Name', { exact: true }).press('Enter');
    await page.waitForURL(/\/netzwerk-check\/#kandidat-/);
    await hydrated(page);
    const saved = JSON.parse((await stored(page, KEY))!).data.candidates[0];
    expect(saved).toMatchObject({ name: 'Texterinnen-Stammtisch', kind: 'plattform', rhythmus: 'woechentlich', stunden: 1.5, ratings: { form: 'online', reichweite: 'international', zugang: 'offen' } });
    // 52 ÷ 12 × 1,5 h ≈ 6,5 h a month against a budget of 2 hours.
    await expect(card(page, 'Texterinnen-Stammtisch').locator('.time')).toHaveText('etwa 6,5 Std. im Monat – dein Budget: 2 Std.');
  });

  test('over budget is an explained penalty; sort by time and by name; a candidate rated too little ranks last', async ({ page }) => {
    await plant(page, { [KEY]: envelope(STATES.timed, 1, 2), ...freelancer });
    await open(page);
    await expect(names(page).last()).toHaveText('Alumni-Verein der Hochschule');
    const breakfast = card(page, 'Unternehmerfrühstück Nordstadt');
    await expect(breakfast.locator('.time')).toHaveText('etwa 8,5 Std. im Monat – dein Budget: 2 Std.');
    await breakfast.getByText('So kommt der Wert zustande').click();
    await expect(breakfast.locator('.time-penalty')).toContainText('Mehr Zeit, als du hast: 100 × 2 Std. ÷ 8,7 Std. =');
    await expect(card(page, 'IHK-Forum Mittelstand').locator('.time')).toHaveText('etwa 1 Std. im Monat – dein Budget: 2 Std.');
    await expectNoAxeViolations(page);
    await page.getByLabel('Sortieren nach').selectOption('zeit');
    await expect(names(page)).toHaveText(['IHK-Forum Mittelstand', 'Unternehmerfrühstück Nordstadt', 'Alumni-Verein der Hochschule', 'Global Engineers Online']);
    await page.getByLabel('Sortieren nach').selectOption('name');
    await expect(names(page)).toHaveText(['Alumni-Verein der Hochschule', 'Global Engineers Online', 'IHK-Forum Mittelstand', 'Unternehmerfrühstück Nordstadt']);
  });

  test('a name already in the list (case aside) gets a hint, not a block', async ({ page }) => {
    await plantOnce(page, complete);
    await open(page, '/netzwerk-check/bearbeiten/');
    await page.getByLabel('Name', { exact: true }).fill('global engineers online');
    await expect(page.getByText('Ein Netzwerk mit diesem Namen steht schon in deiner Liste.')).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-describedby', /kandidat-doppelt/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL(/\/netzwerk-check\/#kandidat-/);
    await hydrated(page);
    await expect(names(page)).toHaveCount(5);
  });
});

test.describe('storage problems', () => {
  test('corrupt data: a notice, a working check, and the raw value kept under the quarantine key', async ({ page }) => {
    await plantOnce(page, { [KEY]: '{"v":1,"rev":2,"data":[' });
    await open(page);
    await expect(page.getByText(CORRUPT_NOTICE)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Noch keine Netzwerke eingetragen' })).toBeVisible();
    expect(await stored(page, 'nk:quarantaene:netzwerk-check')).toBe('{"v":1,"rev":2,"data":[');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Netzwerk hinzufügen' }).click();
    await hydrated(page);
    await page.getByLabel('Name', { exact: true }).fill('Neuanfang');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Neuanfang' })).toBeFocused();
    expect(await stored(page, 'nk:quarantaene:netzwerk-check')).toBe('{"v":1,"rev":2,"data":[');
  });

  test('data that breaks the schema is quarantined, with the place of the error named', async ({ page }) => {
    await plant(page, { [KEY]: envelope({ ...STATES.complete, weights: { ...STATES.complete.weights, zwecke: 17 } }) });
    await open(page);
    await expect(page.getByText(/Fehler bei: weights\.zwecke/)).toBeVisible();
    await expect(names(page)).toHaveCount(0);
  });

  test('storage that cannot be read: the in-memory notice, and adding still works across both pages', async ({ page }) => {
    await storageThrows(page);
    await open(page);
    await expect(page.getByText(MEMORY_NOTICE)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Netzwerk hinzufügen' }).click();
    await hydrated(page);
    await expect(page.getByText(MEMORY_NOTICE)).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill('Nur im Tab');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await hydrated(page);
    await expect(page.getByRole('heading', { name: 'Nur im Tab' })).toBeFocused();
    await expect(page.getByText(MEMORY_NOTICE)).toBeVisible();
  });

  test('storage that refuses every write: the in-memory notice, and deleting with undo still works', async ({ page }) => {
    await writesThrow(page);
    await plantOnce(page, {});
    await open(page);
    await expect(page.getByText(MEMORY_NOTICE)).toBeVisible();
    await page.getByRole('link', { name: 'Netzwerk hinzufügen' }).click();
    await hydrated(page);
    await page.getByLabel('Name', { exact: true }).fill('Ohne Speicher');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await hydrated(page);
    await page.getByRole('button', { name: 'Löschen – Ohne Speicher' }).click();
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(page.getByRole('heading', { name: 'Ohne Speicher' })).toBeFocused();
    expect(await stored(page, KEY)).toBeNull();
  });
});

test.describe('accessibility of every named state', () => {
  for (const [name, state] of Object.entries(STATES)) {
    test(`has no axe violation in the ${name} state, on the list and in the editor`, async ({ page }) => {
      await plant(page, { [KEY]: envelope(state), [PROFILE]: envelope(ANSWERS.complete) });
      await open(page);
      // The explanation of the first candidate open, so axe sees it too.
      await page.locator('.candidate details').evaluateAll((all) => all.slice(0, 1).forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await expectNoAxeViolations(page);
      await open(page, `/netzwerk-check/bearbeiten/${state.candidates[0] ? `?id=${state.candidates[0].id}` : ''}`);
      await expectNoAxeViolations(page);
    });
  }
});
