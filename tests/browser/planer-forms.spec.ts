/**
 * Issue #10, „Forms that forgive“ in the planner: deletes without „Rückgängig“, „Abbrechen“ that
 * threw a filled form away, duplicate names without a hint, Enter and double clicks. Each test
 * says what it reproduces on the code before this change.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openSection, plannerState } from './support/planner';
import { expectNoAxeViolations } from './support/site';
import { storedPlannerData } from './support/storage';

// Null until the planner's first write, which lands a moment after the change (the write lock).
// Read like JSON, as before the contacts moved into shards of their own.
const planner = async (page: Page): Promise<any> => storedPlannerData(page);

test.describe('„Rückgängig“ for every delete', () => {
  test('a deleted log entry comes back with „Rückgängig“', async ({ page }) => {
    // Before: the entry was gone at once; there was no way back.
    await plannerState(page, 'complete');
    await openSection(page, 'kontakte');
    await page.getByRole('button', { name: 'Öffnen: M. Bauer' }).click();
    const entry = page.getByText('Checkliste geschickt');
    await expect(entry).toBeVisible();
    await page.locator('.log-list li', { hasText: 'Checkliste geschickt' }).getByRole('button').click();
    await expect(entry).toHaveCount(0);
    const undo = page.getByRole('button', { name: 'Rückgängig' });
    await expect(undo).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(entry).toBeVisible();
    await expect.poll(async () => (await planner(page))?.contacts[0].log.map((e: { id: string }) => e.id)).toEqual(['i1', 'i2']);
  });

  test('unticking a channel keeps its numbers for „Rückgängig“', async ({ page }) => {
    // Before: unticking LinkedIn dropped its 2 × a week, and ticking it again gave the default estimate.
    await plannerState(page, 'complete');
    await openSection(page, 'kanaele');
    const box = page.getByRole('checkbox', { name: 'LinkedIn' });
    await box.uncheck();
    await expect(page.locator('#kanal-c1-anzahl')).toHaveCount(0);
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(box).toBeChecked();
    await expect(page.locator('#kanal-c1-anzahl')).toHaveValue('2');
    await expect(box).toBeFocused();
    await expect.poll(async () => (await planner(page))?.channels[0]).toMatchObject({ id: 'c1', times: 2, per: 'woche', minutes: 20 });
  });
});

test.describe('„Abbrechen“ on a changed form asks', () => {
  test('the action editor closes at once while unchanged and asks once changed', async ({ page }) => {
    // Before: „Abbrechen“ closed the changed form at once and the typed title was gone.
    await plannerState(page, 'partial');
    await openSection(page, 'aktionen');
    const edit = page.getByRole('button', { name: 'Bearbeiten: Profilfoto erneuern' });
    await edit.click();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.getByRole('form', { name: 'Aktion bearbeiten: Profilfoto erneuern' })).toHaveCount(0);
    await edit.click();
    await page.getByRole('textbox', { name: 'Aktion', exact: true }).fill('Profilfoto und Titel erneuern');
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(page.getByText('Deine Änderungen verwerfen?')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nein, weiter bearbeiten' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Aktion', exact: true })).toHaveValue('Profilfoto und Titel erneuern');
    await expect(page.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ja, verwerfen' }).click();
    await expect(page.getByRole('textbox', { name: 'Aktion', exact: true })).toHaveCount(0);
    expect((await planner(page))?.actions[0].title).toBe('Profilfoto erneuern');
  });

  test('the new-contact form asks before it drops a typed name', async ({ page }) => {
    // Before: „Abbrechen“ dropped the typed name without asking.
    await plannerState(page, 'partial');
    await openSection(page, 'kontakte');
    await page.locator('#kontakt-neu').click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Neue Person');
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByRole('button', { name: 'Nein, weiter bearbeiten' }).click();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Neue Person');
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByRole('button', { name: 'Ja, verwerfen' }).click();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveCount(0);
    await expect(page.locator('#kontakt-neu')).toBeVisible();
  });
});

test('a save of the action editor over another tab’s change shows both versions', async ({ context }) => {
  // Before (issue #10, case 2): tab A's stale form replaced tab B's newer title without a word.
  const a = await context.newPage();
  const b = await context.newPage();
  await plannerState(a, 'partial');
  await plannerState(b, 'partial');
  await openSection(a, 'aktionen');
  await a.getByRole('button', { name: 'Bearbeiten: Profilfoto erneuern' }).click();
  await openSection(b, 'aktionen');
  await b.getByRole('button', { name: 'Bearbeiten: Profilfoto erneuern' }).click();
  await b.getByRole('textbox', { name: 'Aktion', exact: true }).fill('Titel aus Tab B');
  await b.getByRole('button', { name: 'Änderung speichern' }).click();
  await expect.poll(async () => (await planner(a)).actions[0].title).toBe('Titel aus Tab B');
  await a.getByRole('textbox', { name: 'Fällig am' }).fill('2026-04-01');
  await a.getByRole('button', { name: 'Änderung speichern' }).click();
  const view = a.getByRole('region', { name: 'Dieser Eintrag wurde inzwischen geändert' });
  await expect(view.getByRole('row', { name: /^Aktion/ })).toContainText('Titel aus Tab B');
  await expect(view.getByRole('row', { name: /^Aktion/ })).toContainText('Profilfoto erneuern');
  await expect(view.getByRole('row', { name: /^Fällig am/ })).toBeVisible();
  expect((await planner(a)).actions[0]).toMatchObject({ title: 'Titel aus Tab B', due: '' });
  await expectNoAxeViolations(a);
  await a.getByRole('button', { name: 'Meine Fassung speichern' }).click();
  await expect.poll(async () => (await planner(a)).actions[0]).toMatchObject({ title: 'Profilfoto erneuern', due: '2026-04-01' });
});

test.describe('double submit', () => {
  // Reproduces nothing known to fail; it pins that each form's submit adds once per double click.
  test('a double click on „Aktion hinzufügen“ adds one action', async ({ page }) => {
    await plannerState(page, 'empty');
    await openSection(page, 'aktionen');
    await page.getByRole('textbox', { name: 'Was ist zu tun?' }).fill('Einmal eintragen');
    await page.getByRole('button', { name: 'Aktion hinzufügen' }).dblclick();
    await expect.poll(async () => (await planner(page))?.actions.length).toBe(1);
    await page.reload();
    expect((await planner(page))?.actions).toHaveLength(1);
  });

  test('a double click on „Kontakt speichern“ adds one contact', async ({ page }) => {
    await plannerState(page, 'empty');
    await openSection(page, 'kontakte');
    await page.locator('#kontakt-neu').click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Einmal Person');
    await page.getByRole('button', { name: 'Kontakt speichern' }).dblclick();
    await expect.poll(async () => (await planner(page))?.contacts.length).toBe(1);
    await page.reload();
    expect((await planner(page))?.contacts).toHaveLength(1);
  });

  // Reproduces: a double click on „Eintragen“ logged the same contact twice.
  test('a double click on „Eintragen“ in a contact’s log adds one entry', async ({ page }) => {
    await plannerState(page, 'complete');
    await openSection(page, 'kontakte');
    await page.getByRole('button', { name: 'Öffnen: M. Bauer' }).click();
    await page.getByRole('button', { name: 'Eintragen', exact: true }).dblclick();
    await expect.poll(async () => (await planner(page))?.contacts[0].log.length).toBe(3);
    await page.reload();
    expect((await planner(page))?.contacts[0].log).toHaveLength(3);
  });
});

/**
 * Clicks an add button and returns the field of the item it added. The store re-renders a task
 * later, so the list must have grown before `.last()` means the new item (else the fill renames the old last one).
 * Every caller starts from the complete planner, which has items of each kind: the count is taken once
 * they show (the island first renders the server's empty state, then what is stored).
 */
async function addAndTakeNew(page: Page, button: string, fields: string): Promise<Locator> {
  const all = page.locator(fields);
  await expect(all.first()).toBeAttached();
  const before = await all.count();
  await page.getByRole('button', { name: button }).click();
  await expect(all).toHaveCount(before + 1);
  return all.last();
}

test.describe('duplicate names get a hint, not a block', () => {
  // Reproduces: „linkedin“ next to „LinkedIn“ (or „Muller“ next to „Müller“) was accepted without a word.
  test('a new contact named like an existing one', async ({ page }) => {
    await plannerState(page, 'complete');
    await openSection(page, 'kontakte');
    await page.locator('#kontakt-neu').click();
    await page.getByRole('textbox', { name: 'Name' }).fill('m.  bauer');
    await expect(page.locator('#neu-name-hint')).toContainText('„M. Bauer“ steht schon in deiner Liste');
    await page.getByRole('button', { name: 'Kontakt speichern' }).click();
    await expect.poll(async () => (await planner(page))?.contacts.filter((c: { name: string }) => c.name === 'm.  bauer')).toHaveLength(1);
  });

  test('a network named like another network', async ({ page }) => {
    await plannerState(page, 'complete');
    await openSection(page, 'kanaele');
    const field = await addAndTakeNew(page, 'Netzwerk hinzufügen', 'input[id^="kanal-"][id$="-name"]');
    await field.fill('unternehmerinnen-netzwerk rheinland');
    await expect(field).toHaveAccessibleDescription(/„Unternehmerinnen-Netzwerk Rheinland“ steht schon in deiner Liste/);
    await expectNoAxeViolations(page);
  });

  test('a target group and a goal named like another one', async ({ page }) => {
    await plannerState(page, 'complete');
    await openSection(page, 'zielgruppen');
    const group = await addAndTakeNew(page, 'Weitere Zielgruppe hinzufügen', 'input[id^="gruppe-"][id$="-name"]');
    await group.fill('regulatorik und zulassung (mdr)');
    await expect(group).toHaveAccessibleDescription(/„Regulatorik und Zulassung \(MDR\)“ steht schon in deiner Liste/);
    await openSection(page, 'ziele');
    const goal = await addAndTakeNew(page, 'Weiteres Ziel hinzufügen', 'textarea[id^="ziel-"][id$="-text"]');
    await goal.fill('mit abteilungsleitungen aus der medizintechnik in köln ins gespräch kommen');
    await expect(goal).toHaveAccessibleDescription(/„Mit Abteilungsleitungen aus der Medizintechnik in Köln ins Gespräch kommen“ steht schon in deiner Liste/);
  });
});

test('a contact deleted in another tab while open here can be saved as a new one', async ({ context }) => {
  // Before (issue #10, case 2): the open contact vanished from tab A without a word, its text gone.
  const a = await context.newPage();
  const b = await context.newPage();
  await plannerState(a, 'complete');
  await plannerState(b, 'complete');
  await openSection(a, 'kontakte');
  await a.getByRole('button', { name: 'Öffnen: M. Bauer' }).click();
  await openSection(b, 'kontakte');
  await b.getByRole('button', { name: 'Öffnen: M. Bauer' }).click();
  await b.locator('#loeschen').click();
  await b.getByRole('button', { name: 'Ja, löschen' }).click();
  await expect.poll(async () => (await planner(a)).contacts.some((c: { id: string }) => c.id === 'k1')).toBe(false);
  await expect(a.getByText('Dieser Eintrag wurde inzwischen an anderer Stelle gelöscht.')).toBeVisible();
  await expectNoAxeViolations(a);
  await a.getByRole('button', { name: 'Als neuen Eintrag speichern' }).click();
  await expect.poll(async () => (await planner(a)).contacts.filter((c: { name: string }) => c.name === 'M. Bauer')).toHaveLength(1);
  const copy = (await planner(a)).contacts.find((c: { name: string }) => c.name === 'M. Bauer');
  expect(copy).toMatchObject({ organisation: 'MedTec Köln', birthday: '03-14' });
  expect(copy.id).not.toBe('k1');
  expect(copy.log).toHaveLength(2);
  await expect(a.locator('#kontakt-offen')).toHaveText('M. Bauer');
});

test('a deleted contact comes back with its log via „Rückgängig“', async ({ page }) => {
  // Before: deleting a contact asked first but could not be undone.
  await plannerState(page, 'complete');
  await openSection(page, 'kontakte');
  await page.getByRole('button', { name: 'Öffnen: M. Bauer' }).click();
  await page.locator('#loeschen').click();
  await page.getByRole('button', { name: 'Ja, löschen' }).click();
  await expect(page.getByRole('button', { name: 'Öffnen: M. Bauer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Öffnen: M. Bauer' })).toBeVisible();
  await expect.poll(async () => (await planner(page))?.contacts[0]).toMatchObject({ id: 'k1', name: 'M. Bauer' });
  expect((await planner(page))?.contacts[0].log).toHaveLength(2);
});
