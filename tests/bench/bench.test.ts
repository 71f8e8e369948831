import { describe, expect, test } from 'vitest';
import { medianRun, type AtScaleRun } from './at-scale.ts';
import { syntheticChapter } from './build-at-scale.ts';
import { contactsAtScaleNotes, contactsAtScaleTable, summaryMarkdown, table, type BenchResults } from './report.ts';
import type { ContactsAtScaleFigures } from './at-scale.ts';

const run = (ms: number): AtScaleRun => ({ hydratedMs: ms, interactiveMs: ms + 10, longTasksMs: 0, editMs: ms / 10, storedBytes: 1000, storedChars: 1000 });

describe('medianRun', () => {
  test('takes the median of each figure on its own', () => {
    expect(medianRun([run(300), run(100), run(200), run(500), run(400)])).toEqual(run(300));
  });

  test('averages the two middle values of an even number of runs', () => {
    expect(medianRun([run(100), run(200)]).hydratedMs).toBe(150);
  });
});

describe('syntheticChapter', () => {
  const frontmatter = (text: string) => Object.fromEntries([...text.split('---')[1]!.matchAll(/^(\w+): "?(.*?)"?$/gm)].map((m) => [m[1], m[2]]));

  test('writes frontmatter within the limits of the guide schema', () => {
    for (const n of [1, 7, 500, 1000]) {
      const fm = frontmatter(syntheticChapter(n));
      expect(fm['title']!.length).toBeLessThanOrEqual(70);
      expect(fm['description']!.length).toBeGreaterThanOrEqual(70);
      expect(fm['description']!.length).toBeLessThanOrEqual(160);
      expect(fm['order']).toBe(String(1000 + n));
      expect(fm['reviewed']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('gives every chapter its own title and the same text on every run', () => {
    expect(frontmatter(syntheticChapter(1))['title']).not.toBe(frontmatter(syntheticChapter(2))['title']);
    expect(syntheticChapter(42)).toBe(syntheticChapter(42));
  });

  test('has headings for a table of contents', () => {
    expect(syntheticChapter(3).match(/^## /gm)).toHaveLength(5);
  });
});

describe('table', () => {
  test('writes a Markdown table with numbers aligned right', () => {
    expect(table(['page', 'bytes'], [['/', '1,234'], ['/ratgeber/', '56']])).toBe(
      ['| page       | bytes |', '| ---------- | ----: |', '| /          | 1,234 |', '| /ratgeber/ |    56 |'].join('\n'),
    );
  });
});

describe('summaryMarkdown', () => {
  test('describes the machine, dates the summary and says which parts were skipped', () => {
    const results: BenchResults = {
      date: '2026-11-23T12:00:00.000Z',
      machine: { cpus: 2, cpuModel: 'AMD EPYC', memoryGiB: 24, os: 'Linux 6', node: 'v24.21.0', chromium: 'Chromium 156.0.8078.79' },
      buildSeconds: 2.2,
      bytes: [{ path: '/', kind: 'guide', html: { raw: 11090, gzip: 4296 }, css: { raw: 4747, gzip: 1779 }, js: { raw: 0, gzip: 0 }, lazyJsGzip: 0, htmlCssGzip: 4296 }],
      lighthouse: [{ path: '/', scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, lcpMs: 753, tbtMs: 0, cls: 0, failing: [], intended: [], warnings: [] }],
      plannerAtScale: { skipped: 'the build has no /planer/ page yet' },
      buildAtScale: { skipped: 'left out with --skip=build-at-scale' },
    };
    const md = summaryMarkdown(results);
    expect(md).toMatch(/^# Benchmark results, 2026-11-23\n/);
    expect(md).toContain('2 cores (AMD EPYC), 24 GiB memory');
    expect(md).toContain('Node v24.21.0');
    expect(md).toContain('Chromium 156.0.8078.79');
    expect(md).toMatch(/\| \/ +\| +100 \| +100 \| +100 \| +100 \| +753 \|/);
    expect(md).toContain('Skipped: the build has no /planer/ page yet');
    expect(md).toContain('| /    | guide |   4,296 |');
  });
});

describe('contactsAtScaleTable', () => {
  const figures = (ms: number) => ({ path: '/planer/kontakte/', runs: [run(ms)], median: run(ms) });
  const f: ContactsAtScaleFigures = {
    path: '/planer/kontakte/',
    runs: 3,
    actions: 200,
    quota: { asciiChars: 5_242_880, wideChars: 5_242_880, error: 'QuotaExceededError' },
    sizes: [
      { contacts: 20, interactionsPerContact: 2, figures: figures(100) },
      { contacts: 2000, interactionsPerContact: 2, figures: figures(250) },
      { contacts: 10000, interactionsPerContact: 2, quotaError: 'QuotaExceededError: full', neededChars: 6_000_000, neededUtf16Bytes: 12_000_000, neededUtf8Bytes: 6_100_000 },
    ],
    importInPage: { rows: 5000, fileBytes: 500_000, previewMs: 420, importMs: 300, storedContacts: 5000 },
  };

  test('gives each size its ratio to the smallest and its bytes per contact', () => {
    const rows = contactsAtScaleTable(f).split('\n');
    expect(rows[3]).toMatch(/^\| 2,000 +\| +260 \| +2\.4× \| +25 \| +2\.5× \|/);
    expect(rows[3]).toMatch(/\| +1,000 \| +1,000 \| +1 \|$/);
  });

  test('reports a size that does not fit with the quota error and the bytes it needed, instead of figures', () => {
    expect(contactsAtScaleTable(f).split('\n')[4]).toMatch(/^\| 10,000 +\| does not fit: QuotaExceededError \|.*needed 6,100,000 \| +needed 6,000,000 \| +610 \|$/);
  });

  test('names the quota and the import in the page', () => {
    expect(contactsAtScaleNotes(f)).toContain('5,242,880 characters outside Latin-1 (key + value; 10,485,760 bytes as UTF-16)');
    expect(contactsAtScaleNotes(f)).toContain('preview on screen 420 ms');
  });
});
