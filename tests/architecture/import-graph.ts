/**
 * The import graph of `src/`: which file imports which (type-only imports included, since a
 * type-only cycle still ties two modules together for a reader), and the cycles in it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { sourceFiles } from './german-literals.ts';

export interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const SPECIFIER = /\b(import|export)\s+(type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.astro', '.json', '/index.ts'];

/** The files `source` imports by relative path, resolved to paths below `root`. */
export function importsOf(root: string, file: string, source: string): Edge[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const edges: Edge[] = [];
  for (const m of code.matchAll(SPECIFIER)) {
    const spec = m[3] ?? m[4]!;
    if (!spec.startsWith('.')) continue;
    const base = resolve(dirname(file), spec);
    const target = EXTENSIONS.map((e) => base + e).find((p) => existsSync(p) && !p.endsWith('/'));
    if (target) edges.push({ from: relative(root, file), to: relative(root, target), typeOnly: m[2] !== undefined });
  }
  return edges;
}

/** Every import edge between files of `src/` (dictionaries and build code included). */
export function importGraph(root: string): Edge[] {
  const files = sourceFiles(root, 'src', { all: true });
  return files.flatMap((file) => importsOf(root, file, readFileSync(file, 'utf8')));
}

/** The cycles of a graph, each as the list of files around it, found by depth-first search. */
export function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const found = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'open') {
        const cycle = stack.slice(stack.indexOf(to));
        const key = [...cycle].sort().join(' ');
        if (!found.has(key)) found.set(key, cycle);
      } else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...next.keys()].sort()) if (!state.has(node)) visit(node);
  return [...found.values()];
}

export const rootOf = (url: string) => join(dirname(new URL(url).pathname), '..', '..');
