/**
 * Writes the site search's index after the build: Pagefind reads the built HTML and writes its
 * index and browser code to dist/pagefind/, which the results page (/suche/) loads on the first
 * query. Everything runs in the reader's browser; no query ever leaves it.
 *
 * What is indexed: only elements marked `data-pagefind-body` – each guide chapter's `<article>` and
 * the `<main>` of tool pages (BaseLayout's `searchable`). Inside them, islands, `<noscript>`,
 * `<template>` and forms are left out, so a tool page is found by its introduction alone and nothing a
 * reader could ever enter is in the index (the build knows no reader data anyway).
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LANG } from '../i18n/locale';
import { PAGEFIND_DIR } from '../lib/search/results';

/**
 * Never indexed, even inside an indexed element: islands (all a reader enters lives there), what
 * only shows without JavaScript, templates, forms, and a page's navigation and bookkeeping
 * (table of contents, chapter number and reading time, back and next links, „Abschnitt 3 von 7“),
 * which would otherwise crowd the excerpts. A selector that matches nothing costs nothing.
 */
export const EXCLUDE_SELECTORS = ['astro-island', 'noscript', 'template', 'form', 'nav', '.chapter > .eyebrow', '.chapter > .meta', '.back-link', '.next-section', '.hint'] as const;

/**
 * Not shipped: Pagefind's ready-made search interfaces (the results page brings its own) and the
 * search core for pages without a language (every page is German, `forceLanguage`).
 */
export const UNUSED_PAGEFIND_FILES = /^(pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;

export interface SearchIndexReport {
  pages: number;
  files: number;
  bytes: number;
}

function sizeOf(dir: string): { files: number; bytes: number } {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => ({ files: sum.files + 1, bytes: sum.bytes + statSync(join(entry.parentPath, entry.name)).size }), { files: 0, bytes: 0 });
}

/** How many pages the written index holds (Pagefind's own count includes the pages it skipped). */
function indexedPages(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
}

/** Indexes the built site in `dist` and writes the index to `dist/pagefind/`. */
export async function writeSearchIndex(dist: string): Promise<SearchIndexReport> {
  const outputPath = join(dist, PAGEFIND_DIR);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: LANG, excludeSelectors: [...EXCLUDE_SELECTORS] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind found no page marked data-pagefind-body');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const name of readdirSync(outputPath)) if (UNUSED_PAGEFIND_FILES.test(name)) rmSync(join(outputPath, name));
    return { pages: indexedPages(outputPath), ...sizeOf(outputPath) };
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: indexes the site when the build is done. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'netzwerk-kompass:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`${report.pages} pages indexed: ${report.files} files, ${report.bytes} bytes in ${PAGEFIND_DIR}`);
      },
    },
  };
}
