/**
 * Reader data must only ever reach the page as text. This scans every file in `src/` for the
 * ways around that, so one careless line fails the build instead of opening an XSS hole.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = new URL('../../../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Each pattern with the reason it is banned. */
const BANNED: [RegExp, string][] = [
  [/\binnerHTML\b/, 'innerHTML parses text as markup'],
  [/\bouterHTML\b/, 'outerHTML parses text as markup'],
  [/\bdangerouslySetInnerHTML\b/, 'dangerouslySetInnerHTML parses text as markup'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML parses text as markup'],
  [/\bset:html\b/, 'Astro set:html writes raw markup'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write parses text as markup'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment parses text as markup'],
  [/\beval\s*\(/, 'eval runs text as code (and CSP forbids it)'],
  [/\bnew\s+Function\s*\(/, 'new Function runs text as code (and CSP forbids it)'],
  [/\bsetTimeout\s*\(\s*['"`]/, 'setTimeout with a string runs text as code'],
  [/<[a-zA-Z][^<>]*\sstyle\s*=\s*["'{]/, 'style attributes break the strict CSP; use classes'],
];

/** Finds banned patterns in a file's text; exported logic kept here so the test can test itself. */
export function findBanned(text: string): string[] {
  return BANNED.filter(([pattern]) => pattern.test(text)).map(([, why]) => why);
}

describe('src/', () => {
  const all = files(SRC).filter((f) => /\.(astro|tsx?|jsx?|mjs|mdx?)$/.test(f));

  test('holds the files this scan is about', () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.some((f) => f.endsWith('.tsx'))).toBe(true);
    expect(all.some((f) => f.endsWith('.astro'))).toBe(true);
  });

  test.each(all.map((f) => [relative(SRC, f), f]))('%s renders reader data only as text', (_name, file) => {
    expect(findBanned(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('findBanned', () => {
  test.each([
    ['el.innerHTML = name', 'innerHTML'],
    ['<div dangerouslySetInnerHTML={{ __html: x }} />', 'dangerouslySetInnerHTML'],
    ['<Fragment set:html={x} />', 'set:html'],
    ['node.insertAdjacentHTML("beforeend", x)', 'insertAdjacentHTML'],
    ['eval(code)', 'eval'],
    ['<p style="color: red">', 'style'],
    ['<p style={{ color: "red" }}>', 'style'],
  ])('catches %s', (text, what) => {
    expect(findBanned(text).join()).toContain(what);
  });

  test('lets safe code through', () => {
    expect(findBanned('<p>{note.body}</p>; el.textContent = x; const innerHtmlLike = 1; const style = "a";')).toEqual([]);
  });
});
