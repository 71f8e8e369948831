/**
 * One JavaScript bundle per page, next to the runtime that all tool pages share.
 *
 * Vite cuts the islands' code into chunks by which islands share which module. With fourteen tool
 * pages that means up to eighteen small files per page, each with its own import and export lines
 * and its own gzip framing, fetched in two or three waves. After the build, this step bundles each
 * page's islands again into a single file (plus the chunks its lazy imports need), keeping only the
 * shared runtime chunk (Preact, nanostores, valibot, the persistence layer) as a separate, cached
 * file. Pages then load the runtime and one page file, in one wave, with 2–7 KB less gzip each.
 *
 * Works on the built files, so it needs nothing from Vite: the islands' `component-url`,
 * `component-export` and `renderer-url` attributes are pointed at the page file, which re-exports
 * the renderer as its default export and each island component under a short name. Chunks no page
 * reaches any more are deleted afterwards.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rolldown } from 'rolldown';

/** What one `<astro-island>` loads. */
export interface Island {
  componentUrl: string;
  componentExport: string;
  rendererUrl: string | null;
}

const ISLAND_TAG = /<astro-island\b[^>]*>/g;

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** The islands of a page, in document order. */
export function islandsOf(html: string): Island[] {
  return [...html.matchAll(ISLAND_TAG)].flatMap(([tag]) => {
    const componentUrl = attribute(tag, 'component-url');
    if (!componentUrl) return [];
    return [{ componentUrl, componentExport: attribute(tag, 'component-export') ?? 'default', rendererUrl: attribute(tag, 'renderer-url') }];
  });
}

/** The short export name of each distinct component of a page: `i0`, `i1`, … */
export function exportNames(islands: readonly Island[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const island of islands) {
    const key = `${island.componentUrl}#${island.componentExport}`;
    if (!names.has(key)) names.set(key, `i${names.size}`);
  }
  return names;
}

/**
 * The source of a page's bundle entry: the renderer as default export, every component by its short
 * name. `file` turns a site URL (`/_astro/x.js`) into the path of the built file.
 */
export function entrySource(islands: readonly Island[], file: (url: string) => string): string {
  const renderers = new Set(islands.map((island) => island.rendererUrl).filter((url) => url !== null));
  if (renderers.size > 1) throw new Error(`page-bundles: islands of one page use ${renderers.size} renderers; only one is supported`);
  const lines = [...renderers].map((url) => `export { default } from ${JSON.stringify(file(url))};`);
  for (const [key, name] of exportNames(islands)) {
    const island = islands.find((candidate) => `${candidate.componentUrl}#${candidate.componentExport}` === key)!;
    lines.push(`export { ${island.componentExport} as ${name} } from ${JSON.stringify(file(island.componentUrl))};`);
  }
  return lines.join('\n');
}

/** The page's HTML with every island loading from `bundleUrl`. */
export function pointIslandsAt(html: string, bundleUrl: string): string {
  const names = exportNames(islandsOf(html));
  return html.replace(ISLAND_TAG, (tag) => {
    const componentUrl = attribute(tag, 'component-url');
    if (!componentUrl) return tag;
    const name = names.get(`${componentUrl}#${attribute(tag, 'component-export') ?? 'default'}`)!;
    let next = tag.replace(/\scomponent-url="[^"]*"/, ` component-url="${bundleUrl}"`);
    next = /\scomponent-export="/.test(next) ? next.replace(/\scomponent-export="[^"]*"/, ` component-export="${name}"`) : next.replace(/\scomponent-url="[^"]*"/, `$& component-export="${name}"`);
    return next.replace(/\srenderer-url="[^"]*"/, ` renderer-url="${bundleUrl}"`);
  });
}

/** A readable file name for a page's bundle: `/planer/kontakte/` → `planer-kontakte`. */
export function bundleName(pagePath: string): string {
  return pagePath.split('/').filter(Boolean).join('-').replace(/\.html$/, '').replace(/[^\w-]/g, '_') || 'start';
}

/**
 * The built scripts a set of files reaches: every name of an existing script in `dir` that occurs in
 * a file counts as a reference. Generous on purpose: a chunk is only deleted when nothing names it.
 */
export function reachableScripts(dir: string, roots: readonly string[]): Set<string> {
  const scripts = new Set(readdirSync(dir).filter((name) => name.endsWith('.js')));
  const reached = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const text = queue.pop()!;
    for (const [name] of text.matchAll(/[\w.~-]+\.js\b/g)) {
      if (!scripts.has(name) || reached.has(name)) continue;
      reached.add(name);
      queue.push(readFileSync(join(dir, name), 'utf8'));
    }
  }
  return reached;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface PageBundleOptions {
  /** The built directory (Astro's `dist`). */
  dist: string;
  /** Where Vite put the scripts, relative to dist. */
  assetsDir?: string;
  /** Chunks that stay shared between pages, by file name (Vite's `runtime.<hash>.js`). */
  shared: (fileName: string) => boolean;
}

/** Rebundles every page with islands; returns the bundle written for each page path. */
export async function bundlePages({ dist, assetsDir = '_astro', shared }: PageBundleOptions): Promise<Map<string, string>> {
  const scriptsDir = join(dist, assetsDir);
  const file = (url: string) => join(dist, url.replace(/^\//, ''));
  const bundles = new Map<string, string>();
  const written = new Map<string, string>();

  for (const htmlFile of htmlFiles(dist).sort()) {
    const html = readFileSync(htmlFile, 'utf8');
    const islands = islandsOf(html);
    if (islands.length === 0) continue;
    const pagePath = `/${relative(dist, htmlFile).replace(/\\/g, '/').replace(/index\.html$/, '')}`;
    const source = entrySource(islands, file);
    let bundleFile = written.get(source);
    if (!bundleFile) {
      const build = await rolldown({
        input: { [bundleName(pagePath)]: '\0page-entry' },
        logLevel: 'warn',
        plugins: [
          {
            name: 'page-entry',
            resolveId(id, importer) {
              if (id === '\0page-entry') return id;
              // The shared runtime stays where it is, so every page uses the one cached copy.
              if (importer && id.startsWith('./') && shared(basename(id))) return { id, external: true };
              return null;
            },
            load: (id) => (id === '\0page-entry' ? source : null),
          },
        ],
      });
      const { output } = await build.write({
        dir: scriptsDir,
        format: 'es',
        minify: true,
        entryFileNames: '[name].[hash].js',
        // Lazy chunks keep their module's name, without the old hash.
        chunkFileNames: (chunk) => `${chunk.name.replace(/\.[\w-]{8}$/, '')}.[hash].js`,
      });
      await build.close();
      bundleFile = output.find((item) => item.type === 'chunk' && item.isEntry)!.fileName;
      written.set(source, bundleFile);
    }
    const bundleUrl = `/${assetsDir}/${bundleFile}`;
    writeFileSync(htmlFile, pointIslandsAt(html, bundleUrl));
    bundles.set(pagePath, bundleUrl);
  }

  if (existsSync(scriptsDir)) {
    const reached = reachableScripts(scriptsDir, htmlFiles(dist).map((f) => readFileSync(f, 'utf8')));
    for (const name of readdirSync(scriptsDir)) {
      if (name.endsWith('.js') && !reached.has(name)) rmSync(join(scriptsDir, name));
    }
  }
  return bundles;
}

/** The Astro integration: runs `bundlePages` when the build is done. */
export function pageBundles(options: Omit<PageBundleOptions, 'dist'>): AstroIntegration {
  return {
    name: 'netzwerk-kompass:page-bundles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundles = await bundlePages({ ...options, dist: fileURLToPath(dir) });
        logger.info(`${bundles.size} pages now load one bundle each next to the shared runtime`);
      },
    },
  };
}
