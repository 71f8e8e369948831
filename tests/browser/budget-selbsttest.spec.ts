/**
 * The JavaScript budget of the questionnaire and the network check (each tool has two pages), measured on the built files
 * in dist/: every script file a page loads – its script tags, the islands' component and renderer
 * modules, and every module those import statically – gzipped one by one. Dynamic imports are
 * not followed: the only one in the build is Astro's Preact signals support, which loads only for
 * islands that receive signals (ours do not); the browser tests check that no other script loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { TOOL_JS_GZIP } from '../budgets/budgets.ts';

/** 20 KB (20,480 B) of gzip per page, Preact and Astro's inline island loader included – the same budget as tests/budgets. */
const BUDGET_BYTES = TOOL_JS_GZIP.selbsttest;
const dist = new URL('../../dist/', import.meta.url);

/** The script files a built page loads, as paths below dist/ (e.g. `_astro/client.x.js`). */
export function scriptFiles(page: string): string[] {
  const html = readFileSync(new URL(page, dist), 'utf8');
  const entries = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component|renderer|before-hydration)-url="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const seen = new Set<string>();
  const visit = (url: string, from: string) => {
    const path = new URL(url, new URL(from, 'http://x/')).pathname.slice(1);
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(new URL(path, dist), 'utf8');
    const imports = [
      ...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g),
      ...code.matchAll(/\bexport\s*[\w*{}\s,$]+from\s*["'`]([^"'`]+\.js)["'`]/g),
    ].map((m) => m[1]!);
    for (const next of imports) visit(next, `/${path}`);
  };
  for (const entry of entries) visit(entry, `/${page}`);
  return [...seen].sort();
}

/** The inline scripts of a page (Astro's island loader), measured separately. */
function inlineScripts(page: string): string[] {
  const html = readFileSync(new URL(page, dist), 'utf8');
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim() !== '');
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

// Both tools, each with its second page: the questionnaire's result and the check's editor.
for (const page of ['selbsttest/index.html', 'selbsttest/ergebnis/index.html', 'netzwerk-check/index.html', 'netzwerk-check/bearbeiten/index.html']) {
  test(`${page} loads at most 20 KB of gzipped JavaScript, inline loader included`, () => {
    expect(existsSync(new URL(page, dist)), `${page} is built – run npx astro build first`).toBe(true);
    const files = scriptFiles(page);
    expect(files.length, 'the page hydrates an island').toBeGreaterThan(0);
    const sizes = Object.fromEntries(files.map((f) => [f, gzip(readFileSync(new URL(f, dist)))]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    const inline = inlineScripts(page).reduce((sum, s) => sum + gzip(s), 0);
    console.log(`${page}: ${total} bytes gzip in ${files.length} files ${JSON.stringify(sizes)}; inline loader ${inline} bytes`);
    expect(total + inline).toBeLessThanOrEqual(BUDGET_BYTES);
  });
}
