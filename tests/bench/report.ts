/** Turns benchmark figures into the tables printed by `npm run bench` and the Markdown summary. */
import type { AtScaleFigures, ContactsAtScaleFigures } from './at-scale.ts';
import type { BuildAtScaleFigures } from './build-at-scale.ts';
import type { ContactImportFigures } from './contact-import.ts';
import type { LighthouseFigures } from './lighthouse.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
}

export interface PageBytes {
  path: string;
  kind: string;
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  lazyJsGzip: number;
  htmlCssGzip: number;
}

export type Skipped = { skipped: string };

export interface BenchResults {
  date: string;
  machine: Machine;
  buildSeconds: number;
  bytes: PageBytes[];
  lighthouse: LighthouseFigures[] | Skipped;
  /** Older results hold one size (AtScaleFigures); since issue #13 several sizes, the quota and the import in the page. */
  plannerAtScale: ContactsAtScaleFigures | AtScaleFigures | Skipped;
  buildAtScale: BuildAtScaleFigures | Skipped;
  /** Absent in results written before the contact import existed. */
  contactImport?: ContactImportFigures | Skipped;
}

export const isSkipped = (x: unknown): x is Skipped => typeof x === 'object' && x !== null && 'skipped' in x;

const n = (v: number | null, digits = 0) => (v === null ? '–' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** Rows as a Markdown table (also readable as plain text in a terminal). */
export function table(head: string[], rows: string[][], rightFrom = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const cell = (c: string, i: number) => (i >= rightFrom ? c.padStart(widths[i]!) : c.padEnd(widths[i]!));
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${widths.map((w, i) => (i >= rightFrom ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function lighthouseTable(figures: readonly LighthouseFigures[]): string {
  return table(
    ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS'],
    // * marks a score lowered by design (the 404 page's noindex), explained below the table.
    figures.map((f) => [f.path, n(f.scores.performance), n(f.scores.accessibility), n(f.scores['best-practices']), `${n(f.scores.seo)}${f.intended.length ? '*' : ''}`, n(f.lcpMs), n(f.tbtMs), n(f.cls, 3)]),
  );
}

export function bytesTable(pages: readonly PageBytes[]): string {
  return table(
    ['page', 'kind', 'HTML gz', 'CSS gz', 'JS gz', 'HTML+CSS gz', 'HTML raw', 'CSS raw', 'JS raw'],
    pages.map((p) => [p.path, p.kind, n(p.html.gzip), n(p.css.gzip), n(p.js.gzip), n(p.htmlCssGzip), n(p.html.raw), n(p.css.raw), n(p.js.raw)]),
    2,
  );
}

export function plannerTable(f: AtScaleFigures): string {
  const row = (label: string, r: AtScaleFigures['median']) => [label, n(r.hydratedMs), n(r.interactiveMs), n(r.longTasksMs), n(r.editMs), n(r.storedBytes), n(r.storedChars)];
  return table(
    ['run', 'hydrated ms', 'interactive ms', 'long tasks ms', 'edit → screen ms', 'stored bytes (UTF-8)', 'stored chars (UTF-16)'],
    [...f.runs.map((r, i) => row(String(i + 1), r)), row('median', f.median)],
  );
}

/**
 * One row per size: time to interactive and edit time (medians) with their ratio to the smallest size,
 * bytes stored and per contact; a size that did not fit says so with the bytes it needed.
 */
export function contactsAtScaleTable(f: ContactsAtScaleFigures): string {
  const measured = f.sizes.filter((s) => 'figures' in s);
  const base = measured[0] && 'figures' in measured[0] ? measured[0].figures.median : null;
  const ratio = (v: number, b: number | undefined) => (b ? `${n(v / b, 1)}×` : '–');
  return table(
    ['contacts', 'interactive ms', '× smallest', 'edit ms', '× smallest', 'long tasks ms', 'stored bytes (UTF-8)', 'stored chars (UTF-16)', 'bytes per contact'],
    f.sizes.map((s) => {
      if (!('figures' in s)) return [n(s.contacts), `does not fit: ${s.quotaError.split(':')[0]}`, '–', '–', '–', '–', `needed ${n(s.neededUtf8Bytes)}`, `needed ${n(s.neededChars)}`, n(s.neededUtf8Bytes / s.contacts)];
      const m = s.figures.median;
      return [n(s.contacts), n(m.interactiveMs), ratio(m.interactiveMs, base?.interactiveMs), n(m.editMs), ratio(m.editMs, base?.editMs), n(m.longTasksMs), n(m.storedBytes), n(m.storedChars), n(m.storedBytes / s.contacts)];
    }),
  );
}

/** The quota line and the import in the page, below the contacts table. */
export function contactsAtScaleNotes(f: ContactsAtScaleFigures): string {
  const q = f.quota;
  const i = f.importInPage;
  return [
    `localStorage quota of the origin (Chromium, measured by filling it): ${n(q.asciiChars)} characters of ASCII, ${n(q.wideChars)} characters outside Latin-1 (key + value; ${n(q.wideChars * 2)} bytes as UTF-16); refused with ${q.error}.`,
    `Import in the page: a generated ${n(i.rows)}-row Connections.csv (${n(i.fileBytes)} bytes) – file chosen → preview on screen ${n(i.previewMs)} ms; „übernehmen“ → stored and „Rückgängig“ on screen ${n(i.importMs)} ms; ${n(i.storedContacts)} contacts stored.`,
  ].join('\n\n');
}

const isContactsAtScale = (f: ContactsAtScaleFigures | AtScaleFigures): f is ContactsAtScaleFigures => 'sizes' in f;

/** The planner part as printed: several sizes since issue #13, one size in older results. */
export function plannerSummary(f: ContactsAtScaleFigures | AtScaleFigures): string {
  return isContactsAtScale(f) ? `${contactsAtScaleTable(f)}\n\n${contactsAtScaleNotes(f)}` : plannerTable(f);
}

export function buildTable(f: BuildAtScaleFigures): string {
  return table(
    ['build', 'pages', 'seconds', 'ms per page'],
    [
      ['as it is', n(f.baseline.pages), n(f.baseline.seconds, 1), n(f.baseline.msPerPage, 1)],
      [`+ ${f.syntheticEntries} synthetic chapters`, n(f.scaled.pages), n(f.scaled.seconds, 1), n(f.scaled.msPerPage, 1)],
    ],
  );
}

/** Preview and build times of the contact import (pure pipeline in Node). */
export function contactImportTable(f: ContactImportFigures): string {
  return table(['rows', 'existing contacts', 'file bytes', 'preview ms', 'build ms'], [[n(f.rows), n(f.existing), n(f.bytes), n(f.previewMs), n(f.buildMs)]]);
}

/** The dated Markdown summary (bench/RESULTS.md; the committed copy is tests/bench/RESULTS.md). */
export function summaryMarkdown(r: BenchResults): string {
  const m = r.machine;
  const parts = [
    `# Benchmark results, ${r.date.slice(0, 10)}`,
    '',
    `Machine: ${m.cpus} cores (${m.cpuModel}), ${n(m.memoryGiB, 0)} GiB memory, ${m.os}; Node ${m.node} from node_modules; ${m.chromium} (Debian). Made by \`npm run bench\`; figures vary from run to run, bytes do not. Lighthouse: default mobile configuration (simulated slow 4G, 4× CPU slowdown), one run per page, against \`astro preview\`.`,
    '',
    `Production build: ${n(r.buildSeconds, 1)} s.`,
    '',
    '## Lighthouse per page',
    '',
    isSkipped(r.lighthouse) ? `Skipped: ${r.lighthouse.skipped}` : lighthouseTable(r.lighthouse),
  ];
  if (!isSkipped(r.lighthouse)) {
    const failing = r.lighthouse.filter((f) => f.failing.length > 0);
    const intended = r.lighthouse.filter((f) => f.intended.length > 0);
    parts.push('', failing.length === 0 ? `No scored audit below 1 on any page${intended.length ? ' apart from those below' : ''}.` : `Scored audits below 1:\n\n${failing.map((f) => `- ${f.path}: ${f.failing.join(', ')}`).join('\n')}`);
    if (intended.length > 0) parts.push('', `Below 1 by design:\n\n${intended.map((f) => `- ${f.path}: ${f.intended.join(', ')}`).join('\n')}`);
  }
  parts.push('', '## Bytes per page (gzip level 9)', '', bytesTable(r.bytes), '', 'JS counts inline scripts and every file loaded for first render (see tests/budgets/measure.ts); CSS counts inline `<style>` (also inside HTML) and linked stylesheets.');
  const p = r.plannerAtScale;
  parts.push('', isSkipped(p) || !isContactsAtScale(p) ? '## Planner at scale (2,000 contacts × 5 interactions, 200 actions; median of 5 runs)' : `## Contacts at scale (${p.path}; LinkedIn-sized fields, ${p.sizes[0]?.interactionsPerContact ?? 2} interactions per contact, ${p.actions} actions; median of ${p.runs} runs)`, '');
  parts.push(isSkipped(p) ? `Skipped: ${p.skipped}` : plannerSummary(p));
  if (r.contactImport) {
    parts.push('', `## Contact import (generated Connections.csv; pure pipeline in Node, median of ${isSkipped(r.contactImport) ? '–' : r.contactImport.runs} runs)`, '');
    parts.push(isSkipped(r.contactImport) ? `Skipped: ${r.contactImport.skipped}` : `${contactImportTable(r.contactImport)}\n\nPreview: file bytes to the preview model (decoding, parsing, duplicate check against the existing contacts). Build: preview model to the planner's contact list. Goal: preview of 5,000 rows ≤ 1 s.`);
  }
  parts.push('', '## Build at scale', '');
  if (isSkipped(r.buildAtScale)) parts.push(`Skipped: ${r.buildAtScale.skipped}`);
  else {
    const b = r.buildAtScale;
    parts.push(buildTable(b), '', `Each added chapter costs about ${n(b.marginalMsPerPage, 1)} ms of build time. Largest pages of the scaled build (HTML + CSS gzip): ${b.largestPages.map((p) => `${p.path} ${n(p.htmlCssGzip)} B`).join(', ')}. Pages over their byte budget at that size: ${b.pagesOverBudget.length === 0 ? 'none' : b.pagesOverBudget.join(', ')}.`);
  }
  return `${parts.join('\n')}\n`;
}
