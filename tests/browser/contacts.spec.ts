import { expect, test, type Page } from '@playwright/test';
import { contact, contactsPlanner } from '../fixtures/planner-contacts';
import { atFixtureDay, plannerReady, plantPlanner } from './support/planner';
import { expectNoAxeViolations } from './support/site';
import { storedPlannerData } from './support/storage';

/** Plants the spelling contacts plus `plain` more and opens the contacts page. */
async function openContacts(page: Page, plain = 0, query = '') {
  await atFixtureDay(page);
  await plantPlanner(page, contactsPlanner(plain));
  await page.goto(`/planer/kontakte/${query}`);
  await plannerReady(page);
}

const rows = (page: Page) => page.locator('.contact-rows li');
const search = (page: Page) => page.getByRole('searchbox', { name: 'Kontakte durchsuchen' });
/** Let the island's own focus move (one frame after a click) settle. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test.describe('contacts at scale', () => {
  test('the search comes before the due list and birthdays', async ({ page }) => {
    await openContacts(page, 300);
    const searchTop = (await search(page).boundingBox())!.y;
    const dueTop = (await page.locator('#faellig-titel').boundingBox())!.y;
    expect(searchTop).toBeLessThan(dueTop);
    expect(searchTop).toBeLessThan(800);
  });

  test('finds names and other fields with umlauts, ß, ı and accents folded, and sorts titles aside', async ({ page }) => {
    await openContacts(page);
    await expect(rows(page)).toHaveText([/^Dipl\.-Ing\. Zoé Garçon/, /^Kim/, /^Jana Müller/, /^Prof\. Dr\.-Ing\. Uwe Schröder/, /^Dr\. Fatma Yılmaz/]);
    for (const [query, names] of [
      ['yilmaz', ['Dr. Fatma Yılmaz']],
      ['mueller', ['Kim', 'Jana Müller']],
      ['strasse', ['Kim']],
      ['schroder', ['Prof. Dr.-Ing. Uwe Schröder']],
      ['schroeder', ['Prof. Dr.-Ing. Uwe Schröder']],
      ['garcon', ['Dipl.-Ing. Zoé Garçon']],
      ['gastvortrag', ['Prof. Dr.-Ing. Uwe Schröder']],
    ] as const) {
      await search(page).fill(query);
      await expect(rows(page).getByRole('button'), query).toHaveText([...names]);
    }
    await search(page).fill('niemand');
    await expect(page.getByText('Kein Kontakt passt zu Suche und Filtern.')).toBeVisible();
  });

  test('filters and sort combine and stay in the URL across a reload', async ({ page }) => {
    await openContacts(page);
    await page.getByText('Filtern und sortieren').click();
    await page.getByRole('checkbox', { name: 'Priorität A' }).check();
    await page.getByRole('checkbox', { name: 'Priorität C' }).check();
    await page.getByRole('combobox', { name: 'Sortieren nach' }).selectOption({ label: 'Nächster Kontakt' });
    await expect(rows(page).getByRole('button')).toHaveText(['Prof. Dr.-Ing. Uwe Schröder', 'Kim', 'Dr. Fatma Yılmaz', 'Dipl.-Ing. Zoé Garçon']);
    await page.getByRole('checkbox', { name: 'Nur überfällige' }).check();
    await search(page).fill('klinikum');
    await expect(rows(page).getByRole('button')).toHaveText(['Dr. Fatma Yılmaz']);
    expect(new URL(page.url()).search).toBe('?q=klinikum&prio=A%2CC&overdue=1&sort=next');

    await page.reload();
    await expect(search(page)).toHaveValue('klinikum');
    await expect(page.getByRole('checkbox', { name: 'Priorität A' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Priorität B' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Nur überfällige' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Sortieren nach' })).toHaveValue('next');
    await expect(rows(page).getByRole('button')).toHaveText(['Dr. Fatma Yılmaz']);

    await page.getByRole('button', { name: 'Suche und Filter zurücksetzen' }).click();
    await expect(rows(page)).toHaveCount(5);
    expect(new URL(page.url()).search).toBe('');
  });

  test('the group and without-rhythm filters come from the URL', async ({ page }) => {
    await openContacts(page, 0, '?group=gr-med');
    await expect(rows(page).getByRole('button')).toHaveText(['Jana Müller', 'Dr. Fatma Yılmaz']);
    await expect(page.getByRole('combobox', { name: 'Zielgruppe' })).toHaveValue('gr-med');
    await page.getByRole('checkbox', { name: 'Nur ohne Rhythmus' }).check();
    await expect(rows(page).getByRole('button')).toHaveText(['Jana Müller']);
  });

  test('showing more moves focus to the first new contact and says how many are shown', async ({ page }) => {
    await openContacts(page, 120);
    await expect(rows(page)).toHaveCount(50);
    const status = page.locator('#kontakte-treffer');
    await expect(status).toHaveText('125 von 125 Kontakten, die ersten 50 sind zu sehen.');
    await page.getByRole('button', { name: '50 weitere anzeigen' }).click();
    await expect(rows(page)).toHaveCount(100);
    await expect(page.getByRole('button', { name: 'Anna Kontakt049' })).toBeFocused();
    await expect(status).toHaveText('100 von 125 Kontakten sind jetzt zu sehen.');
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Anna Kontakt048' })).toBeFocused();

    await page.getByRole('button', { name: '25 weitere anzeigen' }).focus();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(125);
    await expect(page.getByRole('button', { name: 'Anna Kontakt099' })).toBeFocused();
    await expect(status).toHaveText('Alle 125 Kontakte sind jetzt zu sehen.');
    await expect(page.getByRole('button', { name: /weitere anzeigen/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('search, filter and open a contact by keyboard only', async ({ page }) => {
    await openContacts(page);
    await search(page).focus();
    await page.keyboard.type('mueller');
    await expect(rows(page)).toHaveCount(2);
    await page.keyboard.press('Tab');
    await expect(page.locator('summary', { hasText: 'Filtern und sortieren' })).toBeFocused();
    await page.keyboard.press('Enter');
    // The filters are a lazy part (fetched when the search field got focus); a reader tabs on once they show.
    await expect(page.getByRole('checkbox', { name: 'Priorität A' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Priorität A' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(rows(page).getByRole('button')).toHaveText(['Kim']);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.getByRole('button', { name: 'Kim', exact: true }).evaluate((el) => el === document.activeElement)) break;
    }
    await expect(page.getByRole('button', { name: 'Kim', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Kim' })).toBeVisible();
    await settle(page);
  });

  test('axe finds no violation with the filters open and a search', async ({ page }) => {
    await openContacts(page, 60, '?q=a&prio=A,C&sort=priority');
    await expect(page.getByRole('checkbox', { name: 'Priorität A' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Sortieren nach' })).toHaveValue('priority');
    await expectNoAxeViolations(page);
  });

  test('at 320 px wide the list with its filters does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openContacts(page, 60, '?sort=last&overdue=1&group=gr-med');
    await expect(page.getByRole('combobox', { name: 'Sortieren nach' })).toHaveValue('last');
    await expect(page.getByRole('combobox', { name: 'Zielgruppe' })).toHaveValue('gr-med');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

/** The spelling contacts and three with the fields of schema v3 (the import fills them). */
function detailedPlanner() {
  const planner = contactsPlanner();
  return {
    ...planner,
    contacts: [
      ...planner.contacts,
      contact({ id: 'd-weiss', name: 'Dr. Sören Weiß', priority: 'A', emails: ['soeren.weiss@beispiel.de'], phones: ['+49 221 555 0101'], profileUrl: 'https://www.linkedin.com/in/soeren-weiss', position: 'Leiter Qualitätssicherung', tags: ['Köln'] }),
      contact({ id: 'd-oeztuerk', name: 'Prof. Ayşe Öztürk', priority: 'B', tags: ['koeln', 'Stammtisch'], notes: 'Mag Fußball' }),
      // The import's bulk triage stores the target group as a tag: this contact names the group nowhere else.
      contact({ id: 'd-kilic', name: 'Mehmet Kılıç MBA', priority: 'A', position: 'Geschäftsführer', tags: ['Klinikum, MedTec', 'Ärzte'] }),
    ],
  };
}

async function openDetailed(page: Page, query = '') {
  await atFixtureDay(page);
  await plantPlanner(page, detailedPlanner());
  await page.goto(`/planer/kontakte/${query}`);
  await plannerReady(page);
}

const tagSelect = (page: Page) => page.getByRole('combobox', { name: 'Schlagwort' });

test.describe('search over every field, tags and the tag filter', () => {
  // Reproduces issue #13: the search left out emails, phones, profile URL, position, tags and notes.
  test('finds contacts by email, phone, profile URL, position, tag and notes, spelling aside', async ({ page }) => {
    await openDetailed(page);
    for (const [query, names] of [
      ['soeren.weiss@', ['Dr. Sören Weiß']],
      ['555 0101', ['Dr. Sören Weiß']],
      ['linkedin.com/in/soeren', ['Dr. Sören Weiß']],
      ['qualitatssicherung', ['Dr. Sören Weiß']],
      ['stammtisch', ['Prof. Ayşe Öztürk']],
      ['fussball', ['Prof. Ayşe Öztürk']],
      ['geschaeftsfuehrer', ['Mehmet Kılıç MBA']],
      ['kilic', ['Mehmet Kılıç MBA']],
    ] as const) {
      await search(page).fill(query);
      await expect(rows(page).getByRole('button'), query).toHaveText([...names]);
    }
  });

  // Reproduces issue #13: a contact whose only link to the group is the tag the import's triage set was not in the group.
  test('a contact tagged with a target group’s name is in that group', async ({ page }) => {
    await openDetailed(page, '?group=gr-med');
    await expect(rows(page).getByRole('button')).toHaveText(['Mehmet Kılıç MBA', 'Jana Müller', 'Dr. Fatma Yılmaz']);
  });

  test('the tag filter offers each tag in use once, sorted, combines with the others and stays in the URL', async ({ page }) => {
    await openDetailed(page);
    await page.getByText('Filtern und sortieren').click();
    await expect(tagSelect(page).locator('option')).toHaveText(['Alle Schlagworte', 'Ärzte', 'Klinikum, MedTec', 'Köln', 'Stammtisch']);
    await tagSelect(page).selectOption({ label: 'Köln' });
    await expect(rows(page).getByRole('button')).toHaveText(['Prof. Ayşe Öztürk', 'Dr. Sören Weiß']);
    await page.getByRole('checkbox', { name: 'Priorität A' }).check();
    await expect(rows(page).getByRole('button')).toHaveText(['Dr. Sören Weiß']);
    expect(new URL(page.url()).search).toBe(`?prio=A&tag=${encodeURIComponent('Köln').replace(/%20/g, '+')}`);

    await page.reload();
    await plannerReady(page);
    await expect(tagSelect(page)).toHaveValue('Köln');
    await expect(rows(page).getByRole('button')).toHaveText(['Dr. Sören Weiß']);
    await page.getByRole('button', { name: 'Suche und Filter zurücksetzen' }).click();
    await expect(tagSelect(page)).toHaveValue('');
    await expect(rows(page)).toHaveCount(8);
  });

  test('a tag in the URL in another spelling selects its tag', async ({ page }) => {
    await openDetailed(page, '?tag=KOELN');
    await expect(rows(page).getByRole('button')).toHaveText(['Prof. Ayşe Öztürk', 'Dr. Sören Weiß']);
    await expect(tagSelect(page).locator('option:checked')).toHaveText('Köln');
  });

  test('the tag filter works by keyboard alone', async ({ page }) => {
    await openDetailed(page);
    await page.locator('summary', { hasText: 'Filtern und sortieren' }).focus();
    await page.keyboard.press('Enter');
    await tagSelect(page).focus();
    // A closed select takes arrow keys: the first one moves from „Alle Schlagworte“ to „Ärzte“.
    await page.keyboard.press('ArrowDown');
    await expect(tagSelect(page)).toHaveValue('Ärzte');
    await expect(rows(page).getByRole('button')).toHaveText(['Mehmet Kılıç MBA']);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: 'Nur überfällige' })).toBeFocused();
  });

  test('at 320 px with a long tag selected nothing scrolls sideways, and axe finds no violation', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openDetailed(page, '?tag=Klinikum%2C+MedTec&q=m');
    await expect(tagSelect(page)).toHaveValue('Klinikum, MedTec');
    await expect(rows(page).getByRole('button')).toHaveText(['Mehmet Kılıç MBA']);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('contact fields', () => {
  const stored = async (page: Page, id: string) => (await storedPlannerData(page))!.contacts.find((c) => c.id === id)!;

  test('position, emails, phones, profile URL, tags, notes and a birthday with its year save and come back after a reload', async ({ page }) => {
    await openContacts(page);
    await page.getByRole('button', { name: 'Kim', exact: true }).click();
    await page.getByText('Angaben zu Kim').click();
    await page.getByLabel('Position').fill('Bauleiterin');
    await page.getByLabel('E-Mail-Adressen').fill('kim@example.org, kim.privat@example.com');
    await page.getByLabel('Telefonnummern').fill('+49 89 123456; 0171 2345678');
    await page.getByLabel('Profil-URL').fill('linkedin.com/in/kim');
    await page.getByLabel('Schlagworte').fill('Köln, Messe 2026');
    await page.getByLabel('Notizen').fill('Mag Tiefbau.\nZweite Zeile.');
    await page.getByLabel('Geburtstag').fill('14.3.1980');
    await expect.poll(() => stored(page, 'k-strasse')).toMatchObject({
      position: 'Bauleiterin',
      emails: ['kim@example.org', 'kim.privat@example.com'],
      phones: ['+49 89 123456', '0171 2345678'],
      profileUrl: 'https://linkedin.com/in/kim',
      tags: ['Köln', 'Messe 2026'],
      notes: 'Mag Tiefbau.\nZweite Zeile.',
      birthday: '1980-03-14',
    });
    await page.reload();
    await plannerReady(page);
    await page.getByRole('button', { name: 'Kim', exact: true }).click();
    await page.getByText('Angaben zu Kim').click();
    await expect(page.getByLabel('E-Mail-Adressen')).toHaveValue('kim@example.org, kim.privat@example.com');
    await expect(page.getByLabel('Geburtstag')).toHaveValue('14.3.1980');
    await expectNoAxeViolations(page);
  });

  test('a wrong address or a tag twice shows its message and is not saved', async ({ page }) => {
    await openContacts(page);
    await page.getByRole('button', { name: 'Kim', exact: true }).click();
    await page.getByText('Angaben zu Kim').click();
    await page.getByLabel('E-Mail-Adressen').fill('kim@example.org, kein-at');
    await expect(page.getByText('„kein-at“ lässt sich so nicht speichern.')).toBeVisible();
    await page.getByLabel('Schlagworte').fill('Köln, koeln');
    await expect(page.getByText('„koeln“ steht schon da')).toBeVisible();
    const kim = await stored(page, 'k-strasse');
    expect(kim.emails).toEqual([]);
    expect(kim.tags).toEqual([]);
  });

  test('a new contact starts with priority A and no rhythm, and both can be changed', async ({ page }) => {
    await openContacts(page);
    await page.getByRole('button', { name: 'Kontakt hinzufügen' }).click();
    await expect(page.locator('#neu-prio')).toHaveValue('A');
    await expect(page.locator('#neu-rhythmus')).toHaveValue('');
    await page.locator('#neu-name').fill('Lea');
    await page.locator('#neu-prio').selectOption('B');
    await page.getByRole('button', { name: 'Kontakt speichern' }).click();
    await expect(page.getByRole('region', { name: 'Lea' })).toBeVisible();
    const contacts = (await storedPlannerData(page))!.contacts;
    expect(contacts.at(-1)).toMatchObject({ name: 'Lea', priority: 'B', rhythm: '' });
  });
});

test.describe('„Heute kontaktiert“', () => {
  const log = async (page: Page, id: string) => (await storedPlannerData(page))!.contacts.find((c) => c.id === id)!.log;
  // The entry is written a moment after the form closes (the write lock across tabs).
  const logGrown = async (page: Page, id: string, length: number) => {
    await expect.poll(async () => (await log(page, id)).length).toBe(length);
    return log(page, id);
  };

  test('asks how and for a note, and logs both with today’s date', async ({ page }) => {
    await openContacts(page);
    const before = (await log(page, 'k-yilmaz')).length;
    await page.getByRole('button', { name: 'Heute kontaktiert: Dr. Fatma Yılmaz' }).click();
    const form = page.getByRole('form', { name: 'Kontakt mit Dr. Fatma Yılmaz für heute eintragen' });
    await expect(form.getByLabel('Wie?')).toBeFocused();
    await form.getByLabel('Wie?').selectOption({ label: 'Telefonat' });
    await form.getByLabel('Notiz').fill('Zulassung besprochen');
    await expectNoAxeViolations(page);
    await form.getByLabel('Notiz').press('Enter');
    await expect(form).toHaveCount(0);
    const entries = await logGrown(page, 'k-yilmaz', before + 1);
    expect(entries.at(-1)).toMatchObject({ date: '2026-03-02', channel: 'telefon', note: 'Zulassung besprochen' });
  });

  test('logs without channel or note when the reader just presses „Eintragen“', async ({ page }) => {
    await openContacts(page);
    const before = (await log(page, 'k-yilmaz')).length;
    await page.getByRole('button', { name: 'Heute kontaktiert: Dr. Fatma Yılmaz' }).click();
    await page.getByRole('button', { name: 'Eintragen' }).click();
    const entries = await logGrown(page, 'k-yilmaz', before + 1);
    expect(entries.at(-1)).toMatchObject({ date: '2026-03-02', channel: '', note: '' });
  });

  test('Escape and „Abbrechen“ close the form without logging, focus back on the button', async ({ page }) => {
    await openContacts(page);
    const before = await log(page, 'k-yilmaz');
    const button = page.getByRole('button', { name: 'Heute kontaktiert: Dr. Fatma Yılmaz' });
    await button.click();
    await page.getByLabel('Notiz').fill('doch nicht');
    await page.keyboard.press('Escape');
    await expect(page.locator('.contacted-form')).toHaveCount(0);
    await expect(button).toBeFocused();
    await button.click();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.locator('.contacted-form')).toHaveCount(0);
    await expect(button).toBeFocused();
    expect(await log(page, 'k-yilmaz')).toEqual(before);
  });
});
