/**
 * `npm run bench`: measures the site as readers get it. Reports figures, never asserts times.
 *
 * 1. builds the site and measures the bytes of every page (tests/budgets);
 * 2. serves dist with `astro preview` on 127.0.0.1:$BENCH_PORT (4343) and runs Lighthouse (mobile) on every page;
 * 3. contacts at scale on /planer/kontakte/: 20, 2,000, 5,000 and 10,000 contacts, the localStorage quota and a
 *    5,000-row Connections.csv through the import in the page (tests/bench/planner-at-scale.bench.ts);
 * 4. contact import: preview and build of a generated 5,000-row Connections.csv (tests/bench/contact-import.bench.ts);
 * 5. build at scale: a temp copy with $BENCH_ENTRIES (1,000) synthetic chapters.
 * Writes bench/results.json and bench/RESULTS.md. `--skip=lighthouse,planner,build-at-scale` leaves parts out;
 * `BENCH_ONLY=planner` runs only the named parts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSite } from '../budgets/measure.ts';
import { budgetFor, formatTable } from '../budgets/budgets.ts';
import { auditPage, chromiumVersion, launchChromium, type LighthouseFigures } from './lighthouse.ts';
import { buildAtScale } from './build-at-scale.ts';
import { bytesTable, buildTable, contactImportTable, isSkipped, lighthouseTable, plannerSummary, summaryMarkdown, type BenchResults, type PageBytes } from './report.ts';
import type { ContactsAtScaleFigures } from './at-scale.ts';
import type { ContactImportFigures } from './contact-import.ts';

const root = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const out = join(root, 'bench');
const dist = join(root, 'dist');
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const playwrightBin = join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const port = Number(process.env['BENCH_PORT'] ?? 4343);
const entries = Number(process.env['BENCH_ENTRIES'] ?? 1000);
const PARTS = ['lighthouse', 'planner', 'contact-import', 'build-at-scale'];
/** The search page as a reader arriving from the header form sees it. */
const SEARCH_WITH_QUERY = '/suche/?q=Kontakte';
// BENCH_ONLY=planner (or a comma-separated list) runs only those parts; --skip=… leaves parts out.
const only = (process.env['BENCH_ONLY'] ?? '').split(',').filter(Boolean);
const skip = new Set([
  ...(process.argv.find((a) => a.startsWith('--skip='))?.slice('--skip='.length) ?? '').split(',').filter(Boolean),
  ...(only.length ? PARTS.filter((p) => !only.includes(p)) : []),
]);
const baseURL = `http://127.0.0.1:${port}`;

const heading = (text: string) => console.log(`\n== ${text}\n`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Starts `astro preview` and waits until it serves the start page. */
async function startPreview(): Promise<ChildProcess> {
  if (await answers(`${baseURL}/`)) throw new Error(`port ${port} is already in use; set BENCH_PORT to a free port`);
  const server = spawn(process.execPath, [astroBin, 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (await answers(`${baseURL}/`)) return server;
    if (server.exitCode !== null) throw new Error(`astro preview exited with ${server.exitCode}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error('astro preview did not answer within 60 s');
}

async function stopPreview(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
}

async function lighthouseAll(pages: readonly { path: string; noindex: boolean }[]): Promise<{ figures: LighthouseFigures[]; chromium: string }> {
  const chrome = await launchChromium();
  try {
    const chromium = await chromiumVersion(chrome);
    const figures: LighthouseFigures[] = [];
    for (const { path, noindex } of pages) {
      const f = await auditPage(`${baseURL}${path}`, chrome.port, { noindex });
      figures.push(f);
      const s = f.scores;
      console.log(`  ${path}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}; LCP ${Math.round(f.lcpMs ?? 0)} ms, TBT ${Math.round(f.tbtMs ?? 0)} ms, CLS ${(f.cls ?? 0).toFixed(3)}${f.failing.length ? `\n    below 1: ${f.failing.join(', ')}` : ''}${f.intended.length ? `\n    intended: ${f.intended.join(', ')}` : ''}`);
    }
    return { figures, chromium };
  } finally {
    chrome.kill();
  }
}

function plannerAtScale(): ContactsAtScaleFigures | { skipped: string } {
  const fixture = join(root, 'tests', 'fixtures', 'planner-large.ts');
  if (!existsSync(join(dist, 'planer', 'kontakte', 'index.html'))) return { skipped: 'the build has no /planer/kontakte/ page yet' };
  if (!existsSync(fixture)) return { skipped: 'tests/fixtures/planner-large.ts does not exist yet' };
  const file = join(out, 'planner.json');
  rmSync(file, { force: true });
  run(playwrightBin, ['test', '-c', 'tests/bench/playwright.config.ts', 'planner-at-scale.bench.ts'], { BENCH_BASE_URL: baseURL, BENCH_OUT: file });
  return JSON.parse(readFileSync(file, 'utf8')) as ContactsAtScaleFigures | { skipped: string };
}

function contactImport(): ContactImportFigures {
  const file = join(out, 'contact-import.json');
  rmSync(file, { force: true });
  run(playwrightBin, ['test', '-c', 'tests/bench/playwright.config.ts', 'contact-import.bench.ts'], { BENCH_IMPORT_OUT: file });
  return JSON.parse(readFileSync(file, 'utf8')) as ContactImportFigures;
}

function chromiumFromCli(): string {
  const result = spawnSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return /Chromium [\d.]+/.exec(result.stdout)?.[0] ?? 'Chromium (version unknown)';
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const started = new Date();

  heading('Build');
  const buildStart = performance.now();
  run(astroBin, ['build']);
  const buildSeconds = (performance.now() - buildStart) / 1000;

  heading('Bytes per page');
  const site = measureSite(dist);
  console.log(formatTable(site));
  const bytes: PageBytes[] = site.pages.map((p) => {
    const b = budgetFor(p.path);
    return { path: p.path, kind: b.kind === 'tool' ? b.tool : b.kind, html: p.html, css: p.css.total, js: p.js.total, lazyJsGzip: p.js.lazy.reduce((s, f) => s + f.gzip, 0), htmlCssGzip: p.htmlCss.gzip };
  });

  let chromium = chromiumFromCli();
  let lighthouse: BenchResults['lighthouse'] = { skipped: 'left out with --skip=lighthouse' };
  let planner: BenchResults['plannerAtScale'] = { skipped: 'left out with --skip=planner' };
  if (!skip.has('lighthouse') || !skip.has('planner')) {
    const server = await startPreview();
    try {
      if (!skip.has('lighthouse')) {
        heading(`Lighthouse (mobile) against astro preview on ${baseURL}`);
        const noindex = (file: string) => /<meta name="robots" content="[^"]*noindex/.test(readFileSync(join(dist, file), 'utf8'));
        // The search page once more with a query: the results state, with Pagefind loaded.
        const result = await lighthouseAll([...site.pages.map((p) => ({ path: p.path, noindex: noindex(p.file) })), { path: SEARCH_WITH_QUERY, noindex: false }]);
        lighthouse = result.figures;
        chromium = result.chromium.replace(/^\S*Chrome\S* /, 'Chromium ');
        console.log(`\n${lighthouseTable(lighthouse)}`);
      }
      if (!skip.has('planner')) {
        heading('Contacts at scale (20 to 10,000 contacts, the localStorage quota, a 5,000-row import in the page)');
        planner = plannerAtScale();
        console.log(isSkipped(planner) ? `  skipped: ${planner.skipped}. The runner is tests/bench/planner-at-scale.bench.ts.` : plannerSummary(planner));
      }
    } finally {
      await stopPreview(server);
    }
  }

  let importFigures: NonNullable<BenchResults['contactImport']> = { skipped: 'left out with --skip=contact-import' };
  if (!skip.has('contact-import')) {
    heading('Contact import (5,000-row Connections.csv)');
    importFigures = contactImport();
    console.log(contactImportTable(importFigures));
  }

  let scale: BenchResults['buildAtScale'] = { skipped: 'left out with --skip=build-at-scale' };
  if (!skip.has('build-at-scale')) {
    heading(`Build at scale (${entries} synthetic chapters)`);
    scale = buildAtScale(root, astroBin, entries);
    console.log(`\n${buildTable(scale)}\n\n  each added chapter: ${scale.marginalMsPerPage.toFixed(1)} ms`);
    console.log(`  largest pages (HTML+CSS gzip): ${scale.largestPages.map((p) => `${p.path} ${p.htmlCssGzip.toLocaleString('en-US')} B`).join(', ')}`);
    console.log(`  over budget at that size: ${scale.pagesOverBudget.length === 0 ? 'none' : scale.pagesOverBudget.join(', ')}`);
  }

  const results: BenchResults = {
    date: started.toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${osType()} ${release()}`,
      node: process.version,
      chromium,
    },
    buildSeconds,
    bytes,
    lighthouse,
    plannerAtScale: planner,
    buildAtScale: scale,
    contactImport: importFigures,
  };
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'RESULTS.md'), summaryMarkdown(results));
  heading('Summary');
  console.log(bytesTable(bytes));
  console.log(`\nFigures: bench/results.json; summary: bench/RESULTS.md (copy it to tests/bench/RESULTS.md to record it).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
