/**
 * Content Security Policy: the built pages carry a strict hash-based policy, public/_headers
 * stays in step with it, and no page or tool state triggers a violation, a foreign request or
 * a cookie – with the meta policy alone and with the header policy added as a real header.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sitePaths, watchForeignRequests } from './support/site';
import { headerPolicy, htmlFiles, metaPolicies, parsePolicy, recordViolations } from './support/csp';
import { backupFile, envelope, plantStorage } from './support/storage';
import { hydrated } from './support/tools';
import { STATES as ANSWER_STATES } from '../fixtures/answers-states';
import { STATES as CANDIDATE_STATES } from '../fixtures/candidates-states';
import { plannerStates } from '../fixtures/planner-states';

/** Every tool's named state, planted together, so each tool page renders with data of that kind. */
const TOOL_STATES = (['empty', 'partial', 'complete'] as const).map((name) => [
  name,
  {
    'nk:selbsttest': envelope(1, 1, ANSWER_STATES[name]),
    'nk:netzwerk-check': envelope(1, 1, CANDIDATE_STATES[name]),
    'nk:planer': envelope(1, 1, plannerStates[name]),
  },
] as const);
const toolPaths = () => sitePaths().filter((p) => /^\/(selbsttest|netzwerk-check|planer|plan)\//.test(p));

const HASHED = ['default-src', 'script-src', 'style-src'];
/** Pagefind compiles WebAssembly on the search page, which alone gets 'wasm-unsafe-eval' (src/pages/suche/index.astro). */
const WASM = "'wasm-unsafe-eval'";
const WASM_PAGES = ['/suche/index.html'];

test.describe('the built pages', () => {
  const files = htmlFiles();

  test('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(sitePaths().length);
  });

  for (const file of files) {
    const name = file.slice(file.indexOf('/dist/') + 5);
    test(`${name} carries one strict CSP that allows exactly its inline scripts and styles`, () => {
      const html = readFileSync(file, 'utf8');
      const policies = metaPolicies(html);
      expect(policies).toHaveLength(1);
      const policy = parsePolicy(policies[0]!);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      const wasm = WASM_PAGES.includes(name);
      const scripts = (policy.get('script-src') ?? []).filter((source) => !(wasm && source === WASM));
      expect(scripts[0]).toBe("'self'");
      expect(policy.get('script-src')?.includes(WASM)).toBe(wasm);
      for (const source of scripts.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
      for (const banned of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", WASM, '*', 'data:', 'blob:', 'http:', 'https:']) {
        expect(scripts).not.toContain(banned);
        expect(policy.get('style-src') ?? []).not.toContain(banned);
      }
      // The meta tag must come before anything it governs.
      expect(html.search(/<meta http-equiv="content-security-policy"/i)).toBeLessThan(html.search(/<(script|style|link rel="stylesheet")/i) >>> 0);
      const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) expect(scripts).toContain(hash(body!));
      for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) expect(policy.get('style-src')).toContain(hash(body!));
      // What the policy would block anyway must not be in the markup.
      expect(html).not.toMatch(/<[a-z][^>]*\s(style|on[a-z]+)\s*=/i);
      expect(html).not.toMatch(/href\s*=\s*["']\s*javascript:/i);
    });
  }
});

test.describe('public/_headers', () => {
  test('repeats every directive of the built meta policy except the hashed ones, and adds frame-ancestors \'none\'', () => {
    const header = parsePolicy(headerPolicy());
    const meta = parsePolicy(metaPolicies(readFileSync(htmlFiles()[0]!, 'utf8'))[0]!);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, values] of meta) {
      if (HASHED.includes(name)) continue;
      expect(header.get(name), `${name} in public/_headers`).toEqual(values);
    }
    for (const [name, values] of header) {
      expect(HASHED, `${name} must not be in the header: without the build's hashes it would block Astro's inline scripts`).not.toContain(name);
      if (name === 'frame-ancestors') continue;
      // Either the meta policy's own directive, or a fetch directive spelling out default-src.
      expect(values, name).toEqual(meta.get(name) ?? meta.get('default-src'));
    }
  });

  test('is the policy the README tells people to send', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${headerPolicy()}`);
    expect(readme.match(/Content-Security-Policy "[^"]+"/g)?.map((m) => m.slice(25, -1))).toEqual([headerPolicy(), headerPolicy()]);
  });

  test('is the same policy on every built page (the hashes aside)', () => {
    const shapes = new Set(htmlFiles().map((file) => metaPolicies(readFileSync(file, 'utf8'))[0]!.replace(/'sha256-[^']+'/g, '').replace(WASM_PAGES.some((p) => file.endsWith(p)) ? ` ${WASM}` : '', '').replace(/\s+/g, ' ')));
    expect(shapes.size).toBe(1);
  });
});

/** The /daten/ states worth visiting, each reached from a fresh page. */
const DATEN_STATES: [string, (page: Page) => Promise<void>][] = [
  ['empty', async () => {}],
  ['with data, put-aside data and a snapshot', async (page) => {
    await expect(page.getByRole('region', { name: 'Beiseitegelegte Daten' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Diesen Stand wiederherstellen/ }).first()).toBeVisible();
  }],
  ['import preview', async (page) => {
    await page.getByLabel('Sicherungsdatei').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(backupFile({ 'nk:meta': JSON.parse(envelope(1, 1, { lastBackup: '2025-12-24' })) })) });
    await page.getByLabel('Zusammenführen').check();
    await page.getByRole('button', { name: 'Jetzt einspielen' }).click();
    await expect(page.getByText('Fertig.')).toBeVisible();
  }],
  ['import error', async (page) => {
    await page.getByLabel('Sicherungsdatei').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from('kaputt') });
    await expect(page.getByRole('alert')).toBeVisible();
  }],
  ['encrypted export and import', async (page) => {
    await page.getByLabel('Mit einem Passwort verschlüsseln (optional)').check();
    await page.getByLabel('Passwort für die Sicherung').fill('ein langes Passwort');
    await page.getByLabel('Passwort wiederholen').fill('ein langes Passwort');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Verschlüsselte Sicherung herunterladen' }).click()]);
    await page.getByLabel('Sicherungsdatei').setInputFiles((await file.path())!);
    await page.getByLabel('Passwort der Sicherung').fill('ein langes Passwort');
    await page.getByRole('button', { name: 'Sicherung öffnen' }).click();
    await expect(page.getByRole('heading', { name: 'Vorschau: Das würde sich ändern' })).toBeVisible();
  }],
  ['restore and delete', async (page) => {
    await page.getByRole('button', { name: /^Diesen Stand wiederherstellen/ }).first().click();
    await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
    await page.getByRole('button', { name: 'Ja, alles löschen' }).click();
    await page.getByRole('button', { name: 'Alles endgültig löschen, auch frühere Stände und beiseitegelegte Daten' }).click();
    await expect(page.getByText(/^Erledigt: Alle Daten/)).toBeVisible();
  }],
];

async function plantDaten(page: Page) {
  await plantStorage(page, {
    'nk:meta': envelope(1, 2, { lastBackup: '2026-01-01' }),
    'nk:quarantaene:meta': 'kaputt',
    'nk:schnappschuss': JSON.stringify({ at: '2026-01-01T00:00:00.000Z', reason: 'vor dem Test', values: { 'nk:meta': envelope(1, 1, { lastBackup: null }) } }),
  });
}

/** Sends the header policy of public/_headers as a real HTTP header on every response of the site. */
// A request still in flight when a test ends (a late favicon) made the route handler throw outside
// any test and failed the whole run; letting go of the routes first ignores those stragglers.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

async function sendHeaderPolicy(page: Page, policy = headerPolicy()) {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
}

for (const withHeader of [false, true]) {
  const how = withHeader ? 'with the _headers policy sent as an HTTP header too' : 'with the meta policy';
  test.describe(how, () => {
    test('every page of the sitemap loads without a CSP violation, a foreign request or a cookie', async ({ page, context, baseURL }) => {
      if (withHeader) await sendHeaderPolicy(page);
      const violations = await recordViolations(page);
      const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
      for (const path of sitePaths()) {
        await page.goto(path, { waitUntil: 'networkidle' });
        expect(await violations(), path).toEqual([]);
      }
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });

    for (const [state, stored] of TOOL_STATES) {
      test(`every tool page in the ${state} state runs without a CSP violation, a foreign request or a cookie`, async ({ page, context, baseURL }) => {
        if (withHeader) await sendHeaderPolicy(page);
        await plantStorage(page, stored);
        const violations = await recordViolations(page);
        const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
        for (const path of toolPaths()) {
          await page.goto(path, { waitUntil: 'networkidle' });
          await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
          expect(await violations(), path).toEqual([]);
        }
        expect(foreign).toEqual([]);
        expect(await context.cookies()).toEqual([]);
      });
    }

    for (const [state, reach] of DATEN_STATES) {
      test(`/daten/ (${state}) hydrates and runs without a CSP violation, a foreign request or a cookie`, async ({ page, context, baseURL }) => {
        if (withHeader) await sendHeaderPolicy(page);
        if (state !== 'empty') await plantDaten(page);
        const violations = await recordViolations(page);
        const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
        await page.goto('/daten/');
        await expect(page.getByRole('table', { name: 'Was Netzwerk-Kompass in diesem Browser gespeichert hat' })).toBeVisible();
        await hydrated(page);
        await reach(page);
        await page.waitForLoadState('networkidle');
        expect(await violations()).toEqual([]);
        expect(foreign).toEqual([]);
        expect(await context.cookies()).toEqual([]);
      });
    }
  });
}

test('with the header policy, no other site can frame a page', async ({ page, baseURL }) => {
  await sendHeaderPolicy(page);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refused.push(message.text());
  });
  await page.goto('about:blank');
  await page.setContent(`<iframe src="${baseURL}/daten/" title="Versuch"></iframe>`);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
});

test('a header policy with default-src but without the hashes would break the islands (why _headers leaves them out)', async ({ page }) => {
  await sendHeaderPolicy(page, `default-src 'self'; ${headerPolicy()}`);
  const violations = await recordViolations(page);
  await page.goto('/daten/');
  await expect(page.getByText('Dein Browser-Speicher wird gelesen …')).toBeVisible();
  await expect.poll(async () => (await violations()).join('\n')).toMatch(/script-src/);
});
