import { expect, test, type Page } from '@playwright/test';
import { contact } from '../fixtures/planner-contacts';
import { emptyPlanner, type PlannerData } from '../../src/lib/planner/planner-schema';
import { atFixtureDay, plannerReady, plantPlanner } from './support/planner';
import { expectNoAxeViolations } from './support/site';

const INTRO = 'Ich bin Projektleiterin in der Medizintechnik und suche den Weg in eine Lead-Rolle.';
const SITUATIONS = ['Nachfassen nach einem Treffen', 'Nach langer Zeit wieder melden', 'Zum Geburtstag gratulieren', 'Zur neuen Aufgabe gratulieren', 'Um ein Informationsgespräch bitten', 'Um eine Vorstellung bitten'];

/** Written for FIXTURE_TODAY = 2026-03-02: both contacts are due. Fatma has every field, Kim only a name. */
function draftsPlanner(): PlannerData {
  return {
    ...emptyPlanner(),
    intro: INTRO,
    contacts: [
      // `emails` comes with planner schema v3; Object.assign keeps this file compiling before it.
      Object.assign(
        contact({
          id: 'k-fatma',
          name: 'Fatma Yılmaz',
          organisation: 'Klinikum Süd',
          met: 'auf der Fachtagung in Köln',
          topics: 'Zulassung von Medizinprodukten',
          offerThem: 'einen Kontakt zur Prüfstelle',
          rhythm: '1m',
          log: [{ id: 'l1', date: '2026-01-10', channel: 'treffen', note: '' }],
        }),
        { emails: ['fatma@example.org'] },
      ),
      contact({ id: 'k-kim', name: 'Kim', rhythm: '2w', added: '2026-01-05' }),
    ],
  };
}

async function openContacts(page: Page) {
  await atFixtureDay(page);
  await plantPlanner(page, draftsPlanner());
  await page.goto('/planer/kontakte/');
  await plannerReady(page);
}

const due = (page: Page) => page.locator('#faellig-titel').locator('xpath=following-sibling::ul[1]');
const draft = (page: Page) => page.getByRole('region', { name: /^Nachricht an / });
const textarea = (page: Page) => draft(page).getByRole('textbox', { name: 'Dein Entwurf' });

/** Opens the draft for `name` from the due list by keyboard. */
async function openDraft(page: Page, name: string) {
  await due(page).getByRole('button', { name: `Nachricht an ${name} entwerfen` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Nachricht an ${name}` })).toBeFocused();
}

/** Gaps a missing field could leave behind. */
function gaps(text: string): string[] {
  const found: string[] = [];
  if (/[{}]|\(\s*\)/.test(text)) found.push('placeholder');
  if (/ {2}| [.,;:!?]/.test(text)) found.push('spacing');
  if (/\b(bei|als|über|für|um|zu|zur|mit|von|in|auf)\s*[.,;:!?)]/i.test(text)) found.push('dangling preposition');
  return found;
}

test.describe('„Nachricht entwerfen“ in the due list (issue 13)', () => {
  test.beforeEach(async ({ page }) => openContacts(page));

  test('drafts every situation for a contact with only a name, without gaps', async ({ page }) => {
    await openDraft(page, 'Kim');
    const situation = draft(page).getByRole('combobox', { name: 'Anlass' });
    await expect(situation.locator('option')).toHaveText(SITUATIONS);
    for (const label of SITUATIONS) {
      await situation.selectOption({ label });
      const text = await textarea(page).inputValue();
      expect(gaps(text), `${label}:\n${text}`).toEqual([]);
      expect(text).toMatch(/^(Hallo|Guten Tag) Kim,\n\n/);
    }
    await situation.selectOption({ label: 'Um eine Vorstellung bitten' });
    await expect(textarea(page)).toHaveValue(new RegExp(INTRO.replace(/[.]/g, '\\.')));
    await expect(draft(page).getByRole('link', { name: /Als E-Mail/ })).toHaveCount(0);
  });

  test('fills the draft from the contact, lets the reader edit and copy it, and logs nothing unless asked', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDraft(page, 'Fatma Yılmaz');
    const text = await textarea(page).inputValue();
    for (const part of ['Guten Tag Fatma Yılmaz,', '(auf der Fachtagung in Köln)', 'über Zulassung von Medizinprodukten', 'einen Kontakt zur Prüfstelle', 'bei Klinikum Süd']) expect(text).toContain(part);

    await textarea(page).focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nAnna');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(draft(page).getByRole('button', { name: 'Text kopieren' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(draft(page).locator('.draft-status')).toHaveText('Der Text ist in der Zwischenablage.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${text}\nAnna`);
    // Nothing logged: Fatma is still due.
    await expect(due(page).getByRole('button', { name: 'Nachricht an Fatma Yılmaz entwerfen' })).toBeVisible();
    await expectNoAxeViolations(page);

    await draft(page).getByRole('button', { name: 'Schließen' }).click();
    await expect(draft(page)).toHaveCount(0);
    await expect(due(page).getByRole('button', { name: 'Nachricht an Fatma Yılmaz entwerfen' })).toBeFocused();
  });

  test('logs the sending as a message when the reader asks, and the draft stays open', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openDraft(page, 'Fatma Yılmaz');
    await draft(page).getByRole('checkbox', { name: 'Beim Senden im Verlauf eintragen' }).check();
    await expect(draft(page).getByRole('combobox', { name: 'Gesendet als' })).toHaveValue('nachricht');
    await draft(page).getByRole('button', { name: 'Text kopieren' }).click();
    await expect(draft(page).locator('.draft-status')).toHaveText('Der Text ist in der Zwischenablage. Eingetragen: Nachricht an Fatma Yılmaz, heute.');
    await expect(due(page).getByRole('button', { name: 'Nachricht an Fatma Yılmaz entwerfen' })).toHaveCount(0);
    await expect(draft(page)).toBeVisible();
    // A second copy does not log twice.
    await draft(page).getByRole('button', { name: 'Text kopieren' }).click();
    await expect(draft(page).getByRole('checkbox', { name: 'Beim Senden im Verlauf eintragen' })).toBeDisabled();
  });

  test('without clipboard access the text is selected for copying by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.reload();
    await plannerReady(page);
    await openDraft(page, 'Kim');
    await draft(page).getByRole('button', { name: 'Text kopieren' }).click();
    await expect(draft(page).locator('.draft-status')).toHaveText('Der Text ist markiert. Kopiere ihn mit Strg + C (am Mac mit ⌘ + C).');
    await expect(textarea(page)).toBeFocused();
    const selected = await textarea(page).evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(await textarea(page).inputValue());
  });

  test('offers a mailto link only when the contact has an email address', async ({ page }) => {
    await openDraft(page, 'Fatma Yılmaz');
    const mail = draft(page).getByRole('link', { name: 'Als E-Mail an fatma@example.org öffnen' });
    const href = await mail.getAttribute('href');
    const url = new URL(href!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('fatma@example.org');
    expect(url.searchParams.get('subject')).toBe('Danke für unser Gespräch');
    expect(url.searchParams.get('body')).toBe((await textarea(page).inputValue()).replace(/\n/g, '\r\n'));
    await draft(page).getByRole('button', { name: 'Schließen' }).click();
    await openDraft(page, 'Kim');
    await expect(draft(page).getByRole('link')).toHaveCount(0);
  });

  test('at 320 px the open draft does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openDraft(page, 'Fatma Yılmaz');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('„Nachricht entwerfen“ in the contact editor (issue 13)', () => {
  test('drafts from the open contact by keyboard, and closing returns to the button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openContacts(page);
    await page.locator('.contact-rows').getByRole('button', { name: 'Fatma Yılmaz' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Fatma Yılmaz', level: 3 })).toBeFocused();
    const opener = page.locator('.contact-editor').getByRole('button', { name: 'Nachricht an Fatma Yılmaz entwerfen' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Nachricht an Fatma Yılmaz', level: 4 })).toBeFocused();
    const panel = page.locator('.contact-editor').getByRole('region', { name: 'Nachricht an Fatma Yılmaz' });
    const situation = panel.getByRole('combobox', { name: 'Anlass' });
    for (const label of SITUATIONS) {
      await situation.selectOption({ label });
      const text = await panel.getByRole('textbox', { name: 'Dein Entwurf' }).inputValue();
      expect(gaps(text), `${label}:\n${text}`).toEqual([]);
    }
    await situation.selectOption({ label: 'Um ein Informationsgespräch bitten' });
    await expect(panel.getByRole('textbox', { name: 'Dein Entwurf' })).toHaveValue(/Kurz zu mir: Ich bin Projektleiterin/);
    await panel.getByRole('checkbox', { name: 'Beim Senden im Verlauf eintragen' }).check();
    await panel.getByRole('combobox', { name: 'Gesendet als' }).selectOption('email');
    await panel.getByRole('button', { name: 'Text kopieren' }).click();
    await expect(panel.locator('.draft-status')).toHaveText('Der Text ist in der Zwischenablage. Eingetragen: E-Mail an Fatma Yılmaz, heute.');
    await expect(page.locator('.contact-editor')).toContainText('Entwurf: Um ein Informationsgespräch bitten');
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: 'Schließen' }).focus();
    await page.keyboard.press('Enter');
    await expect(opener).toBeFocused();
  });
});
