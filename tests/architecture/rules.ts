/**
 * The layering rules of `src/`, as checks on one file's path and text. Kept apart from the test
 * so the test can show each rule catching a planted violation.
 */
import type { Edge } from './import-graph.ts';

export interface Violation {
  file: string;
  rule: string;
}

const PERSISTENCE = 'src/stores/persistence.ts';
const LOCALE = 'src/i18n/locale.ts';
/** The modules that build Intl formatters: the full set, and the placeholder filler the shared runtime takes alone. */
const FORMATTERS = ['src/i18n/format.ts', 'src/i18n/fill.ts'];

/** Globals that only exist in a browser: `lib` must run in Node and in a worker alike. */
const DOM = /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|customElements|addEventListener|location)\b\s*[.(\[]/;

/** The code of a file: all of a script, only the frontmatter and `<script>`s of an Astro component (its prose may name things). */
function scriptOf(file: string, source: string): string {
  if (!file.endsWith('.astro')) return source;
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  return [frontmatter, ...[...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])].join('\n');
}

/** The rules that need only one file's text. */
export function fileViolations(file: string, source: string): Violation[] {
  const code = scriptOf(file, source).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/([^:])\/\/[^\n'"`]*$/gm, '$1');
  const out: Violation[] = [];
  if (file !== PERSISTENCE && !file.startsWith('src/i18n/') && /\b(localStorage|sessionStorage)\b/.test(code)) out.push({ file, rule: 'only src/stores/persistence.ts touches localStorage/sessionStorage' });
  if (file.startsWith('src/lib/') && DOM.test(code)) out.push({ file, rule: 'src/lib uses no DOM or browser globals' });
  if (file !== LOCALE && /['"`]de(-DE)?['"`]/.test(code)) out.push({ file, rule: 'the locale is spelled only in src/i18n/locale.ts' });
  if (!FORMATTERS.includes(file) && /\bnew\s+Intl\./.test(code)) out.push({ file, rule: 'Intl formatters are built only in src/i18n/format.ts' });
  if (/\btoLocale(String|DateString|TimeString)\s*\(/.test(code)) out.push({ file, rule: 'numbers and dates are formatted through src/i18n/format.ts' });
  return out;
}

/** The rules about who may import whom. */
export function edgeViolations(edges: readonly Edge[]): Violation[] {
  const out: Violation[] = [];
  for (const { from, to, typeOnly } of edges) {
    if (from.startsWith('src/lib/') && /^src\/(stores|islands|components|pages|layouts)\//.test(to)) out.push({ file: from, rule: `src/lib imports nothing from ${to.split('/')[1]} (${to})` });
    if (from.startsWith('src/lib/') && to.startsWith('src/i18n/de/') && !typeOnly) out.push({ file: from, rule: `src/lib returns codes, it does not read a dictionary (${to})` });
    if (from.startsWith('src/stores/') && /^src\/(islands|components|pages|layouts)\//.test(to)) out.push({ file: from, rule: `src/stores imports nothing from ${to.split('/')[1]} (${to})` });
  }
  return out;
}
