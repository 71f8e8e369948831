/**
 * Two tabs of one browser editing at the same moment (issue #10, case 1 and deliverable 1): both
 * tabs apply random, seeded edits in rounds, each round in both tabs at once; afterwards storage
 * must hold every edit of both. Before the write model, a tab that read, changed and wrote while
 * the other did the same overwrote the other's keystrokes (a goal ending „… +A1AAAAAAA“), because
 * each tab's copy of localStorage learns about the other's write a moment late.
 *
 * Rounds and seed: FUZZ_ROUNDS (default 200) and FUZZ_SEED (default 1); a failure names the seed.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEFAULT_WEIGHTS, WEIGHT_KEYS, type WeightKey } from '../../src/lib/fit/candidates-schema';
import { STATES as CANDIDATES } from '../fixtures/candidates-states';
import { emptyPlanner } from '../../src/lib/planner/planner-schema';
import { plantPlanner, plannerReady } from './support/planner';
import { readStorage } from './support/storage';
import { envelope, plant } from './support/tools';
import { seededRandom } from '../support/seeded-random';

const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 1);

const CHARS = 'abcdefghijklmnopqrstuvwxyzäöüß0123456789';
const chunk = (next: () => number) => Array.from({ length: 1 + Math.floor(next() * 3) }, () => CHARS[Math.floor(next() * CHARS.length)]).join('');

async function openTwo(context: BrowserContext, path: string, plantFirst: (page: Page) => Promise<void>): Promise<[Page, Page]> {
  const a = await context.newPage();
  await plantFirst(a);
  await a.goto(path);
  await plannerReady(a);
  const b = await context.newPage();
  await b.goto(path);
  await plannerReady(b);
  return [a, b];
}

test.describe.configure({ timeout: 180_000 });

test(`the planner: ${ROUNDS} rounds of both tabs typing into their own goal at the same moment, and adding goals, keep every keystroke of both`, async ({ context }) => {
  const planner = { ...emptyPlanner(), goals: ['a', 'b'].map((id) => ({ id, kind: 'kunden' as const, text: '', measure: '', deadline: '' })) };
  const tabs = await openTwo(context, '/planer/ziele/', (page) => plantPlanner(page, planner));
  const next = seededRandom(SEED);
  const typed = ['', ''];
  let added = 0;
  let edits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      tabs.map(async (page, i) => {
        // Now and then a tab adds a goal instead (an item-level edit racing the other's typing).
        if (next() < 0.05) {
          added++;
          edits++;
          await page.getByRole('button', { name: /Ziel hinzufügen$/ }).click();
          // The page moves focus to the new goal a moment later; typing on before that would land there.
          await page.waitForFunction(() => /^ziel-(?![ab]-text$).+-text$/.test(document.activeElement?.id ?? ''));
          return;
        }
        const text = chunk(next);
        typed[i] += text;
        edits += text.length;
        const field = page.locator(`#ziel-${'ab'[i]}-text`);
        await field.focus();
        await page.keyboard.press('End');
        await page.keyboard.type(text);
      }),
    );
  }
  const stored = async () => {
    const data = JSON.parse((await readStorage(tabs[0]))['nk:planer'] ?? 'null')?.data;
    return { a: data?.goals.find((g: { id: string }) => g.id === 'a')?.text, b: data?.goals.find((g: { id: string }) => g.id === 'b')?.text, goals: data?.goals.length };
  };
  await expect
    .poll(stored, { message: `seed ${SEED}, ${ROUNDS} rounds, ${edits} edits: storage lost an edit`, timeout: 15_000 })
    .toEqual({ a: typed[0], b: typed[1], goals: 2 + added });
  // Both tabs show it too.
  for (const page of tabs) {
    await expect(page.locator('#ziel-a-text')).toHaveValue(typed[0]!);
    await expect(page.locator('#ziel-b-text')).toHaveValue(typed[1]!);
  }
  console.log(`two-tab fuzz, planner: seed ${SEED}, ${ROUNDS} rounds, ${edits} edits (keystrokes and added goals), 0 lost`);
});

test(`the network check: ${ROUNDS} rounds of both tabs changing different weights at the same moment keep every change`, async ({ context }) => {
  const tabs = await openTwo(context, '/netzwerk-check/', (page) => plant(page, { 'nk:netzwerk-check': envelope(CANDIDATES.complete) }));
  for (const page of tabs) await expect(page.locator('select[id^="gewicht-"]')).toHaveCount(WEIGHT_KEYS.length);
  const next = seededRandom(SEED + 1);
  const expected: Record<WeightKey, number> = { ...DEFAULT_WEIGHTS };
  // Each tab has its own half of the weights, so the last value set for each is known.
  const halves = [WEIGHT_KEYS.filter((_, i) => i % 2 === 0), WEIGHT_KEYS.filter((_, i) => i % 2 === 1)];
  let edits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      tabs.map(async (page, i) => {
        // One to three changes in a row, as a reader trying settings out.
        for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
          const keys = halves[i]!;
          const key = keys[Math.floor(next() * keys.length)]!;
          const value = (expected[key] + 1 + Math.floor(next() * 5)) % 6;
          expected[key] = value;
          edits++;
          await page.locator(`#gewicht-${key}`).selectOption(String(value));
        }
      }),
    );
  }
  await expect
    .poll(async () => JSON.parse((await readStorage(tabs[0]))['nk:netzwerk-check'] ?? 'null')?.data.weights, { message: `seed ${SEED + 1}, ${ROUNDS} rounds, ${edits} edits: storage lost a weight`, timeout: 15_000 })
    .toEqual(expected);
  console.log(`two-tab fuzz, network check: seed ${SEED + 1}, ${ROUNDS} rounds, ${edits} edits, 0 lost`);
});

test('without Web Locks (a browser that lacks them) every change is still saved at once, and a second tab builds on it', async ({ context }) => {
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { value: undefined, configurable: true }));
  const planner = { ...emptyPlanner(), goals: [{ id: 'a', kind: 'kunden' as const, text: '', measure: '', deadline: '' }] };
  const [a, b] = await openTwo(context, '/planer/ziele/', (page) => plantPlanner(page, planner));
  expect(await a.evaluate(() => 'locks' in navigator && navigator.locks !== undefined)).toBe(false);
  await a.locator('#ziel-a-text').fill('Mehr Aufträge');
  // Written at once: storage holds it without waiting.
  expect(JSON.parse((await readStorage(a))['nk:planer']!).data.goals[0].text).toBe('Mehr Aufträge');
  await expect(b.locator('#ziel-a-text')).toHaveValue('Mehr Aufträge');
  await b.getByRole('button', { name: /Ziel hinzufügen$/ }).click();
  await expect.poll(async () => JSON.parse((await readStorage(a))['nk:planer']!).data.goals.map((g: { text: string }) => g.text)).toEqual(['Mehr Aufträge', '']);
});
