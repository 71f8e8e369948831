/**
 * „Als Kandidat übernehmen“ on the self-test's result (issue #12): a recommended kind and a real
 * example become candidates of the Netzwerk-Check by keyboard, at 320 px and without axe
 * violations, with the kind's starting values; a network already in the check is not added twice,
 * „Rückgängig“ removes it again, a double click adds once, and another tab's candidate counts too.
 * Every test here fails on the code before the button existed (there was no such button).
 */
import { expect, test, type Page } from '@playwright/test';
import { answersEnvelope, envelope } from '../fixtures/answers-states';
import { personaState } from '../fixtures/personas';
import { candidatesDefinition, type CandidatesState } from '../../src/lib/fit/candidates-schema';
import { expectNoAxeViolations } from './support/site';
import { hydrated, plant, stored, tabTo } from './support/tools';

const ANSWERS = { 'nk:selbsttest': answersEnvelope(personaState('freiberufler')) };
const KEY = candidatesDefinition.key;

async function showResult(page: Page, extra: Record<string, string> = {}) {
  await plant(page, { ...ANSWERS, ...extra });
  await page.goto('/selbsttest/ergebnis/');
  await hydrated(page);
  await expect(page.locator('.recommendations > li').first()).toBeVisible();
}

const takeOver = (page: Page, name: string) => page.getByRole('button', { name: `Als Kandidat übernehmen „${name}“`, exact: true });

async function candidates(page: Page): Promise<CandidatesState['candidates']> {
  const raw = await stored(page, KEY);
  return raw === null ? [] : (JSON.parse(raw).data as CandidatesState).candidates;
}

const KAMMER = 'IHK und andere Kammern';

test.describe('„Als Kandidat übernehmen“ on the result', () => {
  test('takes over a recommended kind by keyboard at 320 px, with the kind’s starting values, and links to it in the check', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await showResult(page);
    const button = takeOver(page, KAMMER);
    await tabTo(page, button, 80);
    await page.keyboard.press('Enter');
    const status = page.locator('[data-kind="kammer"] > .take-over-slot .take-over-status');
    await expect(status).toContainText(`„${KAMMER}“ steht jetzt in deinem Netzwerk-Check`);
    await expect(status).toBeFocused();
    await expect.poll(() => candidates(page)).toHaveLength(1);
    const [c] = await candidates(page);
    expect([c!.name, c!.kind, c!.ratings.form, c!.ratings.reichweite, c!.ratings.zugang, c!.rhythmus, c!.stunden]).toEqual([KAMMER, 'kammer', 'praesenz', 'regional', 'offen', 'vierteljaehrlich', 3]);
    const link = status.getByRole('link', { name: 'Im Netzwerk-Check ansehen' });
    await expect(link).toHaveAttribute('href', `/netzwerk-check/#kandidat-${c!.id}`);
    const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    await expectNoAxeViolations(page);

    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/netzwerk-check\/#kandidat-/);
    await hydrated(page);
    await expect(page.locator(`#kandidat-${c!.id}`)).toHaveText(KAMMER);
  });

  test('takes over a real example by keyboard, with its website and its kind’s values', async ({ page }) => {
    await showResult(page);
    const button = takeOver(page, 'LinkedIn');
    await tabTo(page, button, 80);
    await page.keyboard.press('Enter');
    const entry = page.locator('[data-example-name="LinkedIn"]');
    await expect(entry.locator('.take-over-status')).toContainText('„LinkedIn“ steht jetzt in deinem Netzwerk-Check');
    await expect.poll(() => candidates(page)).toHaveLength(1);
    const [c] = await candidates(page);
    expect([c!.name, c!.kind, c!.link, c!.ratings.form, c!.ratings.reichweite, c!.rhythmus, c!.stunden]).toEqual(['LinkedIn', 'plattform', 'https://www.linkedin.com/', 'online', 'international', 'woechentlich', 1]);
    await expectNoAxeViolations(page);
  });

  test('does not add a network the check already has under the same name, and links to that one', async ({ page }) => {
    const existing = { ...candidatesDefinition.initial(), candidates: [] } as CandidatesState;
    const { candidateFromOffer } = await import('../../src/lib/fit/take-over');
    existing.candidates.push(candidateFromOffer({ name: ' linkedin ', kind: 'plattform' }, 'schon-da')!);
    await showResult(page, { [KEY]: envelope(existing, 1, candidatesDefinition.version) });
    await takeOver(page, 'LinkedIn').click();
    const status = page.locator('[data-example-name="LinkedIn"] .take-over-status');
    await expect(status).toContainText('„LinkedIn“ steht schon in deinem Netzwerk-Check');
    await expect(status.getByRole('link')).toHaveAttribute('href', '/netzwerk-check/#kandidat-schon-da');
    await expect(status.getByRole('button', { name: 'Rückgängig' })).toHaveCount(0);
    expect((await candidates(page)).map((c) => c.id)).toEqual(['schon-da']);
  });

  test('„Rückgängig“ removes the candidate again and gives the button back its focus', async ({ page }) => {
    await showResult(page);
    await takeOver(page, KAMMER).click();
    const undo = page.getByRole('button', { name: 'Rückgängig' });
    await tabTo(page, undo);
    await page.keyboard.press('Enter');
    await expect(takeOver(page, KAMMER)).toBeFocused();
    await expect.poll(() => candidates(page)).toEqual([]);
  });

  test('a double click adds the network once – before and after the adding code has loaded', async ({ page }) => {
    await showResult(page);
    await takeOver(page, KAMMER).dblclick();
    await expect(page.locator('[data-kind="kammer"] > .take-over-slot .take-over-status')).toContainText('steht jetzt');
    await takeOver(page, 'XING').dblclick();
    await expect(page.locator('[data-example-name="XING"] .take-over-status')).toContainText('steht jetzt');
    // The write lands a moment after the status shows (under the write lock): wait for it.
    await expect.poll(async () => (await candidates(page)).map((c) => c.name)).toEqual([KAMMER, 'XING']);
  });

  test('a network taken over in another tab is not added twice', async ({ page, context }) => {
    await showResult(page);
    const other = await context.newPage();
    await other.goto('/selbsttest/ergebnis/');
    await hydrated(other);
    await takeOver(other, 'XING').click();
    await expect(other.locator('[data-example-name="XING"] .take-over-status')).toContainText('steht jetzt');
    await takeOver(page, 'XING').click();
    await expect(page.locator('[data-example-name="XING"] .take-over-status')).toContainText('„XING“ steht schon in deinem Netzwerk-Check');
    await expect.poll(async () => (await candidates(page)).map((c) => c.name)).toEqual(['XING']);
    // And „Rückgängig“ over there gives this tab its button back.
    await other.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(takeOver(page, 'XING')).toBeVisible();
  });
});
