import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchForeignRequests } from './support/site';
import { backupFile, envelope, ourKeys, plantStorage, readStorage, todayDe } from './support/storage';
import { hydrated } from './support/tools';
import { expectInert, watchDialogs, XSS_PAYLOADS } from './support/xss';
import { plannerStates, storedPlanner } from '../fixtures/planner-states';
import { plannerDefinition } from '../../src/lib/planner/planner-schema';
import { metaDefinition } from '../../src/lib/storage/meta-schema';

const META = envelope(metaDefinition.version, 3, { ...metaDefinition.initial(), lastBackup: '2026-01-15' });

async function openDaten(page: Page) {
  await page.goto('/daten/');
  await expect(page.getByRole('table', { name: 'Was Netzwerk-Kompass in diesem Browser gespeichert hat' })).toBeVisible();
  await hydrated(page);
}

async function download(page: Page, button: RegExp | string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function chooseFile(page: Page, text: string, name = 'sicherung.json') {
  await page.getByLabel('Sicherungsdatei').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.describe('what is stored', () => {
  test('with nothing stored, every value says so and the last backup is „noch nie“', async ({ page }) => {
    await openDaten(page);
    await expect(page.getByRole('row', { name: /Datum der letzten Sicherung.*nichts gespeichert/ })).toBeVisible();
    await expect(page.getByTestId('letzte-sicherung')).toHaveText('noch nie');
    await expect(page.getByText('Besuchst du diese Website sieben Tage lang nicht')).toBeVisible();
    expect(await ourKeys(page)).toEqual([]);
  });

  test('with data, shows entries, size in KB and the last change per value', async ({ page }) => {
    await plantStorage(page, { 'nk:meta': META, 'nk:zukunft': '{"v":1}' });
    await openDaten(page);
    const row = page.getByRole('row', { name: /Datum der letzten Sicherung/ });
    await expect(row.getByRole('cell').nth(0)).toHaveText('1 Eintrag');
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^\d+,\d KB$/);
    await expect(row.getByRole('cell').nth(2)).toHaveText('1. Februar 2026, 09:00 Uhr');
    await expect(page.getByRole('row', { name: /Weitere Daten von Netzwerk-Kompass/ })).toBeVisible();
    await expect(page.getByTestId('letzte-sicherung')).toHaveText('15. Januar 2026');
  });

  test('does not scroll sideways at 320 px with the import preview open', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await plantStorage(page, { 'nk:meta': META, 'nk:quarantaene:meta': 'kaputt' });
    await openDaten(page);
    await chooseFile(page, backupFile({ 'nk:meta': JSON.parse(META) }));
    await expect(page.getByRole('heading', { name: 'Vorschau: Das würde sich ändern' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('has no WCAG 2.2 A/AA violation with data, a preview and the delete confirmation open', async ({ page }) => {
    await plantStorage(page, { 'nk:meta': META, 'nk:quarantaene:meta': 'kaputt' });
    await openDaten(page);
    await chooseFile(page, backupFile({ 'nk:meta': JSON.parse(META) }));
    await expect(page.getByRole('heading', { name: 'Vorschau: Das würde sich ändern' })).toBeVisible();
    await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
    await expectNoAxeViolations(page);
  });
});

test.describe('backup export', () => {
  test('downloads one JSON file with format, version, export date and all data, and notes the date', async ({ page, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    await plantStorage(page, { 'nk:meta': META });
    await openDaten(page);
    const file = await download(page, 'Sicherung herunterladen');
    expect(file.name).toMatch(/^netzwerk-kompass-sicherung-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(file.text);
    expect(backup).toMatchObject({ format: 'netzwerk-kompass-backup', formatVersion: 1, records: { 'nk:meta': { v: metaDefinition.version, data: { lastBackup: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } } } });
    expect(Date.now() - Date.parse(backup.exportedAt)).toBeLessThan(60_000);
    await expect(page.getByTestId('letzte-sicherung')).toHaveText(todayDe());
    await expect(page.getByRole('status').filter({ hasText: 'wurde heruntergeladen' })).toBeVisible();
    expect(foreign).toEqual([]);
  });

  test('an encrypted backup asks for a passphrase twice and contains no plain data', async ({ page }) => {
    await openDaten(page);
    await page.getByLabel('Mit einem Passwort verschlüsseln (optional)').check();
    await page.getByRole('button', { name: 'Verschlüsselte Sicherung herunterladen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Da stimmt etwas noch nicht' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: /mindestens 8 Zeichen/ })).toHaveAttribute('href', '#passwort-neu');
    await expect(page).toHaveTitle(/^Fehler: /);
    await page.getByLabel('Passwort für die Sicherung').fill('ein langes Passwort');
    await page.getByLabel('Passwort wiederholen').fill('ein anderes Passwort');
    await page.getByRole('button', { name: 'Verschlüsselte Sicherung herunterladen' }).click();
    await expect(page.getByText('Die beiden Passwörter stimmen nicht überein.').last()).toBeVisible();
    await page.getByLabel('Passwort wiederholen').fill('ein langes Passwort');
    const file = await download(page, 'Verschlüsselte Sicherung herunterladen');
    expect(file.name).toMatch(/-verschluesselt\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'netzwerk-kompass-backup-verschluesselt', kdf: 'PBKDF2-SHA-256', iterations: 310000 });
    expect(file.text).not.toContain('lastBackup');
  });
});

test.describe('import', () => {
  test('round trip: a backup from one browser restores into another, with preview, one step and a snapshot', async ({ browser }) => {
    const source = await browser.newContext();
    const a = await source.newPage();
    await plantStorage(a, { 'nk:meta': META });
    await openDaten(a);
    const file = await download(a, 'Sicherung herunterladen');
    await source.close();

    const target = await browser.newContext();
    const b = await target.newPage();
    await plantStorage(b, { 'nk:meta': envelope(1, 1, { lastBackup: '2025-06-01' }) });
    await openDaten(b);
    const before = await readStorage(b);
    await chooseFile(b, file.text, file.name);
    const preview = b.getByRole('heading', { name: 'Vorschau: Das würde sich ändern' });
    await expect(preview).toBeVisible();
    await expect(b.locator('.import-result')).toBeFocused();
    await expect(b.getByRole('row', { name: /Datum der letzten Sicherung 1 Eintrag 1 Eintrag 1 Eintrag ersetzt deine jetzigen Daten/ })).toBeVisible();
    expect(await readStorage(b)).toEqual(before); // the preview changes nothing

    await b.getByRole('button', { name: 'Jetzt einspielen' }).click();
    await expect(b.getByText('Die Sicherung ist eingespielt.')).toBeVisible();
    await expect(b.getByTestId('letzte-sicherung')).toHaveText(todayDe());
    await expect(b.getByText(/vor dem Import von „.*“ \(Sicherung vom/)).toBeVisible();

    await b.getByRole('button', { name: /^Diesen Stand wiederherstellen/ }).first().click();
    await expect(b.getByTestId('letzte-sicherung')).toHaveText('1. Juni 2025');
    const restored = await readStorage(b);
    expect(restored['nk:meta']).toBe(before['nk:meta']);
    await target.close();
  });

  test('merge keeps the later backup date; replace takes the file’s', async ({ page }) => {
    await plantStorage(page, { 'nk:meta': META });
    await openDaten(page);
    await chooseFile(page, backupFile({ 'nk:meta': JSON.parse(envelope(1, 1, { lastBackup: '2025-12-24' })) }));
    await page.getByLabel('Zusammenführen').check();
    await expect(page.getByRole('row', { name: /bleibt gleich/ })).toBeVisible();
    await page.getByLabel('Ersetzen').check();
    await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
    await expect(page.getByTestId('letzte-sicherung')).toHaveText('24. Dezember 2025');
  });

  const refusals: [string, string | (() => string), RegExp][] = [
    ['a file of another program', '{"items":[1,2,3]}', /keine Sicherung von Netzwerk-Kompass/],
    ['a broken file', '{"format":"netzwerk-kompass-backup","formatVer', /lässt sich nicht lesen/],
    ['a backup from a newer version', backupFile({}, { formatVersion: 2 }), /neueren Version von Netzwerk-Kompass \(Dateiformat 2/],
    ['data of a tool this version does not know', backupFile({ 'nk:zukunft': {} }), /„nk:zukunft“.*nicht kennt/],
    ['a record from a newer version', backupFile({ 'nk:meta': JSON.parse(envelope(metaDefinition.version + 1, 1, {})) }), /neueren Version/],
    ['a file over 5 MB', () => ' '.repeat(5 * 1024 * 1024 + 10), /größer als 5 MB/],
  ];
  for (const [name, text, message] of refusals) {
    test(`refuses ${name} with a clear German message and changes nothing`, async ({ page }) => {
      await plantStorage(page, { 'nk:meta': META, fremd: 'bleibt' });
      await openDaten(page);
      const before = await readStorage(page);
      await chooseFile(page, typeof text === 'function' ? text() : text);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText('Es wurde nichts geändert.');
      await expect(alert).toBeFocused();
      await expect(page.getByRole('button', { name: 'Jetzt einspielen' })).toHaveCount(0);
      expect(await readStorage(page)).toEqual(before);
    });
  }

  test('an encrypted backup opens with its passphrase only', async ({ page }) => {
    await openDaten(page);
    await page.getByLabel('Mit einem Passwort verschlüsseln (optional)').check();
    await page.getByLabel('Passwort für die Sicherung').fill('ein langes Passwort');
    await page.getByLabel('Passwort wiederholen').fill('ein langes Passwort');
    const file = await download(page, 'Verschlüsselte Sicherung herunterladen');
    // The date of this backup is written a moment later (the write lock); clear only after it.
    await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('nk:meta') ?? 'null')?.data.lastBackup ?? null)).not.toBeNull();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await hydrated(page);
    await chooseFile(page, file.text, file.name);
    await expect(page.getByText(/ist mit einem Passwort verschlüsselt/)).toBeVisible();
    await page.getByLabel('Passwort der Sicherung').fill('falsch');
    await page.getByRole('button', { name: 'Sicherung öffnen' }).click();
    await expect(page.getByText(/Das Passwort passt nicht/)).toBeVisible();
    await page.getByLabel('Passwort der Sicherung').fill('ein langes Passwort');
    await page.getByRole('button', { name: 'Sicherung öffnen' }).click();
    await expect(page.getByRole('heading', { name: 'Vorschau: Das würde sich ändern' })).toBeVisible();
    await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
    await expect(page.getByTestId('letzte-sicherung')).toHaveText(todayDe());
  });

  test('cancel leaves everything as it was', async ({ page }) => {
    await plantStorage(page, { 'nk:meta': META });
    await openDaten(page);
    const before = await readStorage(page);
    await chooseFile(page, backupFile({ 'nk:meta': JSON.parse(envelope(1, 1, { lastBackup: '2025-12-24' })) }));
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.getByRole('heading', { name: 'Vorschau: Das würde sich ändern' })).toHaveCount(0);
    expect(await readStorage(page)).toEqual(before);
  });
});

test.describe('hostile file content', () => {
  test('payloads in the file name and in the file render as inert text', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await openDaten(page);
    const payload = XSS_PAYLOADS[0];
    await chooseFile(page, backupFile({ [`nk:${payload}`]: {} }), `${payload}.json`);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectInert(page, dialogs, { texts: [`„${payload}.json“`, `„nk:${payload}“`] });
    for (const other of XSS_PAYLOADS.slice(1)) {
      await chooseFile(page, backupFile({ [`nk:${other}`]: {} }), `${other}.json`);
      await expect(page.getByRole('alert')).toContainText(other.slice(0, 20));
      await expectInert(page, dialogs, { texts: [`${other}.json`] });
    }
  });

  test('a payload inside valid data is refused by the schema and never shown as markup', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await openDaten(page);
    await chooseFile(page, backupFile({ 'nk:meta': JSON.parse(envelope(1, 1, { lastBackup: XSS_PAYLOADS[0] })) }));
    await expect(page.getByRole('alert')).toContainText('Datum der letzten Sicherung: „Letzte Sicherung“ ist kein gültiges Datum.');
    await expectInert(page, dialogs);
  });

  test('a planner with an impossible birthday is refused, naming Planer, the contact and the field, and nothing stored changes', async ({ page }) => {
    await plantStorage(page, { 'nk:meta': META, 'nk:planer': storedPlanner(plannerStates.partial), fremd: 'bleibt' });
    await openDaten(page);
    const before = await readStorage(page);
    const complete = plannerStates.complete;
    const data = { ...complete, contacts: complete.contacts.map((c, i) => (i === 1 ? { ...c, birthday: '02-30' } : c)) };
    await chooseFile(page, backupFile({ 'nk:planer': JSON.parse(envelope(plannerDefinition.version, 4, data)) }));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Die Datei „sicherung.json“ lässt sich nicht einspielen.');
    await expect(alert).toContainText('Planer, Kontakt 2: „Geburtstag“ ist kein gültiges Datum. Es wurde nichts geändert.');
    await expect(alert).toBeFocused();
    await expect(page.getByRole('button', { name: 'Jetzt einspielen' })).toHaveCount(0);
    expect(await readStorage(page)).toEqual(before);
  });

  test('a __proto__ key gets its own message, not one about a newer version', async ({ page }) => {
    await plantStorage(page, { 'nk:meta': META });
    await openDaten(page);
    const before = await readStorage(page);
    await chooseFile(page, backupFile({}).replace('"records":{}', '"records":{"__proto__":{"v":1,"rev":1,"at":"x","data":{}}}'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Die Datei enthält einen Eintrag namens „__proto__“.');
    await expect(alert).toContainText('Es wurde nichts geändert.');
    await expect(alert).not.toContainText('neueren Version');
    expect(await readStorage(page)).toEqual(before);
  });
});

test.describe('put-aside data', () => {
  test('is listed, can be downloaded, and discarding it removes the key', async ({ page }) => {
    await plantStorage(page, { 'nk:quarantaene:meta': '{kaputt <img src=x onerror=alert(1)>' });
    const dialogs = watchDialogs(page);
    await openDaten(page);
    const section = page.getByRole('region', { name: 'Beiseitegelegte Daten' });
    await expect(section).toContainText('Datum der letzten Sicherung');
    const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /Herunterladen/ }).click()]);
    expect(readFileSync((await file.path())!, 'utf8')).toBe('{kaputt <img src=x onerror=alert(1)>');
    await section.getByRole('button', { name: /Verwerfen/ }).click();
    await expect(section).toHaveCount(0);
    expect(await ourKeys(page)).toEqual([]);
    await expectInert(page, dialogs);
  });
});

test.describe('delete all my data', () => {
  test('asks first; cancel keeps everything and returns focus', async ({ page }) => {
    await plantStorage(page, { 'nk:meta': META });
    await openDaten(page);
    await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
    await expect(page.locator('p', { hasText: 'Wirklich alles löschen?' })).toBeFocused();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.getByRole('button', { name: 'Alle meine Daten löschen' })).toBeFocused();
    expect(await ourKeys(page)).toEqual(['nk:meta']);
  });

  test('with its second step leaves nothing of ours in localStorage, keeps other sites’ keys, and says so', async ({ page }) => {
    await plantStorage(page, {
      'nk:meta': META,
      'nk:selbsttest': envelope(1, 1, {}),
      'nk:quarantaene:planer': 'x',
      'nk:schnappschuss': '{"at":"x","reason":"y","values":{}}',
      'nk:zukunft': 'y',
      fremd: 'bleibt',
    });
    await openDaten(page);
    await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await expect(page.getByText(/^Erledigt: Deine Daten sind aus diesem Browser gelöscht/)).toBeFocused();
    await page.getByRole('button', { name: 'Alles endgültig löschen, auch frühere Stände und beiseitegelegte Daten' }).click();
    await expect(page.getByText('Erledigt: Alle Daten von Netzwerk-Kompass sind aus diesem Browser gelöscht.')).toBeFocused();
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['fremd']);
    await expect(page.getByTestId('letzte-sicherung')).toHaveText('noch nie');
    await page.reload();
    await expect(page.getByTestId('letzte-sicherung')).toHaveText('noch nie');
    expect(await ourKeys(page)).toEqual([]);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await plantStorage(page, { 'nk:meta': META });
    await openDaten(page);
    await page.getByRole('button', { name: 'Alle meine Daten löschen' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('p', { hasText: 'Wirklich alles löschen?' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ja, alles löschen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Erledigt: Deine Daten sind aus diesem Browser gelöscht/)).toBeFocused();
    expect((await ourKeys(page)).filter((key) => !key.startsWith('nk:schnappschuss:'))).toEqual([]);
  });
});

test.describe('data from a newer version of the site', () => {
  test('is shown as such, kept byte-identical through a backup, and never overwritten by an import', async ({ page }) => {
    const newer = envelope(metaDefinition.version + 1, 7, { lastBackup: '2026-01-15', somethingNew: true });
    await plantStorage(page, { 'nk:meta': newer });
    await openDaten(page);
    await expect(page.getByRole('row', { name: /Datum der letzten Sicherung aus einer neueren Version/ })).toBeVisible();
    await expect(page.getByText(/Einige Daten stammen aus einer neueren Version/)).toBeVisible();
    // The notice appears after hydration; the page's other static texts stay where and as often as they were.
    await expect(page.getByText('Dein Browser kann diese Daten jederzeit löschen.')).toHaveCount(1);
    await download(page, 'Sicherung herunterladen');
    await expect(page.getByRole('status').filter({ hasText: 'Nicht enthalten, weil nicht lesbar: Datum der letzten Sicherung' })).toBeVisible();
    await chooseFile(page, backupFile({ 'nk:meta': JSON.parse(envelope(1, 1, { lastBackup: '2025-12-24' })) }));
    await expect(page.getByRole('alert')).toContainText('aus einer neueren Version');
    await expect(page.getByRole('button', { name: 'Jetzt einspielen' })).toHaveCount(0);
    expect((await readStorage(page))['nk:meta']).toBe(newer);
  });
});

test.describe('storage the browser refuses', () => {
  test('blocked storage (SecurityError) shows the memory notice and the page still works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await openDaten(page);
    await expect(page.getByText('Speichern ist in diesem Browser gerade nicht möglich.')).toBeVisible();
    await download(page, 'Sicherung herunterladen');
    await expect(page.getByTestId('letzte-sicherung')).toHaveText(todayDe());
  });

  test('a full storage shows the notice and keeps the stored data as it was', async ({ page }) => {
    await plantStorage(page, { 'nk:meta': META });
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'nk:meta') throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await openDaten(page);
    await download(page, 'Sicherung herunterladen');
    await expect(page.getByText(/Speichern fehlgeschlagen\..*voll/)).toBeVisible();
    expect((await readStorage(page))['nk:meta']).toBe(META);
  });
});
