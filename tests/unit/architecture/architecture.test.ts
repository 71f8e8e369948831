/**
 * The architecture as a test: storage only in the persistence module, `lib` free of the DOM and
 * of the layers above it, stores free of islands, no import cycles (type-only ones included), and
 * no German words in `src` outside the dictionaries. Each rule is first shown to catch a planted
 * violation, so that a rule that silently stopped matching cannot pass.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { germanLiterals, sourceFiles } from '../../architecture/german-literals';
import { cycles, importGraph, importsOf } from '../../architecture/import-graph';
import { edgeViolations, fileViolations } from '../../architecture/rules';

const ROOT = join(new URL('.', import.meta.url).pathname, '..', '..', '..');
const files = sourceFiles(ROOT, 'src', { all: true }).map((f) => ({ path: relative(ROOT, f), text: readFileSync(f, 'utf8') }));
const edges = importGraph(ROOT);

describe('each rule catches a planted violation', () => {
  test('localStorage outside the persistence module', () => {
    expect(fileViolations('src/islands/x/A.tsx', 'localStorage.setItem("a", "b")')).toHaveLength(1);
    expect(fileViolations('src/stores/persistence.ts', 'localStorage.setItem("a", "b")')).toHaveLength(0);
  });
  test('the DOM in lib', () => {
    expect(fileViolations('src/lib/x/a.ts', 'document.querySelector("a")')).toHaveLength(1);
  });
  test('a locale spelled outside the locale module', () => {
    expect(fileViolations('src/lib/x/a.ts', "const c = new Intl.Collator('de');")).toHaveLength(2);
  });
  test('lib importing a store, a dictionary, or stores importing an island', () => {
    const planted = [
      { from: 'src/lib/a/b.ts', to: 'src/stores/planner.ts', typeOnly: true },
      { from: 'src/lib/a/b.ts', to: 'src/i18n/de/planer.ts', typeOnly: false },
      { from: 'src/stores/a.ts', to: 'src/islands/x/A.tsx', typeOnly: true },
    ];
    expect(edgeViolations(planted)).toHaveLength(3);
    expect(edgeViolations([{ from: 'src/lib/a/b.ts', to: 'src/i18n/de/planer.ts', typeOnly: true }])).toHaveLength(0);
  });
  test('an import cycle, type-only included', () => {
    expect(cycles([
      { from: 'a.ts', to: 'b.ts', typeOnly: false },
      { from: 'b.ts', to: 'c.ts', typeOnly: true },
      { from: 'c.ts', to: 'a.ts', typeOnly: false },
    ])).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
  test('a type-only import is read as an edge', () => {
    const source = "import type { Answers } from './answers-schema';";
    expect(importsOf(ROOT, join(ROOT, 'src/lib/questionnaire/hours.ts'), source)).toEqual([{ from: 'src/lib/questionnaire/hours.ts', to: 'src/lib/questionnaire/answers-schema.ts', typeOnly: true }]);
  });
  test('a German literal in an island, in lib and in a page', () => {
    expect(germanLiterals("export const A = () => <p>Speichern fehlgeschlagen</p>;", 'A.tsx')).toHaveLength(1);
    expect(germanLiterals("throw new Error('Die Datei ist zu groß');", 'a.ts')).toHaveLength(1);
    expect(germanLiterals('---\n---\n<h1>Über diese Seite</h1>', 'a.astro')).toHaveLength(1);
    expect(germanLiterals("import x from './über';\nconst id = 'kontakt-name';\nconst slug = 'online-und-offline';", 'a.ts')).toHaveLength(0);
  });
});

describe('src/', () => {
  test('holds the files the rules are about', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(200);
  });

  test('keeps storage in the persistence module, lib free of the DOM, the locale in one module', () => {
    expect(files.flatMap((f) => fileViolations(f.path, f.text))).toEqual([]);
  });

  test('imports only downwards: islands → stores → lib', () => {
    expect(edgeViolations(edges)).toEqual([]);
  });

  test('has no import cycle', () => {
    expect(cycles(edges)).toEqual([]);
  });

  test('has no German words outside the dictionaries in src/i18n/', () => {
    const ui = sourceFiles(ROOT, 'src').map((f) => relative(ROOT, f));
    const hits = files.filter((f) => ui.includes(f.path)).flatMap((f) => germanLiterals(f.text, f.path).map((h) => `${f.path}:${h.line}: ${h.text}`));
    expect(hits).toEqual([]);
  });
});
