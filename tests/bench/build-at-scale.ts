/**
 * Build at scale: how build cost grows with the guide. Builds a temporary copy of the project once as it is
 * and once with 1,000 synthetic chapters added, and reports time per page. The project itself is never touched.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { measureSite } from '../budgets/measure.ts';
import { budgetUse } from '../budgets/budgets.ts';

export interface BuildFigures {
  pages: number;
  seconds: number;
  msPerPage: number;
}

export interface BuildAtScaleFigures {
  syntheticEntries: number;
  baseline: BuildFigures;
  scaled: BuildFigures;
  /** Extra build time each added chapter costs: (scaled − baseline) / added pages. */
  marginalMsPerPage: number;
  /** The largest pages of the scaled build (HTML + linked CSS, gzip): index pages grow with the guide. */
  largestPages: { path: string; htmlCssGzip: number }[];
  /** Pages of the scaled build that break a byte budget of tests/budgets. */
  pagesOverBudget: string[];
}

/** Top-level entries never copied: dependencies, build output, caches, git. */
const EXCLUDE = new Set(['node_modules', 'dist', '.astro', '.git', 'bench', 'test-results', 'playwright-report', 'coverage']);

const WORDS = ['Kontakt', 'Gespräch', 'Netzwerk', 'Ziel', 'Termin', 'Branche', 'Kollegin', 'Idee', 'Projekt', 'Treffen', 'Frage', 'Empfehlung',
  'pflegen', 'planen', 'fragen', 'erzählen', 'zuhören', 'verabreden', 'notieren', 'teilen', 'finden', 'wählen',
  'offen', 'regelmäßig', 'kurz', 'freundlich', 'konkret', 'beruflich', 'neu', 'alt', 'gemeinsam', 'ruhig',
  'und', 'oder', 'mit', 'für', 'nach', 'vor', 'bei', 'ohne', 'dann', 'auch', 'nur', 'immer'];

/** Deterministic filler words (xorshift32), so every run builds the same text. */
function words(count: number, seed: number): string {
  let x = (seed * 2654435761) >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * A synthetic guide chapter with valid frontmatter (see src/content.config.ts) and a body of about the
 * size of a real chapter: headings for the table of contents, paragraphs, a list and a table.
 */
export function syntheticChapter(n: number): string {
  const id = String(n).padStart(4, '0');
  const sections = Array.from({ length: 5 }, (_, s) => [
    `## Abschnitt ${s + 1} von Kapitel ${id}`,
    words(80, n * 31 + s),
    words(70, n * 37 + s),
    `### Vertiefung ${s + 1}`,
    ['- ', '- ', '- '].map((dash, i) => dash + words(10, n * 41 + s * 7 + i)).join('\n'),
    s === 2 ? `| Schritt | Dauer |\n| --- | --- |\n| ${words(4, n)} | 10 Minuten |\n| ${words(4, n + 1)} | 20 Minuten |` : words(60, n * 43 + s),
  ].join('\n\n'));
  // Titles and descriptions differ from chapter to chapter, so index pages do not compress unrealistically well.
  const title = `Kapitel ${id}: ${words(3, n * 61).slice(0, -1)}`;
  const description = `${words(24, n * 53).slice(0, 140).replace(/\s+\S*$/, '')}.`;
  return `---
title: "${title}"
description: "${description}"
order: ${1000 + n}
reviewed: 2026-01-01
tools: []
sources:
  - title: "Synthetische Quelle ${id}"
    publication: "Build-Benchmark von Netzwerk-Kompass"
    date: "ohne Datum"
    used_for: "Erzeugter Blindtext ohne Aussage"
---

${words(60, n)}

${sections.join('\n\n')}
`;
}

/** Copies the project to a temp folder; node_modules becomes a folder of links to the real packages. */
function copyProject(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'nk-build-at-scale-'));
  cpSync(root, copy, { recursive: true, filter: (src) => !EXCLUDE.has(src.slice(root.length).split(/[\\/]/).filter(Boolean)[0] ?? '') });
  // One link per package rather than one link for node_modules: Astro keeps its content cache in
  // node_modules/.astro, and a build of 1,000 fake chapters must not write into the shared one.
  const modules = realpathSync(join(root, 'node_modules'));
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!['.astro', '.vite', '.cache'].includes(entry)) symlinkSync(join(modules, entry), join(copy, 'node_modules', entry));
  }
  return copy;
}

function build(project: string, astroBin: string): BuildFigures {
  rmSync(join(project, 'dist'), { recursive: true, force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, [astroBin, 'build'], { cwd: project, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`build in ${project} failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  const pages = Number(/(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? NaN);
  return { pages, seconds, msPerPage: (seconds * 1000) / pages };
}

/** Builds a temp copy of `root` without and with `entries` synthetic chapters; removes the copy afterwards. */
export function buildAtScale(root: string, astroBin: string, entries = 1000, log: (line: string) => void = console.log): BuildAtScaleFigures {
  const copy = copyProject(root);
  try {
    log(`  temp copy: ${copy}`);
    const baseline = build(copy, astroBin);
    log(`  as it is: ${baseline.pages} pages in ${baseline.seconds.toFixed(1)} s`);
    for (let n = 1; n <= entries; n++) writeFileSync(join(copy, 'content', 'guide', `synthetisch-${String(n).padStart(4, '0')}.mdx`), syntheticChapter(n));
    const scaled = build(copy, astroBin);
    log(`  with ${entries} synthetic chapters: ${scaled.pages} pages in ${scaled.seconds.toFixed(1)} s`);
    const pages = measureSite(join(copy, 'dist')).pages;
    const largestPages = pages
      .map((p) => ({ path: p.path, htmlCssGzip: p.htmlCss.gzip }))
      .sort((a, b) => b.htmlCssGzip - a.htmlCssGzip)
      .slice(0, 3);
    return {
      syntheticEntries: entries,
      baseline,
      scaled,
      marginalMsPerPage: ((scaled.seconds - baseline.seconds) * 1000) / (scaled.pages - baseline.pages),
      largestPages,
      pagesOverBudget: pages.filter((p) => budgetUse(p).over).map((p) => p.path),
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
