/**
 * The contact import on /planer/kontakte/ in Chromium: every fixture file through the file field,
 * compared field by field with what the planner then stores; the mapping step; duplicates; triage;
 * undo; broken files that change nothing; the link from „Meine Daten“; axe on every step.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { readContactFile } from '../../src/lib/contact-import/read-file';
import type { ImportRow } from '../../src/lib/contact-import/fields';
import { emptyPlanner, type Contact, type PlannerData } from '../../src/lib/planner/planner-schema';
import { countEntries } from '../../src/lib/storage/stored-value';
import { contact } from '../fixtures/planner-contacts';
import { plannerV3Detailed } from '../fixtures/planner-states';
import { atFixtureDay, plannerReady, plantPlanner } from './support/planner';
import { expectNoAxeViolations } from './support/site';
import { readStorage, storedPlannerData, storedPlannerText } from './support/storage';

const FIXTURES = new URL('../fixtures/contact-import/', import.meta.url);
const fixture = (name: string) => new URL(name, FIXTURES).pathname;
const rowsOf = (name: string): ImportRow[] => {
  const outcome = readContactFile(new Uint8Array(readFileSync(fixture(name))), 10_000, 2026);
  if (outcome.ok !== true) throw new Error(`${name} does not parse to rows`);
  return outcome.rows;
};

/** Three contacts the LinkedIn file duplicates: by email, by profile URL, by name and organisation. */
const EXISTING: PlannerData = {
  ...emptyPlanner(),
  groups: [{ id: 'gr-1', kind: 'thema', name: 'Energie', level: '', people: '' }],
  contacts: [
    contact({ id: 'k-jana', name: 'J. Müller', emails: ['Jana.Mueller@example.org'] }),
    contact({ id: 'k-fatma', name: 'Fatma Y.', profileUrl: 'https://linkedin.com/in/fatma-yilmaz/' }),
    contact({ id: 'k-uwe', name: 'Uwe Schroeder', organisation: 'Schröder, Weber & Co. KG', notes: 'Eigene Notiz' }),
  ],
};

async function openContacts(page: Page, planted: PlannerData | null = null) {
  await atFixtureDay(page);
  if (planted) await plantPlanner(page, planted);
  await page.goto('/planer/kontakte/');
  await plannerReady(page);
  // With entries stored, the backup reminder notes once when it first saw them (nk:meta). That
  // write is the reminder's, not the import's: wait for it, so „nothing stored changes“ compares
  // against the settled state.
  if (planted && countEntries(planted, emptyPlanner()) > 0) await page.waitForFunction(() => localStorage.getItem('nk:meta')?.includes('"firstEntry":1'));
}

const heading = (page: Page) => page.locator('#import-schritt');

async function chooseFile(page: Page, name: string) {
  await page.getByRole('button', { name: 'Kontakte importieren' }).click();
  await expect(heading(page)).toHaveText('Schritt 1: Datei wählen');
  await page.getByLabel('Datei mit Kontakten').setInputFiles(name.startsWith('/') ? name : fixture(name));
}

async function storedContacts(page: Page): Promise<Contact[]> {
  return (await storedPlannerData(page))?.contacts ?? [];
}

const FIELDS = ['name', 'organisation', 'position', 'emails', 'phones', 'profileUrl', 'birthday', 'notes', 'tags'] as const;
const pick = (c: Contact | ImportRow) => Object.fromEntries(FIELDS.map((f) => [f, c[f]]));

test.describe('contact import', () => {
  test('the import and its parsers load only when the reader opens it', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await openContacts(page);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /ContactImport/.test(s))).toEqual([]);
    await page.getByRole('button', { name: 'Kontakte importieren' }).click();
    await expect(heading(page)).toBeFocused();
    expect(scripts.filter((s) => /ContactImport/.test(s))).toHaveLength(1);
  });

  // Reproduces the defect of use-lazy.ts: a failed load was swallowed and the page said „Der Import wird geladen …“ for ever.
  test('when the import’s part cannot be loaded, a clear message offers „Erneut versuchen“, and that loads it', async ({ page }) => {
    await openContacts(page);
    // The part's script, also under the fresh address a retry may use (?retry=n).
    const script = /\/_astro\/ContactImport\.[^/?]*\.js(\?.*)?$/;
    const blocked: string[] = [];
    const block = (route: Route) => {
      blocked.push(new URL(route.request().url()).search);
      return route.abort('internetdisconnected');
    };
    await page.route(script, block);
    await page.getByRole('button', { name: 'Kontakte importieren' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Der Import ließ sich nicht laden');
    await expect(alert).toContainText('Deine gespeicherten Kontakte sind unverändert.');
    await expect(page.getByText('Der Import wird geladen …')).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Still offline: the retry fails as well and says so again.
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect.poll(() => blocked.some((search) => search.startsWith('?retry='))).toBe(true);
    await expect(page.getByRole('alert')).toContainText('Der Import ließ sich nicht laden');

    // Back online: Chromium would answer the same import() from its record of the failure; the retry still loads the part.
    await page.unroute(script, block);
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(heading(page)).toHaveText('Schritt 1: Datei wählen');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByLabel('Datei mit Kontakten').setInputFiles(fixture('linkedin-connections.csv'));
    await expect(heading(page)).toHaveText('Schritt 3: Vorschau prüfen');
  });

  test('imports LinkedIn’s Connections.csv: every row, field by field, priority A and no rhythm', async ({ page }) => {
    await openContacts(page);
    await chooseFile(page, 'linkedin-connections.csv');
    await expect(heading(page)).toHaveText('Schritt 3: Vorschau prüfen');
    await expect(heading(page)).toBeFocused();
    await expect(page.getByText('„linkedin-connections.csv“: 30 neue Kontakte, 0 mögliche Dubletten, 0 Hinweise.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '30 Kontakte übernehmen' }).click();
    await expect(page.getByText('30 Kontakte aus „linkedin-connections.csv“ übernommen.')).toBeVisible();

    const stored = await storedContacts(page);
    expect(stored.map(pick)).toEqual(rowsOf('linkedin-connections.csv').map(pick));
    const jana = stored.find((c) => c.name === 'Jana Müller')!;
    expect(jana).toMatchObject({ organisation: 'Stadtwerke Nordhafen', position: 'Leiterin Vertrieb', emails: ['jana.mueller@example.org'], profileUrl: 'https://www.linkedin.com/in/jana-mueller-1a2b3c', met: 'Auf LinkedIn vernetzt am 15. März 2024', priority: 'A', rhythm: '', added: '2026-03-02', log: [] });
    expect(stored.find((c) => c.name === 'Lukas Weiß')!.position).toBe('Projektleiter Tiefbau');
    expect(stored.find((c) => c.name === 'Chloé Dubois')!.organisation).toBe('Maison "Lumière"');
    expect(stored.every((c) => c.rhythm === '' && c.priority === 'A')).toBe(true);
    // The list shows them at once, without a reload.
    await expect(page.locator('.contact-rows li')).not.toHaveCount(0);
  });

  for (const [name, count, check] of [
    ['vcard-4.0.vcf', 2, { name: 'Chloé Dubois', birthday: '02-29', phones: ['+33-6-12-34-56-78'], notes: 'Spricht Französisch und Deutsch.' }],
    ['apple-3.0.vcf', 3, null],
    ['google-3.0.vcf', 2, null],
    ['outlook-2.1.vcf', 2, null],
    ['xing-3.0.vcf', 1, null],
  ] as const) {
    test(`imports the vCard file ${name}: ${count} contacts, field by field`, async ({ page }) => {
      await openContacts(page);
      await chooseFile(page, name);
      await page.getByRole('button', { name: count === 1 ? '1 Kontakt übernehmen' : `${count} Kontakte übernehmen` }).click();
      await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
      const stored = await storedContacts(page);
      expect(stored).toHaveLength(count);
      expect(stored.map(pick)).toEqual(rowsOf(name).map(pick));
      if (check) expect(stored.find((c) => c.name === check.name)).toMatchObject(check);
    });
  }

  test('the vCard 2.1 file from Outlook keeps its umlauts (quoted-printable, Windows-1252)', async ({ page }) => {
    await openContacts(page);
    await chooseFile(page, 'outlook-2.1.vcf');
    await page.getByRole('button', { name: '2 Kontakte übernehmen' }).click();
    await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
    const names = (await storedContacts(page)).map((c) => c.name).join(' ');
    expect(names).not.toMatch(/=[0-9A-F]{2}|\uFFFD/);
    expect(names).toMatch(/[äöüßÄÖÜ]/);
  });

  test('a Google CSV goes through the mapping step with its guessed columns', async ({ page }) => {
    await openContacts(page);
    await chooseFile(page, 'google.csv');
    await expect(heading(page)).toHaveText('Schritt 2: Spalten zuordnen');
    await expect(heading(page)).toBeFocused();
    await expect(page.getByLabel('Spalte 1: „First Name“')).toHaveValue('firstName');
    await expect(page.getByLabel('Spalte 3: „Last Name“')).toHaveValue('lastName');
    await expect(page.getByLabel('Spalte 11: „E-mail 1 - Value“')).toHaveValue('email');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Weiter zur Vorschau' }).click();
    await expect(heading(page)).toHaveText('Schritt 3: Vorschau prüfen');
    await page.getByRole('button', { name: /Kontakte? übernehmen$/ }).click();
    await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
    expect((await storedContacts(page))[0]).toMatchObject({ name: 'Nele Krüger', organisation: 'Verein für Nachbarschaftshilfe e. V.' });
  });

  test('a German Excel CSV (;, Windows-1252) maps by its German headers, and a column can be left out', async ({ page }) => {
    await openContacts(page);
    await chooseFile(page, 'excel-de.csv');
    await expect(page.getByLabel('Spalte 1: „Vorname“')).toHaveValue('firstName');
    await expect(page.getByLabel('Spalte 3: „Firma“')).toHaveValue('organisation');
    await expect(page.getByLabel('Spalte 8: „Notizen“')).toHaveValue('notes');
    await page.getByLabel('Spalte 8: „Notizen“').selectOption({ label: 'Nicht übernehmen' });
    await page.getByRole('button', { name: 'Weiter zur Vorschau' }).click();
    await page.getByRole('button', { name: /Kontakte? übernehmen$/ }).click();
    await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
    const stored = await storedContacts(page);
    expect(stored[0]).toMatchObject({ name: 'Matthias Fuß', organisation: 'Fuß & Söhne', position: 'Meister', emails: ['matthias@example.de'], phones: ['+49 89 123456'], birthday: '1975-07-03', notes: '' });
    expect(stored.every((c) => c.notes === '')).toBe(true);
  });

  test('duplicates by email, profile URL and name with organisation: merge, add anyway or skip per row', async ({ page }) => {
    await openContacts(page, EXISTING);
    await chooseFile(page, 'linkedin-connections.csv');
    await expect(page.getByText('„linkedin-connections.csv“: 27 neue Kontakte, 3 mögliche Dubletten, 0 Hinweise.')).toBeVisible();
    await expect(page.getByText('Gleiche E-Mail wie J. Müller')).toBeVisible();
    await expect(page.getByText('Gleiche Profil-URL wie Fatma Y.')).toBeVisible();
    await expect(page.getByText('Gleicher Name und gleiche Organisation wie Uwe Schroeder')).toBeVisible();
    await expect(page.getByLabel('Was tun mit Jana Müller?')).toHaveValue('merge');
    await page.getByLabel('Was tun mit Fatma Yılmaz?').selectOption({ label: 'Neu anlegen' });
    await page.getByLabel('Was tun mit Uwe Schröder?').selectOption({ label: 'Überspringen' });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '29 Kontakte übernehmen' }).click();
    await expect(page.getByText('29 Kontakte aus „linkedin-connections.csv“ übernommen.')).toBeVisible();

    const stored = await storedContacts(page);
    expect(stored).toHaveLength(3 + 27 + 1);
    // Merged: empty fields filled, the name the reader typed kept, the same address not doubled.
    expect(stored[0]).toMatchObject({ id: 'k-jana', name: 'J. Müller', organisation: 'Stadtwerke Nordhafen', position: 'Leiterin Vertrieb', emails: ['Jana.Mueller@example.org'], rhythm: '3m', priority: 'B' });
    expect(stored[1]).toMatchObject({ id: 'k-fatma', name: 'Fatma Y.', organisation: '' });
    expect(stored[2]).toEqual(EXISTING.contacts[2]);
    expect(stored.filter((c) => c.name === 'Fatma Yılmaz')).toHaveLength(1);
    expect(stored.some((c) => c.name === 'Uwe Schröder')).toBe(false);
  });

  test('bulk triage sets priority, rhythm, target group and tags on the selected rows only', async ({ page }) => {
    await openContacts(page, { ...emptyPlanner(), groups: EXISTING.groups });
    await chooseFile(page, 'vcard-4.0.vcf');
    await page.getByLabel('Alle auswählen').uncheck();
    await page.getByRole('checkbox', { name: 'Piotr Łukasiewicz' }).check();
    await expect(page.getByRole('group', { name: 'Für alle ausgewählten (1) festlegen' })).toBeVisible();
    await page.getByLabel('Priorität', { exact: true }).selectOption({ label: 'C – locker' });
    await page.getByLabel('Rhythmus', { exact: true }).selectOption({ label: 'Alle 3 Monate' });
    await page.getByLabel('Zielgruppe (als Schlagwort)').selectOption({ label: 'Energie' });
    await page.getByLabel('Schlagworte hinzufügen').fill('Messe 2026, Köln');
    await page.getByRole('button', { name: 'Für die Ausgewählten übernehmen' }).click();
    await expect(page.getByText('C – locker · Alle 3 Monate · Entwicklung · Polen · Energie · Messe 2026 · Köln')).toBeVisible();
    await page.getByRole('button', { name: '2 Kontakte übernehmen' }).click();
    await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
    const [chloe, piotr] = await storedContacts(page);
    expect(chloe).toMatchObject({ priority: 'A', rhythm: '', tags: [] });
    expect(piotr).toMatchObject({ priority: 'C', rhythm: '3m', tags: ['Entwicklung', 'Polen', 'Energie', 'Messe 2026', 'Köln'] });
  });

  test('a target group whose name is longer than a tag goes in by its first part, or the triage says why it cannot', async ({ page }) => {
    // Reproduces: the triage added the whole long name as a tag, which the 40-character limit then dropped without a word.
    const base = EXISTING.groups[0]!;
    const groups = [
      { ...base, id: 'gr-lang', name: 'Medizintechnik-Hersteller, Kliniken und Reha-Zentren im ganzen Rheinland' },
      { ...base, id: 'gr-zu-lang', name: 'Einkaufsleitungen mittelständischer Maschinenbauunternehmen in NRW' },
    ];
    await openContacts(page, { ...emptyPlanner(), groups });
    await chooseFile(page, 'vcard-4.0.vcf');
    const group = page.getByLabel('Zielgruppe (als Schlagwort)');
    await group.selectOption({ label: groups[1]!.name });
    await expect(group).toHaveAccessibleDescription(/zu lang für ein Schlagwort/);
    await group.selectOption({ label: groups[0]!.name });
    await expect(group).not.toHaveAccessibleDescription(/zu lang/);
    await page.getByRole('button', { name: 'Für die Ausgewählten übernehmen' }).click();
    await page.getByRole('button', { name: '2 Kontakte übernehmen' }).click();
    await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
    for (const c of await storedContacts(page)) expect(c.tags).toContain('Medizintechnik-Hersteller');
  });

  test('„Rückgängig“ after an import brings back exactly what was stored before', async ({ page }) => {
    await openContacts(page, EXISTING);
    const before = JSON.parse((await storedPlannerText(page))!);
    await chooseFile(page, 'linkedin-connections.csv');
    await page.getByRole('button', { name: '30 Kontakte übernehmen' }).click();
    // The import compresses its undo point first, so it is written a moment after the click.
    await expect.poll(async () => (await storedContacts(page)).length).toBe(30);
    const snapshot = JSON.parse((await page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('nk:schnappschuss:')).sort().at(-1)![1]))!);
    expect(snapshot.cause).toEqual({ code: 'beforeContactImport', fileName: 'linkedin-connections.csv' });
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(page.getByText('Der Import ist rückgängig gemacht; deine Kontakte sind wie vorher.')).toBeVisible();
    await expect.poll(async () => JSON.parse((await storedPlannerText(page))!)).toEqual(before);
    await expect(page.locator('.contact-rows li')).toHaveCount(3);
  });

  for (const [name, message] of [
    ['broken-binary.csv', '„broken-binary.csv“ ist keine Textdatei in einer bekannten Kodierung.'],
    ['broken-unterminated.vcf', 'In „broken-unterminated.vcf“ endet Karte 2 nicht mit „END:VCARD“.'],
    ['broken-no-name.csv', 'In „broken-no-name.csv“ steht in keiner Spalte ein Name.'],
  ] as const) {
    test(`the broken file ${name} gets its German message and changes nothing stored`, async ({ page }) => {
      await openContacts(page, EXISTING);
      const before = await readStorage(page);
      await chooseFile(page, name);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('alert')).toContainText('Es wurde nichts gespeichert.');
      if (name === 'broken-no-name.csv') {
        await page.getByRole('button', { name: 'Weiter zur Vorschau' }).click();
        await expect(page.getByRole('alert')).toContainText(message);
        await expect(heading(page)).toHaveText('Schritt 2: Spalten zuordnen');
      }
      await expectNoAxeViolations(page);
      expect(await readStorage(page)).toEqual(before);
    });
  }

  test('a file over 10 MB is refused before it is read, and nothing stored changes', async ({ page }) => {
    await openContacts(page, EXISTING);
    const before = await readStorage(page);
    await page.getByRole('button', { name: 'Kontakte importieren' }).click();
    await page.getByLabel('Datei mit Kontakten').setInputFiles({ name: 'riesig.vcf', mimeType: 'text/vcard', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20) });
    await expect(page.getByRole('alert')).toContainText('„riesig.vcf“ ist größer als 10 MB.');
    expect(await readStorage(page)).toEqual(before);
  });

  test('„Meine Daten“ links to the contacts page with the import open', async ({ page }) => {
    await atFixtureDay(page);
    await page.goto('/daten/');
    await page.getByRole('link', { name: 'Zum Kontakt-Import' }).click();
    await expect(page).toHaveURL(/\/planer\/kontakte\/#import$/);
    await expect(heading(page)).toHaveText('Schritt 1: Datei wählen');
    await expect(heading(page)).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('the import works by keyboard alone and fits 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await openContacts(page);
    await page.getByRole('button', { name: 'Kontakte importieren' }).focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    await page.getByLabel('Datei mit Kontakten').setInputFiles(fixture('vcard-4.0.vcf'));
    await expect(heading(page)).toBeFocused();
    const take = page.getByRole('button', { name: '2 Kontakte übernehmen' });
    await take.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByRole('button', { name: 'Import schließen' }).click();
    await expect(page.getByRole('button', { name: 'Kontakte importieren' })).toBeFocused();
  });

  for (const [format, button, file] of [
    ['csv', 'Als CSV (Excel)', 'kontakte.csv'],
    ['vcard', 'Als vCard', 'kontakte.vcf'],
  ] as const) {
    test(`the ${format} export downloads every contact and imports again to the same contacts`, async ({ page }, testInfo) => {
      await openContacts(page, plannerV3Detailed);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      expect(download.suggestedFilename()).toBe(file);
      const path = testInfo.outputPath(file);
      await download.saveAs(path);
      const text = readFileSync(path, 'utf8');
      if (format === 'csv') expect(text.startsWith('\uFEFFName;Organisation;')).toBe(true);
      else expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);

      await page.evaluate(() => localStorage.removeItem('nk:planer'));
      await page.reload();
      await plannerReady(page);
      await chooseFile(page, path);
      if (format === 'csv') await page.getByRole('button', { name: 'Weiter zur Vorschau' }).click();
      const n = plannerV3Detailed.contacts.length;
      await page.getByRole('button', { name: n === 1 ? '1 Kontakt übernehmen' : `${n} Kontakte übernehmen` }).click();
      await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
      expect((await storedContacts(page)).map(pick)).toEqual(plannerV3Detailed.contacts.map(pick));
    });
  }
});
