/**
 * Issue #10, part 3 (double submit) in the network check's editor, beyond „Speichern“ (tested in
 * netzwerk-check.spec.ts): a double click on „Meine Fassung speichern“, after another tab changed
 * the network, writes once. Reproduces: its second click, while the page was already leaving,
 * wrote the candidate a second time (one revision more). Two pages of one context are two tabs.
 */
import { expect, test, type Page } from '@playwright/test';
import { STATES as ANSWERS } from '../fixtures/answers-states';
import { STATES } from '../fixtures/candidates-states';
import { envelope, hydrated, stored } from './support/tools';
import { plantStorage } from './support/storage';

const KEY = 'nk:netzwerk-check';
const EDIT = '/netzwerk-check/bearbeiten/?id=k-kammer';

async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}
const record = async (page: Page) => JSON.parse((await stored(page, KEY))!) as { rev: number; data: { candidates: { id: string; name: string; notes: string }[] } };

test('a double click on „Meine Fassung speichern“ writes the form once', async ({ context }) => {
  await plantStorage(context, { [KEY]: envelope(STATES.complete), 'nk:selbsttest': envelope(ANSWERS.complete) });
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, EDIT);
  await open(b, EDIT);
  await b.getByLabel('Notizen (optional)').fill('Neue Notiz aus Tab B');
  await b.getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(async () => (await record(b)).data.candidates.find((c) => c.id === 'k-kammer')?.notes).toBe('Neue Notiz aus Tab B');
  const rev = (await record(b)).rev;
  await a.getByLabel('Name', { exact: true }).fill('IHK-Forum (Tab A)');
  await a.getByRole('button', { name: 'Speichern' }).click();
  await a.getByRole('button', { name: 'Meine Fassung speichern' }).dblclick();
  await expect(a).toHaveURL(/\/netzwerk-check\/(\?|#)/);
  await hydrated(a);
  await expect(a.getByRole('heading', { name: 'IHK-Forum (Tab A)' })).toBeVisible();
  const after = await record(a);
  expect(after.data.candidates.find((c) => c.id === 'k-kammer')?.name).toBe('IHK-Forum (Tab A)');
  expect(after.rev).toBe(rev + 1);
});
