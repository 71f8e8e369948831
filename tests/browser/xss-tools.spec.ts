/**
 * Hostile text in every tool: complete states whose every free-text field (and link field) holds
 * a payload are planted as stored data – exactly what an imported backup could contain – and each
 * tool page and the plan must show them as inert text.
 */
import { expect, test } from '@playwright/test';
import * as v from 'valibot';
import { ALL_DEFINITIONS } from '../../src/lib/storage/stored-definitions';
import type { AnyDefinition } from '../../src/lib/storage/stored-value';
import { STATES as ANSWER_STATES } from '../fixtures/answers-states';
import { STATES as CANDIDATE_STATES } from '../fixtures/candidates-states';
import { plannerStates } from '../fixtures/planner-states';
import { plant, hydrated } from './support/tools';
import { expectInert, UNSAFE_URLS, watchDialogs, XSS_PAYLOADS } from './support/xss';
import { sitePaths } from './support/site';

/**
 * Replaces every string in `data` that the schema lets be free text with a payload (cycling
 * through them); strings that must be an id, a date or a choice stay as they are.
 */
function poison(def: AnyDefinition, data: unknown): unknown {
  const payloads = [...XSS_PAYLOADS, ...UNSAFE_URLS];
  let state = structuredClone(data);
  let n = 0;
  const visit = (path: (string | number)[]): void => {
    let node: unknown = state;
    for (const key of path) node = (node as Record<string | number, unknown>)[key];
    if (typeof node === 'string') {
      const before = structuredClone(state);
      let parent: unknown = state;
      for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
      (parent as Record<string | number, unknown>)[path.at(-1)!] = payloads[n % payloads.length];
      if (v.is(def.schema, state)) n++;
      else state = before;
    } else if (Array.isArray(node)) node.forEach((_, i) => visit([...path, i]));
    else if (node && typeof node === 'object') Object.keys(node).forEach((k) => visit([...path, k]));
  };
  visit([]);
  return state;
}

const definition = (key: string) => ALL_DEFINITIONS.find((d) => d.key === key)!;
const envelope = (data: unknown) => JSON.stringify({ v: 1, rev: 1, at: '2026-11-23T10:00:00.000Z', data });

const poisoned = {
  'nk:selbsttest': poison(definition('nk:selbsttest'), ANSWER_STATES.complete),
  'nk:netzwerk-check': poison(definition('nk:netzwerk-check'), CANDIDATE_STATES.complete),
  'nk:planer': poison(definition('nk:planer'), plannerStates.complete),
};

/** Pages that show the reader's own text, where the payloads must appear literally. */
const SHOWS_READER_TEXT = /^\/(netzwerk-check\/|planer\/|plan\/)$|^\/planer\//;
const toolPages = sitePaths().filter((p) => /^\/(selbsttest|netzwerk-check|planer|plan|daten)\//.test(p));

test('the poisoned states still fit the schemas, so the tools really load them', () => {
  for (const [key, data] of Object.entries(poisoned)) expect(v.is(definition(key).schema, data), key).toBe(true);
  expect(JSON.stringify(poisoned)).toContain('onerror=alert(1)');
});

for (const path of toolPages) {
  test(`${path} shows planted payloads as inert text and turns no unsafe URL into a link`, async ({ page }) => {
    const dialogs = watchDialogs(page);
    await plant(page, Object.fromEntries(Object.entries(poisoned).map(([key, data]) => [key, envelope(data)])));
    await page.goto(path);
    await hydrated(page);
    await expectInert(page, dialogs);
    if (SHOWS_READER_TEXT.test(path)) {
      // Forms show the reader's text as field values, lists and the plan as text.
      const shown = await page.locator('main').evaluate((main) =>
        [main.textContent ?? '', ...[...main.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value)].join('\n'),
      );
      expect([...XSS_PAYLOADS, ...UNSAFE_URLS].some((payload) => shown.includes(payload)), 'at least one payload is shown as text').toBe(true);
    }
  });
}
