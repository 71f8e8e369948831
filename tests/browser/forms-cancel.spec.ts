/**
 * Issue #10, part 6 („Abbrechen“ on a changed form asks): the one CancelButton of
 * src/islands/shared, as the planner's „Heute kontaktiert“ form uses it. Keeps its behaviour
 * after the move out of the planner (focus on „Nein“, back on „Abbrechen“ after it, nothing
 * logged after „Ja“); the editor of the network check has its own tests in netzwerk-check.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { contactsPlanner } from '../fixtures/planner-contacts';
import { atFixtureDay, plannerReady, plantPlanner } from './support/planner';
import { storedPlannerData } from './support/storage';

const log = async (page: Page, id: string) => (await storedPlannerData(page))!.contacts.find((c) => c.id === id)!.log;

test('„Abbrechen“ in „Heute kontaktiert“ with a typed note asks, „Nein“ keeps the note, „Ja“ closes without logging', async ({ page }) => {
  await atFixtureDay(page);
  await plantPlanner(page, contactsPlanner(0));
  await page.goto('/planer/kontakte/');
  await plannerReady(page);
  const before = await log(page, 'k-yilmaz');
  const opener = page.getByRole('button', { name: 'Heute kontaktiert: Dr. Fatma Yılmaz' });
  await opener.click();
  const form = page.getByRole('form', { name: 'Kontakt mit Dr. Fatma Yılmaz für heute eintragen' });
  await form.getByLabel('Notiz').fill('doch nicht');
  await form.getByRole('button', { name: 'Abbrechen' }).click();
  const question = form.getByRole('group', { name: 'Deine Änderungen verwerfen?' });
  await expect(question.getByRole('button', { name: 'Nein, weiter bearbeiten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(form.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await expect(form.getByLabel('Notiz')).toHaveValue('doch nicht');
  await form.getByRole('button', { name: 'Abbrechen' }).click();
  await question.getByRole('button', { name: 'Ja, verwerfen' }).click();
  await expect(form).toHaveCount(0);
  await expect(opener).toBeFocused();
  expect(await log(page, 'k-yilmaz')).toEqual(before);
});
