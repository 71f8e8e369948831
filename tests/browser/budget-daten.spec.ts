/**
 * The JavaScript budget of /daten/: at most 20 KB (20,480 bytes, as in tests/budgets) of gzipped
 * script files and inline scripts (Astro's island loader) at page load, Preact and the persistence layer included, measured on the built
 * files: the page's script tags, the island's component and renderer modules and everything they
 * import statically. The export/import code loads with the first backup or chosen file (dynamic
 * imports) and is reported separately, with its own ceiling.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Everything the page can ever load, the lazily loaded backup code included. 36,000 B until
 * 2026-12; then issue #10 added compressed snapshots (about 1.1 KB: format 3 with its checks) and
 * the notices for unsaved changes and same-field changes in two tabs (about 0.5 KB, loaded only
 * when due), 37,578 B in all. 47,000 B since contacts at scale (issue #13): the code for a planner
 * kept in shards (`sharded-list`, 6.5 KB with fflate), which the page loads only where such a
 * planner is stored, and the runtime's part of shards (about 1 KB); 45,965 B in all.
 */
const CEILING_BYTES = 47_000;
const dist = new URL('../../dist/', import.meta.url);
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Script files a built page loads, following static imports (and dynamic ones with `lazy`). */
function scriptFiles(page: string, lazy: boolean): string[] {
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
      ...(lazy ? code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g) : []),
    ].map((m) => m[1]!);
    for (const next of imports) visit(next, `/${path}`);
  };
  for (const entry of entries) visit(entry, `/${page}`);
  return [...seen].sort();
}

/** The page's inline scripts (Astro's island loader): they count like files. */
function inlineBytes(page: string): number {
  const html = readFileSync(new URL(page, dist), 'utf8');
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((s) => s.trim() !== '')
    .reduce((sum, s) => sum + gzip(s), 0);
}

function measure(lazy: boolean) {
  const files = scriptFiles('daten/index.html', lazy);
  const sizes = Object.fromEntries(files.map((f) => [f, gzip(readFileSync(new URL(f, dist)))]));
  const inline = inlineBytes('daten/index.html');
  return { files, sizes, inline, total: Object.values(sizes).reduce((a, b) => a + b, 0) + inline };
}

// The 20 KB first-load budget itself is enforced for every page by tests/budgets/check.ts.
test('/daten/ does not load the backup code up front', () => {
  const { files, sizes, inline, total } = measure(false);
  console.log(`/daten/: ${total} bytes gzip in ${files.length} files ${JSON.stringify(sizes)} and ${inline} bytes inline`);
  expect(files.some((f) => /daten-backup|backup-crypto|\/backup\./i.test(f)), 'the backup code is not loaded up front').toBe(false);
});

test('/daten/ with its lazily loaded backup code stays below 47,000 B', () => {
  const { files, sizes, total } = measure(true);
  console.log(`/daten/ with backup code: ${total} bytes gzip in ${files.length} files ${JSON.stringify(sizes)}`);
  expect(files.some((f) => /daten-backup/.test(f))).toBe(true);
  expect(total).toBeLessThanOrEqual(CEILING_BYTES);
});
