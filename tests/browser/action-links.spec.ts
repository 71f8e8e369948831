/**
 * Linking an action to a goal and to contacts on /planer/aktionen/ (issue #12, deliverable 6): the
 * links survive a reload, read on the action, and the plan lists the action under its goal.
 */
import { expect, test } from '@playwright/test';
import { openSection, planReady, plannerState } from './support/planner';
import { expectNoAxeViolations } from './support/site';

test('an action linked to a goal and two contacts shows them after a reload, and the plan lists it under its goal', async ({ page }) => {
  await plannerState(page, 'complete');
  await openSection(page, 'aktionen');
  await page.getByRole('button', { name: 'Bearbeiten: Als Gast zum Treffen des Fachverbands gehen' }).click();
  const form = page.getByRole('form', { name: 'Aktion bearbeiten: Als Gast zum Treffen des Fachverbands gehen' });
  await form.getByRole('combobox', { name: 'Gehört zum Ziel' }).selectOption({ label: 'Mit Abteilungsleitungen aus der Medizintechnik in Köln ins Gespräch kommen' });
  await form.getByText('Kontakte zu diesem Schritt (0 Kontakte gewählt)').click();
  // The filter narrows the list; a ticked contact stays at the top when the filter changes.
  await form.getByRole('searchbox', { name: 'Kontakte filtern' }).fill('ohm');
  await expect(form.getByRole('checkbox')).toHaveCount(1);
  await form.getByRole('checkbox', { name: /Jana Ohm/ }).check();
  await form.getByRole('searchbox', { name: 'Kontakte filtern' }).fill('bauer');
  await form.getByRole('checkbox', { name: /M\. Bauer/ }).check();
  await expect(form.getByText('Kontakte zu diesem Schritt (2 Kontakte gewählt)')).toBeVisible();
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Änderung speichern' }).click();

  await page.reload();
  const item = page.locator('.action-item', { hasText: 'Als Gast zum Treffen des Fachverbands gehen' });
  await expect(item.locator('.action-links')).toHaveText('Ziel: Mit Abteilungsleitungen aus der Medizintechnik in Köln ins Gespräch kommen · mit Jana Ohm und M. Bauer');

  await page.goto('/plan/');
  await planReady(page);
  const goal = page.locator('.plan-goals .plan-card', { hasText: 'Mit Abteilungsleitungen aus der Medizintechnik' });
  await expect(goal.locator('.plan-ticks li')).toHaveText(['☐ Als Gast zum Treffen des Fachverbands gehen · 18.03.2026 · mit Jana Ohm und M. Bauer']);
  // The other open action has no goal and stands under „Weitere Schritte“.
  const more = page.getByRole('heading', { name: 'Weitere Schritte' }).locator('xpath=following-sibling::ul[1]');
  await expect(more).toContainText('LinkedIn-Profil überarbeiten');
});

test('a goal can be unlinked again with „kein Ziel“', async ({ page }) => {
  await plannerState(page, 'complete');
  await openSection(page, 'aktionen');
  const edit = async () => {
    await page.getByRole('button', { name: 'Bearbeiten: LinkedIn-Profil überarbeiten' }).click();
    return page.getByRole('form', { name: 'Aktion bearbeiten: LinkedIn-Profil überarbeiten' });
  };
  let form = await edit();
  await form.getByRole('combobox', { name: 'Gehört zum Ziel' }).selectOption({ index: 2 });
  await form.getByRole('button', { name: 'Änderung speichern' }).click();
  const item = page.locator('.action-item', { hasText: 'LinkedIn-Profil überarbeiten' });
  await expect(item.locator('.action-links')).toContainText('Ziel: Fachlichen Austausch');
  form = await edit();
  await form.getByRole('combobox', { name: 'Gehört zum Ziel' }).selectOption({ label: 'kein Ziel' });
  await form.getByRole('button', { name: 'Änderung speichern' }).click();
  await expect(item.locator('.action-links')).toHaveCount(0);
});
