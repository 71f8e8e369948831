/**
 * Finds German words in source code outside the dictionaries: string literals and JSX text in
 * `.ts`/`.tsx`, text and visible attributes in `.astro` templates. A simple detector on purpose
 * (umlauts, German quotes and dashes, or common German function words): it has to catch the
 * literal someone types into an island, not parse German.
 *
 * CLI: `node tests/architecture/german-literals.ts [dir …]` lists every hit as `file:line: text`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders whose files are the dictionaries (and so may hold German). */
export const DICTIONARY_DIRS = ['src/i18n/'];

/** Build-time tooling: it talks to developers, in English, and is never shown to readers. */
const NOT_UI_DIRS = ['src/build/'];

const GERMAN = /[äöüÄÖÜß„“–]|\b(und|oder|nicht|der|die|das|dein|deine|deinen|deinem|deiner|du|dich|dir|ist|sind|mit|für|noch|kein|keine|einen|eine|ein|wird|werden|Bitte|Zurück|Weiter|Speichern|Löschen|Abbrechen|Fehler|Kontakt|Kontakte|Stunden?|Tagen?|heute|morgen|seit|bis|am|im|vom|zum|zur|auf|aus|bei|nach|über|unter|vor|wie|was|wer|wann|hier|jetzt|alle|alles|neue[nrs]?|Frage|Antwort(en)?|Ziel(e)?|Netzwerk(e)?)\b/;

export interface Hit {
  line: number;
  text: string;
}

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Blanks out comments so that their words are not counted, keeping line numbers. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (c, lead: string) => lead + ' '.repeat(c.length - lead.length))
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '));
}

/** Literals that are code, not words: import specifiers, regular expressions, CSS, test ids. */
function isCode(text: string, before: string): boolean {
  if (/\b(from|import|require)\s*\(?\s*$/.test(before)) return true;
  if (/\b(data-testid|class|className|id|key|type|name|rel|role|lang|href|for|htmlFor)\s*=\s*\{?\s*$/.test(before)) return true;
  // Ids and slugs (`online-und-offline`, `keine`): lower case, no spaces – stored values and routes, not words.
  if (/^[a-z0-9äöüß]+([-_.][a-z0-9äöüß]+)*$/.test(text)) return true;
  return !/[A-Za-zÄÖÜäöüß]{2}/.test(text);
}

/** German in a TypeScript/TSX/Astro script: string literals, template literals and JSX text. */
export function scriptHits(source: string, jsx = true): Hit[] {
  const code = withoutComments(source);
  const hits: Hit[] = [];
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (const m of code.matchAll(literal)) {
    const text = m[1] ?? m[2] ?? m[3] ?? '';
    const before = code.slice(Math.max(0, m.index - 40), m.index);
    if (!isCode(text, before) && GERMAN.test(text.replace(/\$\{[^}]*\}/g, ' '))) hits.push({ line: lineAt(code, m.index), text: text.trim().slice(0, 80) });
  }
  for (const m of jsx ? code.matchAll(/>([^<>{}]+)</g) : []) {
    const text = m[1]!.trim();
    if (text && !/=>|[;=]\s*$/.test(text) && GERMAN.test(text)) hits.push({ line: lineAt(code, m.index), text: text.slice(0, 80) });
  }
  return hits;
}

/** German in an Astro component: its frontmatter as script, its template's text and visible attributes. */
export function astroHits(source: string): Hit[] {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = match ? match[1]! : '';
  const offset = match ? match[0].length : 0;
  const template = withoutComments(source.slice(offset)).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, (c) => c.replace(/[^\n]/g, ' '));
  const lines = frontmatter.split('\n').length + 1;
  const hits = scriptHits(frontmatter, false).map((h) => ({ ...h, line: h.line + 1 }));
  for (const m of template.matchAll(/>([^<>{}]+)</g)) {
    const text = m[1]!.trim();
    if (text && GERMAN.test(text)) hits.push({ line: lines + lineAt(template, m.index), text: text.slice(0, 80) });
  }
  for (const m of template.matchAll(/\b(title|description|label|aria-label|alt|placeholder|content)="([^"]*)"/g)) {
    if (GERMAN.test(m[2]!)) hits.push({ line: lines + lineAt(template, m.index), text: m[2]!.slice(0, 80) });
  }
  for (const m of template.matchAll(/\{[^{}]*\}/g)) {
    for (const h of scriptHits(m[0])) hits.push({ line: lines + lineAt(template, m.index) + h.line - 1, text: h.text });
  }
  return hits;
}

/** The hits of one file by its name. */
export function germanLiterals(source: string, file: string): Hit[] {
  if (file.endsWith('.astro')) return astroHits(source);
  if (file.endsWith('.tsx')) return scriptHits(source);
  if (/\.(ts|mjs|js)$/.test(file)) return scriptHits(source, false);
  return [];
}

/** Every source file below `dir` that is not a dictionary or build code (`all`: every one). */
export function sourceFiles(root: string, dir: string, { all = false } = {}): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(join(root, dir))
    .filter((f) => /\.(astro|tsx?|mjs)$/.test(f))
    .filter((f) => all || ![...DICTIONARY_DIRS, ...NOT_UI_DIRS].some((d) => relative(root, f).startsWith(d)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['src'];
  let count = 0;
  for (const dir of dirs) {
    for (const file of statSync(join(root, dir)).isDirectory() ? sourceFiles(root, dir) : [join(root, dir)]) {
      for (const hit of germanLiterals(readFileSync(file, 'utf8'), file)) {
        console.log(`${relative(root, file)}:${hit.line}: ${hit.text}`);
        count++;
      }
    }
  }
  console.log(`${count} German literal line(s) outside the dictionaries`);
}
