/**
 * One JavaScript bundle per page, next to the runtime that all tool pages share.
 *
 * Vite cuts the islands' code into chunks by which islands share which module. With fourteen tool
 * pages that means 9–27 small files per page, each with its own import and export lines
 * and its own gzip framing, fetched in two or three waves. After the build, this step bundles each
 * page's islands again into a single file (plus the chunks its lazy imports need), keeping only the
 * shared runtime chunk (Preact, nanostores, valibot, the persistence layer) as a separate, cached
 * file. Pages then load the runtime and one page file, in one wave, with 1.4–6.7 KB less gzip each.
 *
 * Why not Vite/Rolldown alone (issue #9, measured on the 14 tool pages): without this step pages
 * load 9–27 files and 1.4–6.7 KB gzip more, six pages over budget. Rendering the backup reminder
 * inside the tool's island (one island per page) and `preserveEntrySignatures: 'allow-extension'`
 * together win back 0.3–0.9 KB (five pages still over, /plan/ by 4.4 KB); `codeSplitting` groups
 * (`priority`, `minShareCount`, a group per tool, `entriesAware` with merge thresholds) make pages
 * load code of other pages and cost 1.6–31 KB; `strictExecutionOrder` adds 1.5–3 KB of wrappers.
 * `experimentalInlineCommonChunks`, the one option that copies shared code into each consumer as
 * this step does, requires `preserveEntrySignatures: false`, which strips the exports Astro's
 * islands import: the build passes, the pages look small, and no island hydrates.
 *
 * ## Contract
 *
 * Works on the built files, so it needs nothing from Vite's internals, but it assumes:
 *
 * Astro's island markup (astro 7.3: runtime/server/hydration.js writes it, astro-island.js reads it)
 * - I1. Every hydrated component is one `<astro-island …>` start tag with double-quoted attributes
 *   and no raw `>` inside them (Astro HTML-escapes `props` and `opts`).
 * - I2. `component-url` is the site path (`/<assetsDir>/<name>.js`) of a built ES module; the island
 *   runtime does `(await import(component-url))[component-export]`.
 * - I3. `component-export` is a plain export name, `default` when the attribute is absent. Astro's
 *   dotted paths (`Namespace.Component`) are not supported.
 * - I4. `renderer-url` is the framework's client entry, whose default export is the hydrator; all
 *   islands of a page use the same one. Without it the island runtime uses a no-op hydrator.
 * - I5. `before-hydration-url` is absent (only integrations that inject before-hydration scripts add it).
 * - I6. Nothing but the islands loads the page's non-shared chunks: no module `<script>` importing
 *   from `/<assetsDir>/`, no `<link rel="modulepreload">` (astro.config.mjs turns preloading off).
 *
 * Vite's built chunks
 * - V1. All chunks are ES modules in one folder, `<assetsDir>`, that name each other by relative URL
 *   (`./x.js` or `../<assetsDir>/x.js`) in static imports, `export … from` and literal `import()`.
 * - V2. The shared runtime chunk is recognisable by its file name (`shared`) and is imported, never inlined.
 * - V3. A script is unused once no file of dist names it (a literal file name, as Vite writes them).
 *
 * What happens when one fails
 * - Loud already (the build stops): a `component-url`/`renderer-url` outside dist (a `base`, an
 *   `assetsPrefix` on another origin: I2) – no such file; an import Rolldown cannot resolve (V1:
 *   UNRESOLVED_IMPORT); a component that does not export its `component-export` (MISSING_EXPORT);
 *   a dotted export path (I3); two renderers on one page (I4).
 * - Would be silent, made loud here (the build stops with `page-bundles:`):
 *   - an `<astro-island>` without `component-url` (I1/I2: the tag or attribute changed shape), which
 *     would keep its page on Vite's chunks unnoticed;
 *   - a `before-hydration-url` (I5) or a module script reaching a non-shared chunk that the bundle
 *     also contains (I6): that code would run twice, and a store in it would exist twice;
 *   - the shared runtime bundled into a page (V2): its own Preact and stores, no cache across pages;
 *   - after rewriting (`islandProblems`): an island whose `component-url` or `renderer-url` file is
 *     missing or does not export `component-export` / `default`, or any script still reachable from
 *     a page that imports or names a file no longer there (V3: a chunk deleted while still in use).
 *   Each of these gave a page that loads and whose island never hydrates (or hydrates with split state).
 * - Still silent: an island runtime that reads other attributes than I2–I4 (islands keep hydrating
 *   from Vite's chunks, which stay because the HTML names them: only bytes grow, and
 *   tests/budgets catches that); code that builds a chunk's file name at run time (V3).
 *
 * Lazy parts: the page bundle is built with `preserveEntrySignatures: 'allow-extension'`, so
 * Rolldown moves modules the page and its `import()`ed parts share into the page bundle, which
 * exports them for those parts. Without it every such module became a chunk of its own that the
 * first load fetched as one more file: /planer/kontakte/ with the lazily loaded contact import
 * went from 24,929 to 25,790 B gzip; with it the page is at 24,361 and /daten/ drops 20,359 → 19,588.
 *
 * The rewrite: the islands' `component-url`, `component-export` and `renderer-url` attributes are
 * pointed at the page file, which re-exports the renderer as its default export and each island
 * component under a short name. Chunks no page reaches any more are deleted afterwards.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rolldown } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

/** What one `<astro-island>` loads. */
export interface Island {
  componentUrl: string;
  componentExport: string;
  rendererUrl: string | null;
  beforeHydrationUrl: string | null;
}

const ISLAND_TAG = /<astro-island\b[^>]*>/g;

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** The islands of a page, in document order. Throws on a tag this step does not understand (I1–I3). */
export function islandsOf(html: string): Island[] {
  return [...html.matchAll(ISLAND_TAG)].map(([tag]) => {
    const componentUrl = attribute(tag, 'component-url');
    if (!componentUrl) throw new Error(`page-bundles: an <astro-island> without component-url (has Astro's island markup changed?): ${tag.slice(0, 200)}`);
    const componentExport = attribute(tag, 'component-export') ?? 'default';
    if (!/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(componentExport)) throw new Error(`page-bundles: component-export "${componentExport}" of ${componentUrl} is not a plain export name`);
    return { componentUrl, componentExport, rendererUrl: attribute(tag, 'renderer-url'), beforeHydrationUrl: attribute(tag, 'before-hydration-url') };
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
    const name = names.get(`${attribute(tag, 'component-url')}#${attribute(tag, 'component-export') ?? 'default'}`)!;
    let next = tag.replace(/\scomponent-url="[^"]*"/, ` component-url="${bundleUrl}"`);
    next = /\scomponent-export="/.test(next) ? next.replace(/\scomponent-export="[^"]*"/, ` component-export="${name}"`) : next.replace(/\scomponent-url="[^"]*"/, `$& component-export="${name}"`);
    return next.replace(/\srenderer-url="[^"]*"/, ` renderer-url="${bundleUrl}"`);
  });
}

/** A readable file name for a page's bundle: `/planer/kontakte/` → `planer-kontakte`. */
export function bundleName(pagePath: string): string {
  return pagePath.split('/').filter(Boolean).join('-').replace(/\.html$/, '').replace(/[^\w-]/g, '_') || 'start';
}

const SCRIPT_NAME = /[\w.~-]+\.js\b/g;

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
    for (const [name] of text.matchAll(SCRIPT_NAME)) {
      if (!scripts.has(name) || reached.has(name)) continue;
      reached.add(name);
      queue.push(readFileSync(join(dir, name), 'utf8'));
    }
  }
  return reached;
}

function filesOf(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const htmlFiles = (dir: string) => filesOf(dir, (name) => name.endsWith('.html'));

/** Files that may name a script: everything textual in dist but the scripts folder itself (V3). */
function referringFiles(dist: string, scriptsDir: string): string[] {
  return filesOf(dist, (name) => /\.(html?|css|m?js|json|webmanifest|xml|txt|svg)$/i.test(name)).filter((file) => dirname(file) !== scriptsDir);
}

/** What a built module exports and which files it refers to. */
export interface ModuleFacts {
  /** Export names; `*` stands for an `export * from`, whose names are not followed. */
  exports: Set<string>;
  /** Specifiers of static imports, `export … from`, and literal `import()`. */
  imports: string[];
  /** String literals that look like the path of a script (`new URL('/_astro/worker.js', import.meta.url)`). */
  scriptPaths: string[];
}

/** Reads `code` (an ES module) with Rolldown's parser. */
export function moduleFacts(code: string): ModuleFacts {
  const program = parseAst(code);
  const facts: ModuleFacts = { exports: new Set(), imports: [], scriptPaths: [] };
  const nameOf = (node: { type: string; name?: string; value?: unknown }) => (node.type === 'Identifier' ? node.name! : String(node.value));
  for (const node of program.body) {
    if (node.type === 'ExportNamedDeclaration') {
      for (const specifier of node.specifiers) facts.exports.add(nameOf(specifier.exported));
      const declaration = node.declaration;
      if (declaration?.type === 'VariableDeclaration') {
        for (const d of declaration.declarations) if (d.id.type === 'Identifier') facts.exports.add(d.id.name);
      } else if (declaration && 'id' in declaration && declaration.id && 'name' in declaration.id) {
        facts.exports.add(declaration.id.name);
      }
    } else if (node.type === 'ExportDefaultDeclaration') {
      facts.exports.add('default');
    } else if (node.type === 'ExportAllDeclaration') {
      facts.exports.add(node.exported ? nameOf(node.exported) : '*');
    }
  }
  type Node = { type?: string; source?: Node; value?: unknown; quasis?: { value: { cooked?: string | null } }[]; expressions?: unknown[] };
  // Rolldown writes `import(`./x.js`)` with a template literal.
  const textOf = (node: Node | undefined): string | null => {
    if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node?.type === 'TemplateLiteral' && node.expressions?.length === 0) return node.quasis![0]!.value.cooked ?? null;
    return null;
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'ImportDeclaration' || n.type === 'ExportNamedDeclaration' || n.type === 'ExportAllDeclaration' || n.type === 'ImportExpression') {
      const source = textOf(n.source);
      if (source !== null) facts.imports.push(source);
    } else {
      const text = textOf(n);
      if (text !== null && /^(\.{1,2})?\/[\w./~-]*\.js$/.test(text)) facts.scriptPaths.push(text);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && key !== 'source' && value && typeof value === 'object') visit(value);
  };
  visit(program.body);
  return facts;
}

/** The module scripts of a page: the site paths of external ones, the code of inline ones. */
function moduleScriptsOf(html: string): { src: string[]; inline: string[] } {
  const found = { src: [] as string[], inline: [] as string[] };
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\stype=["']?module/i.test(attrs!)) continue;
    const src = /\ssrc=["']?([^"'\s>]+)/i.exec(attrs!)?.[1];
    if (src) found.src.push(src);
    else found.inline.push(body!);
  }
  return found;
}

/**
 * Checks what the islands of every page in dist will load (the silent failures of the contract):
 * each `component-url`, `renderer-url` and `before-hydration-url` is a file of dist, exports the
 * island's `component-export` (the renderer: `default`), and every script reachable from it by
 * import or by a script path in its code exists. Returns one line per problem.
 */
export function islandProblems(dist: string): string[] {
  const problems: string[] = [];
  const facts = new Map<string, ModuleFacts | null>();
  const factsOf = (file: string) => {
    if (!facts.has(file)) facts.set(file, existsSync(file) ? moduleFacts(readFileSync(file, 'utf8')) : null);
    return facts.get(file)!;
  };
  const fileOf = (url: string) => join(dist, url.replace(/^\//, ''));
  const checked = new Set<string>();
  const follow = (file: string, from: string) => {
    if (checked.has(file)) return;
    checked.add(file);
    const module = factsOf(file);
    if (!module) return void problems.push(`${from} needs ${relative(dist, file)}, which does not exist`);
    for (const specifier of module.imports) {
      if (/^\.{1,2}\//.test(specifier)) follow(resolve(dirname(file), specifier), relative(dist, file));
      else if (specifier.startsWith('/')) follow(fileOf(specifier), relative(dist, file));
    }
    for (const path of module.scriptPaths) {
      const target = path.startsWith('/') ? fileOf(path) : resolve(dirname(file), path);
      if (!existsSync(target)) problems.push(`${relative(dist, file)} names ${path}, which does not exist`);
    }
  };
  for (const htmlFile of htmlFiles(dist).sort()) {
    const page = relative(dist, htmlFile);
    for (const island of islandsOf(readFileSync(htmlFile, 'utf8'))) {
      const wanted: [string | null, string][] = [[island.componentUrl, island.componentExport], [island.rendererUrl, 'default'], [island.beforeHydrationUrl, '']];
      for (const [url, name] of wanted) {
        if (url === null) continue;
        const module = factsOf(fileOf(url));
        if (!module) problems.push(`${page}: an island loads ${url}, which does not exist`);
        else {
          if (name && !module.exports.has(name) && !module.exports.has('*')) problems.push(`${page}: ${url} does not export "${name}", which an island imports`);
          follow(fileOf(url), page);
        }
      }
    }
  }
  return problems;
}

export interface PageBundleOptions {
  /** The built directory (Astro's `dist`). */
  dist: string;
  /** Where Vite put the scripts, relative to dist. */
  assetsDir?: string;
  /** Chunks that stay shared between pages, by file name (Vite's `runtime.<hash>.js`). */
  shared: (fileName: string) => boolean;
}

/** Rebundles every page with islands; returns the bundle written for each page path. Throws on a broken contract. */
export async function bundlePages({ dist, assetsDir = '_astro', shared }: PageBundleOptions): Promise<Map<string, string>> {
  const scriptsDir = join(dist, assetsDir);
  const file = (url: string) => join(dist, url.replace(/^\//, ''));
  const isShared = (path: string) => dirname(path) === scriptsDir && shared(basename(path));
  const bundles = new Map<string, string>();
  const written = new Map<string, string>();

  for (const htmlFile of htmlFiles(dist).sort()) {
    const html = readFileSync(htmlFile, 'utf8');
    const islands = islandsOf(html);
    if (islands.length === 0) continue;
    const pagePath = `/${relative(dist, htmlFile).replace(/\\/g, '/').replace(/index\.html$/, '')}`;
    const urls = islands.flatMap((island) => [island.componentUrl, island.rendererUrl ?? []].flat());
    for (const url of urls) {
      if (!existsSync(file(url))) throw new Error(`page-bundles: ${pagePath}: an island loads ${url}, which is not in ${dist} (a base path or an assets prefix?)`);
    }
    const beforeHydration = islands.find((island) => island.beforeHydrationUrl !== null);
    if (beforeHydration) throw new Error(`page-bundles: ${pagePath}: before-hydration-url ${beforeHydration.beforeHydrationUrl} is not supported (its code would load next to the page bundle, a second copy of what both use)`);
    assertScriptsShareOnlyRuntime(pagePath, html, urls, scriptsDir, file, shared);

    const source = entrySource(islands, file);
    let bundleFile = written.get(source);
    if (!bundleFile) {
      const build = await rolldown({
        input: { [bundleName(pagePath)]: '\0page-entry' },
        // Lets Rolldown move what the page and its lazy parts share into the page bundle (which
        // then exports it for them), instead of into chunks of their own that the first load
        // fetches as extra files. The islands only import the names they always did.
        preserveEntrySignatures: 'allow-extension',
        logLevel: 'warn',
        plugins: [
          {
            name: 'page-entry',
            resolveId(id, importer) {
              if (id === '\0page-entry') return id;
              // The shared runtime stays where it is, so every page uses the one cached copy (V2).
              if (importer && /^\.{1,2}\//.test(id) && isShared(resolve(dirname(importer), id))) return { id: `./${basename(id)}`, external: true };
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
        // Annotations such as /* @__PURE__ */ only help a later bundler; nothing bundles these files again.
        comments: { annotation: false, jsdoc: false, legal: false },
        entryFileNames: '[name].[hash].js',
        // Lazy chunks keep their module's name, without the old hash.
        chunkFileNames: (chunk) => `${chunk.name.replace(/\.[\w-]{8}$/, '')}.[hash].js`,
      });
      await build.close();
      for (const item of output) {
        const inlined = item.type === 'chunk' ? item.moduleIds.find(isShared) : undefined;
        if (inlined) throw new Error(`page-bundles: ${pagePath}: the shared chunk ${basename(inlined)} was bundled into ${item.fileName} instead of imported`);
      }
      bundleFile = output.find((item) => item.type === 'chunk' && item.isEntry)!.fileName;
      written.set(source, bundleFile);
    }
    const bundleUrl = `/${assetsDir}/${bundleFile}`;
    writeFileSync(htmlFile, pointIslandsAt(html, bundleUrl));
    bundles.set(pagePath, bundleUrl);
  }

  if (existsSync(scriptsDir)) {
    const reached = reachableScripts(scriptsDir, referringFiles(dist, scriptsDir).map((f) => readFileSync(f, 'utf8')));
    for (const name of readdirSync(scriptsDir)) {
      if (name.endsWith('.js') && !reached.has(name)) rmSync(join(scriptsDir, name));
    }
  }
  const problems = islandProblems(dist);
  if (problems.length > 0) throw new Error(`page-bundles: after rewriting, islands would not hydrate:\n  ${problems.join('\n  ')}`);
  return bundles;
}

/**
 * I6: a module script of a page that reaches a non-shared chunk the page's islands also reach would
 * run that chunk's code a second time once the islands load it from the page bundle.
 */
function assertScriptsShareOnlyRuntime(pagePath: string, html: string, islandUrls: readonly string[], scriptsDir: string, file: (url: string) => string, shared: (name: string) => boolean) {
  const scripts = moduleScriptsOf(html);
  const roots = [...scripts.src.filter((src) => existsSync(file(src))).map((src) => readFileSync(file(src), 'utf8')), ...scripts.inline];
  if (roots.length === 0) return;
  const fromScripts = reachableScripts(scriptsDir, [...roots, scripts.src.map((src) => basename(src)).join(' ')]);
  const fromIslands = reachableScripts(scriptsDir, [islandUrls.map((url) => basename(url)).join(' ')]);
  const both = [...fromScripts].filter((name) => fromIslands.has(name) && !shared(name));
  if (both.length > 0) throw new Error(`page-bundles: ${pagePath}: a module script loads ${both.join(', ')}, which the islands use too; it would run twice next to the page bundle`);
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
