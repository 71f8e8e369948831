import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const dist = new URL('../../dist/', import.meta.url);
/** 25 KB of JavaScript (gzip) for each planner page and the plan, Preact and Astro's island runtime included. */
const BUDGET = 25 * 1024;

interface Shipped {
  name: string;
  gzip: number;
}

/** Static imports of a built module; dynamic `import()` is left out, as the page loads it only on demand. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/**
 * Every script a built page ships: its inline scripts, its external scripts, the islands'
 * components and renderers, and every module those import, recursively, each gzipped on its own.
 */
export function shippedScripts(path: string): Shipped[] {
  const html = readFileSync(new URL(`.${path}index.html`, dist), 'utf8');
  const shipped: Shipped[] = [];
  const seen = new Set<string>();
  const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

  const visit = (url: string) => {
    const file = new URL(url.replace(/^\//, ''), dist);
    if (seen.has(file.href)) return;
    seen.add(file.href);
    const code = readFileSync(file, 'utf8');
    shipped.push({ name: file.pathname.slice(dist.pathname.length), gzip: gzip(code) });
    for (const spec of staticImports(code)) visit(new URL(spec, file).pathname.slice(dist.pathname.length - 1));
  };

  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(attrs!)?.[1];
    if (src) visit(src);
    else if (body!.trim()) {
      shipped.push({ name: `inline script in ${path}`, gzip: gzip(body!) });
      for (const spec of staticImports(body!)) visit(spec);
    }
  }
  for (const [, url] of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) visit(url!);
  return shipped;
}

/** The planner's overview, each of its section pages, and the plan: each is held to 25 KB on its own. */
const PAGES = ['/planer/', ...['ziele', 'zielgruppen', 'kanaele', 'zeit', 'geben', 'aktionen', 'kontakte'].map((s) => `/planer/${s}/`), '/plan/'];

for (const path of PAGES) {
  test(`${path} ships at most 25 KB of JavaScript (gzip)`, () => {
    expect(existsSync(new URL(`.${path}index.html`, dist)), 'build first: npx astro build').toBe(true);
    const shipped = shippedScripts(path);
    const total = shipped.reduce((sum, s) => sum + s.gzip, 0);
    const list = shipped.map((s) => `${s.gzip} B  ${s.name}`).join('\n');
    console.log(`${path}: ${total} B gzip (${(total / 1024).toFixed(1)} KB)\n${list}`);
    expect(shipped.some((s) => s.name.includes('preact')), 'Preact counts, too').toBe(true);
    expect(total, `${path} ships ${total} B of JavaScript (gzip), budget ${BUDGET} B:\n${list}`).toBeLessThanOrEqual(BUDGET);
  });
}
