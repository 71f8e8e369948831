/**
 * Issue #10, lost-data case 2: two editors of one record. A form edits a copy; on save it checks
 * the stored record against the one it opened. Before, tab A's stale form replaced tab B's newer
 * note without a word, and a delete in tab A replaced tab B's open form (with its typed text) by
 * a message. Two pages of one browser context share localStorage like two tabs.
 */
import { expect, test, type Page } from '@playwright/test';
import { STATES as ANSWERS } from '../fixtures/answers-states';
import { STATES } from '../fixtures/candidates-states';
import { expectNoAxeViolations } from './support/site';
import { envelope, hydrated, stored } from './support/tools';
import { plantStorage } from './support/storage';

const KEY = 'nk:netzwerk-check';
const EDIT = '/netzwerk-check/bearbeiten/?id=k-kammer';
const NOTE = 'Neue Notiz aus Tab B';

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

const kammer = async (page: Page) => JSON.parse((await stored(page, KEY))!).data.candidates.find((c: { id: string }) => c.id === 'k-kammer');

test.beforeEach(async ({ context }) => {
  await plantStorage(context, { [KEY]: envelope(STATES.complete), 'nk:selbsttest': envelope(ANSWERS.complete) });
});

/** Tab A opens the form, then tab B saves a new note to the same network. */
async function staleForm(a: Page, b: Page) {
  await open(a, EDIT);
  await open(b, EDIT);
  await b.getByLabel('Notizen (optional)').fill(NOTE);
  await b.getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(() => kammer(b)).toMatchObject({ notes: NOTE });
  await a.getByLabel('Name', { exact: true }).fill('IHK-Forum (Tab A)');
  await a.getByRole('button', { name: 'Speichern' }).click();
}

test('a save over a change from another tab shows both versions instead of overwriting it', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await staleForm(a, b);
  const view = a.getByRole('region', { name: 'Dieser Eintrag wurde inzwischen geändert' });
  await expect(view).toBeVisible();
  await expect(a.getByRole('heading', { name: 'Dieser Eintrag wurde inzwischen geändert' })).toBeFocused();
  // Field by field where they differ: the name (A's) and the notes (B's).
  await expect(view.getByRole('row')).toHaveCount(3);
  await expect(view.getByRole('row', { name: /^Name/ })).toContainText('IHK-Forum Mittelstand');
  await expect(view.getByRole('row', { name: /^Name/ })).toContainText('IHK-Forum (Tab A)');
  await expect(view.getByRole('row', { name: /^Notizen/ })).toContainText(NOTE);
  // Nothing was written yet: B's note is still stored, A's form still holds A's text.
  expect(await kammer(a)).toMatchObject({ name: 'IHK-Forum Mittelstand', notes: NOTE });
  await expect(a.getByLabel('Name', { exact: true })).toHaveValue('IHK-Forum (Tab A)');
  await expectNoAxeViolations(a);
});

test('„Meine Fassung speichern“ writes the form over the other version', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await staleForm(a, b);
  await a.getByRole('button', { name: 'Meine Fassung speichern' }).click();
  await expect(a).toHaveURL(/\/netzwerk-check\/(\?|#)/);
  await expect.poll(() => kammer(a)).toMatchObject({ name: 'IHK-Forum (Tab A)', notes: 'Jahresbeitrag ist im Kammerbeitrag enthalten.' });
});

test('„Andere Fassung behalten“ leaves the other tab’s version as it is', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await staleForm(a, b);
  await a.getByRole('button', { name: 'Andere Fassung behalten' }).click();
  await expect(a).toHaveURL(/\/netzwerk-check\/#kandidat-k-kammer$/);
  expect(await kammer(a)).toMatchObject({ name: 'IHK-Forum Mittelstand', notes: NOTE });
});

test('a save without a change elsewhere goes straight through', async ({ context }) => {
  const a = await context.newPage();
  await open(a, EDIT);
  await a.getByLabel('Notizen (optional)').fill('Nur aus Tab A');
  await a.getByRole('button', { name: 'Speichern' }).click();
  await expect(a).toHaveURL(/\/netzwerk-check\/(\?|#)/);
  await expect.poll(() => kammer(a)).toMatchObject({ notes: 'Nur aus Tab A' });
});

test('a delete in another tab keeps the typed text and offers „Als neuen Eintrag speichern“', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, EDIT);
  await a.getByLabel('Notizen (optional)').fill('Getippt, während Tab B löscht');
  await b.goto('/netzwerk-check/');
  await hydrated(b);
  await b.locator('.candidate', { has: b.getByRole('heading', { name: 'IHK-Forum Mittelstand', exact: true }) }).getByRole('button', { name: /Löschen/ }).click();
  await expect.poll(() => kammer(b)).toBeUndefined();
  // The form stays with its text; the page says what happened.
  await expect(a.getByText('Dieser Eintrag wurde inzwischen an anderer Stelle gelöscht.')).toBeVisible();
  await expect(a.getByLabel('Notizen (optional)')).toHaveValue('Getippt, während Tab B löscht');
  await expectNoAxeViolations(a);
  await a.getByRole('button', { name: 'Als neuen Eintrag speichern' }).click();
  await expect(a).toHaveURL(/\/netzwerk-check\/(\?|#)/);
  await expect(a.getByRole('heading', { name: 'IHK-Forum Mittelstand', exact: true })).toBeVisible();
  const saved = JSON.parse((await stored(a, KEY))!).data.candidates.filter((c: { name: string }) => c.name === 'IHK-Forum Mittelstand');
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ notes: 'Getippt, während Tab B löscht', kind: 'kammer' });
  expect(saved[0].id).not.toBe('k-kammer');
});
