/**
 * What the offline mode and the search add to a build, for the report printed after the budgets:
 * the service worker's own size, what it precaches, and the search index. Reported, not budgeted
 * (the precache is downloaded once, in the background, after the first page has loaded).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sizeOf, type Size } from './measure.ts';

export interface OfflineSummary {
  /** dist/sw.js, or null when the build has none. */
  worker: Size | null;
  /** The files the worker precaches, by the URLs in its manifest. */
  precache: { files: number; bytes: number };
  /** dist/pagefind/: the search index and Pagefind's browser code. */
  searchIndex: { files: number; bytes: number };
}

function folder(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  const files = readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile());
  return { files: files.length, bytes: files.reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0) };
}

/** The URLs a Workbox worker precaches (its manifest: `{url:"…",revision:…}`). */
export function precachedUrls(worker: string): string[] {
  return [...worker.matchAll(/\burl:\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

export function offlineSummary(dist: string): OfflineSummary {
  const file = join(dist, 'sw.js');
  if (!existsSync(file)) return { worker: null, precache: { files: 0, bytes: 0 }, searchIndex: folder(join(dist, 'pagefind')) };
  const text = readFileSync(file, 'utf8');
  const urls = precachedUrls(text);
  const bytes = urls.reduce((n, url) => {
    const path = join(dist, url);
    return n + (existsSync(path) ? statSync(path).size : 0);
  }, 0);
  return { worker: sizeOf(text), precache: { files: urls.length, bytes }, searchIndex: folder(join(dist, 'pagefind')) };
}

const bytes = (n: number) => n.toLocaleString('en-US');

/** One line each for the worker, its precache and the search index. */
export function formatOfflineSummary(s: OfflineSummary): string {
  return [
    s.worker ? `service worker: sw.js ${bytes(s.worker.raw)} B (${bytes(s.worker.gzip)} B gzip), precaches ${s.precache.files} files, ${bytes(s.precache.bytes)} B` : 'service worker: none (offline mode off?)',
    `search index: dist/pagefind/ ${s.searchIndex.files} files, ${bytes(s.searchIndex.bytes)} B`,
  ].join('\n');
}
