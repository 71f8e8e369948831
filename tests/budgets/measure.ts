/**
 * Measures the built site (`dist/`) the way a browser receives it on first render.
 *
 * What counts, per page:
 * - HTML: the page's HTML file as served.
 * - CSS: every inline `<style>` (already inside the HTML bytes) plus every stylesheet the page links
 *   (`<link rel="stylesheet">`, `<link rel="preload" as="style">`), followed through `@import`.
 * - JS: every script the page loads before it is interactive:
 *   inline scripts (the Astro island runtime, inline module scripts) with their own bytes, gzipped one by one;
 *   `<script src>`, `<link rel="modulepreload">` and `<link rel="preload" as="script">`;
 *   every astro-island's `component-url`, `renderer-url` and `before-hydration-url` (the island runtime
 *   `import()`s these for hydration, whatever the `client:` directive), and from all of these, recursively,
 *   every static `import`/`export … from`, because the browser fetches those before the module runs.
 *   Modules reached only through `import(…)` inside those modules load later or on a condition (Preact's
 *   signals chunk loads only for signal props) and are listed apart as "lazy"; the browser test
 *   tests/browser/budgets.spec.ts checks that a page really fetches nothing beyond what is counted here.
 * - gzip: node:zlib at level 9, each file (and each inline block) on its own, as a server would send it.
 *
 * Pure over the file system: it reads dist and never starts a server or a browser.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

/** Bytes as stored and as sent with gzip. */
export interface Size {
  raw: number;
  gzip: number;
}

/** One file the page loads. */
export interface Asset extends Size {
  /** Path on the site, e.g. `/_astro/client.Ab12.js`. */
  url: string;
}

/** A lazy module, with the lazy modules it needs when it loads (its static imports outside first render, transitively). */
export interface LazyAsset extends Asset {
  statics: string[];
}

export interface PageMeasure {
  /** Site path: `/`, `/ratgeber/kontakte-pflegen/`; files that are not an index keep their name (`/404.html`). */
  path: string;
  /** The HTML file, relative to dist. */
  file: string;
  html: Size;
  css: {
    /** All inline `<style>` blocks together (these bytes are part of the HTML too). */
    inline: Size;
    linked: Asset[];
    /** Inline plus linked. */
    total: Size;
  };
  js: {
    /** Number of inline JavaScript blocks, and their bytes (also part of the HTML). */
    inlineCount: number;
    inline: Size;
    files: Asset[];
    /** Inline plus files: what the page's JavaScript budget is measured against. */
    total: Size;
    /** Modules only reachable through `import(…)`: not part of first render. */
    lazy: LazyAsset[];
  };
  /** HTML plus linked CSS, gzip: what first render needs before any script runs. */
  htmlCss: Size;
  /** `<img>` tags without both a width and a height attribute. */
  imagesWithoutSize: string[];
  /** Names of CSS frameworks whose signature occurs in the page's CSS. */
  frameworks: string[];
  /** Referenced local files that dist does not contain. */
  missing: string[];
  /** Scripts or stylesheets from another origin. */
  foreign: string[];
}

export interface FontFile {
  /** Where the font is: a file in dist, or `data:` URI in a stylesheet. */
  source: string;
  raw: number;
}

export interface SiteMeasure {
  pages: PageMeasure[];
  fonts: FontFile[];
  /** Paths the sitemap lists for which dist has no HTML file. */
  sitemapWithoutFile: string[];
}

/** Origin used to resolve URLs inside dist; never contacted. */
const ORIGIN = 'http://dist.invalid';

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'application/ecmascript', 'text/ecmascript']);

/**
 * Signatures of CSS frameworks: a page must not ship one (we use none; a match means framework code crept in).
 * Patterns are chosen so that our own hand-written CSS cannot match by accident.
 */
export const FRAMEWORK_SIGNATURES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Tailwind CSS', pattern: /tailwindcss|--tw-[a-z]|abbr:where\(\[title\]\)/i },
  { name: 'Bootstrap', pattern: /Bootstrap\s+v\d|--bs-[a-z]/i },
  { name: 'normalize.css', pattern: /normalize\.css/i },
  { name: 'modern-normalize', pattern: /modern-normalize/i },
  { name: 'Bulma', pattern: /bulma\.io|--bulma-/i },
  { name: 'Foundation', pattern: /foundation-sites|--zf-/i },
  { name: 'Pico CSS', pattern: /--pico-/i },
  { name: 'UnoCSS', pattern: /--un-[a-z]/i },
  { name: 'Materialize', pattern: /materializecss/i },
];

const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;

/** Bytes of `data` raw and after gzip at level 9. */
export function sizeOf(data: string | Buffer): Size {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { raw: buffer.length, gzip: buffer.length === 0 ? 0 : gzipSync(buffer, { level: 9 }).length };
}

function sum(sizes: readonly Size[]): Size {
  return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

// ------------------------------------------------------------------------------------------------
// HTML

/** A tag with its attributes; `content` is set for script and style elements. */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  content?: string;
  /** The start tag as written, for messages. */
  source: string;
}

const ATTRS = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;
const RAW_TEXT = new RegExp(String.raw`<(script|style)\b${ATTRS}>([\s\S]*?)</\1\s*>`, 'gi');
const START_TAG = new RegExp(String.raw`<(link|img|astro-island)\b${ATTRS}>`, 'gi');

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[lower] ?? e;
  });
}

/**
 * Attributes of a start tag's attribute text, names lower-cased, values decoded.
 * @example parseAttributes(' src="/a.js" type=module defer') // { src: '/a.js', type: 'module', defer: '' }
 */
export function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * The tags that decide what a page loads: script, style, link, img and astro-island.
 * Script and style contents are taken out first, so markup inside them is never mistaken for tags.
 */
export function scanHtml(html: string): Tag[] {
  const tags: Tag[] = [];
  const rest = html.replace(/<!--[\s\S]*?-->/g, '').replace(RAW_TEXT, (source, name: string, attrs: string, content: string) => {
    tags.push({ name: name.toLowerCase(), attrs: parseAttributes(attrs), content, source: source.slice(0, source.indexOf('>') + 1) });
    return '';
  });
  for (const m of rest.matchAll(START_TAG)) {
    tags.push({ name: m[1]!.toLowerCase(), attrs: parseAttributes(m[2]!), source: m[0] });
  }
  return tags;
}

/** True for a script element the browser runs as JavaScript (not JSON-LD, import maps and the like). */
export function isJavaScript(tag: Tag): boolean {
  return tag.name === 'script' && JS_TYPES.has((tag.attrs['type'] ?? '').trim().toLowerCase());
}

function relList(tag: Tag): string[] {
  return (tag.attrs['rel'] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

// ------------------------------------------------------------------------------------------------
// JavaScript modules

/**
 * The module specifiers a script imports: `static` are fetched before it runs
 * (`import … from`, `import '…'`, `export … from`), `dynamic` are `import('…')` calls with a literal.
 * Parsed with the TypeScript compiler, so strings and comments that look like imports are not counted.
 * @example scanImports('import{a}from"./a.js";import(`./b.js`)') // { static: ['./a.js'], dynamic: ['./b.js'] }
 */
export function scanImports(code: string): { static: string[]; dynamic: string[] } {
  const file = ts.createSourceFile('module.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found = { static: [] as string[], dynamic: [] as string[] };
  for (const statement of file.statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      found.static.push(statement.moduleSpecifier.text);
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) found.dynamic.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A URL as the site serves it, resolved against `base`: a local path, or null for another origin. */
function localPath(url: string, base: string): string | null {
  const resolved = new URL(url, new URL(base, ORIGIN));
  return resolved.origin === ORIGIN ? decodeURIComponent(resolved.pathname) : null;
}

/** The dist file behind a site path. */
function distFile(dist: string, path: string): string {
  return join(dist, ...path.split('/').filter(Boolean), ...(path.endsWith('/') ? ['index.html'] : []));
}

const isBare = (specifier: string) => !/^(\/|\.\.?\/|[a-z][a-z0-9+.-]*:)/i.test(specifier);

/** Reads files of dist once, however many pages share them. */
export class DistReader {
  readonly #cache = new Map<string, { text: string; size: Size } | null>();
  readonly #imports = new Map<string, { static: string[]; dynamic: string[] }>();
  readonly dist: string;
  constructor(dist: string) {
    this.dist = dist;
  }

  /** The file at a site path, or null when dist does not have it. */
  read(path: string): { text: string; size: Size } | null {
    if (!this.#cache.has(path)) {
      const file = distFile(this.dist, path);
      const buffer = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null;
      this.#cache.set(path, buffer ? { text: buffer.toString('utf8'), size: sizeOf(buffer) } : null);
    }
    return this.#cache.get(path) ?? null;
  }

  importsOf(path: string): { static: string[]; dynamic: string[] } {
    if (!this.#imports.has(path)) this.#imports.set(path, scanImports(this.read(path)?.text ?? ''));
    return this.#imports.get(path)!;
  }
}

interface Problems {
  missing: Set<string>;
  foreign: Set<string>;
}

/**
 * Follows static imports from `entries` (site paths of modules): returns every module they need,
 * and the targets of `import(…)` met on the way.
 */
function moduleClosure(reader: DistReader, entries: Iterable<string>, problems: Problems, exclude: ReadonlySet<string> = new Set()) {
  const modules = new Set<string>();
  const dynamic = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (modules.has(path) || exclude.has(path)) continue;
    if (!reader.read(path)) {
      problems.missing.add(path);
      continue;
    }
    modules.add(path);
    const { static: statics, dynamic: dynamics } = reader.importsOf(path);
    const resolve = (specifier: string) => {
      if (isBare(specifier)) {
        problems.missing.add(`${specifier} (bare import in ${path})`);
        return null;
      }
      const local = localPath(specifier, path);
      if (local === null) problems.foreign.add(specifier);
      return local;
    };
    for (const s of statics) {
      const local = resolve(s);
      if (local) queue.push(local);
    }
    for (const d of dynamics) {
      const local = resolve(d);
      if (local) dynamic.add(local);
    }
  }
  return { modules, dynamic };
}

// ------------------------------------------------------------------------------------------------
// CSS

/** `@import` targets of a stylesheet. */
function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?/gi)].map((m) => m[1]!);
}

/** Fonts embedded as `data:` URIs, with their decoded size. */
export function dataUriFonts(css: string): number[] {
  return [...css.matchAll(/url\(\s*["']?data:((?:font|application\/(?:x-)?font)[^;,]*)(;base64)?,([^"')]*)/gi)].map((m) =>
    m[2] ? Buffer.from(m[3]!, 'base64').length : decodeURIComponent(m[3]!).length,
  );
}

// ------------------------------------------------------------------------------------------------
// Pages and site

/** The site path of an HTML file in dist (`ratgeber/index.html` → `/ratgeber/`). */
export function pathOfFile(file: string): string {
  const parts = file.split(sep).join('/');
  return parts === 'index.html' ? '/' : parts.endsWith('/index.html') ? `/${parts.slice(0, -'index.html'.length)}` : `/${parts}`;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Site paths listed in dist's sitemaps (`sitemap-0.xml`, `sitemap-1.xml`, …). */
export function sitemapPaths(dist: string): string[] {
  return readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => [...readFileSync(join(dist, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(decodeEntities(m[1]!.trim())).pathname));
}

/** Measures one page of dist. */
export function measurePage(reader: DistReader, path: string): PageMeasure {
  const page = reader.read(path);
  if (!page) throw new Error(`No HTML file for ${path} in ${reader.dist}`);
  const tags = scanHtml(page.text);
  const problems: Problems = { missing: new Set(), foreign: new Set() };
  const local = (url: string): string | null => {
    const resolved = localPath(url, path);
    if (resolved === null) problems.foreign.add(url);
    return resolved;
  };

  // CSS
  const inlineCss = tags.filter((t) => t.name === 'style').map((t) => t.content ?? '');
  const cssQueue = tags
    .filter((t) => t.name === 'link' && t.attrs['href'] && (relList(t).includes('stylesheet') || (relList(t).includes('preload') && t.attrs['as'] === 'style')))
    .map((t) => local(t.attrs['href']!))
    .filter((p): p is string => p !== null);
  for (const css of inlineCss) for (const i of cssImports(css)) {
    const p = local(i);
    if (p) cssQueue.push(p);
  }
  const linkedCss = new Map<string, Asset>();
  while (cssQueue.length > 0) {
    const p = cssQueue.shift()!;
    if (linkedCss.has(p)) continue;
    const file = reader.read(p);
    if (!file) {
      problems.missing.add(p);
      continue;
    }
    linkedCss.set(p, { url: p, ...file.size });
    for (const i of cssImports(file.text)) {
      const next = localPath(i, p);
      if (next === null) problems.foreign.add(i);
      else cssQueue.push(next);
    }
  }
  const allCss = [...inlineCss, ...[...linkedCss.keys()].map((p) => reader.read(p)!.text)].join('\n');

  // JS
  const inlineJs = tags.filter((t) => isJavaScript(t) && !t.attrs['src']);
  const entries: string[] = [];
  const lazyEntries = new Set<string>();
  const addEntry = (url: string | undefined) => {
    const p = url ? local(url) : null;
    if (p) entries.push(p);
  };
  for (const tag of tags) {
    if (isJavaScript(tag) && tag.attrs['src']) addEntry(tag.attrs['src']);
    if (tag.name === 'link' && tag.attrs['href'] && (relList(tag).includes('modulepreload') || (relList(tag).includes('preload') && tag.attrs['as'] === 'script'))) addEntry(tag.attrs['href']);
    if (tag.name === 'astro-island') for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) addEntry(tag.attrs[a] || undefined);
  }
  for (const tag of inlineJs) {
    const imports = scanImports(tag.content ?? '');
    if (tag.attrs['type'] === 'module') for (const s of imports.static) addEntry(s);
    for (const d of imports.dynamic) {
      const p = local(d);
      if (p) lazyEntries.add(p);
    }
  }
  const firstRender = moduleClosure(reader, entries, problems);
  for (const d of firstRender.dynamic) lazyEntries.add(d);
  const lazy = moduleClosure(reader, lazyEntries, problems, firstRender.modules);
  const asset = (p: string): Asset => ({ url: p, ...reader.read(p)!.size });
  const lazyAsset = (p: string): LazyAsset => ({ ...asset(p), statics: [...moduleClosure(reader, [p], problems, firstRender.modules).modules].filter((m) => m !== p) });
  const jsFiles = [...firstRender.modules].map(asset);
  const inlineJsSize = sum(inlineJs.map((t) => sizeOf(t.content ?? '')));

  const html = page.size;
  const linked = [...linkedCss.values()];
  return {
    path,
    file: relative(reader.dist, distFile(reader.dist, path)).split(sep).join('/'),
    html,
    css: { inline: sizeOf(inlineCss.join('\n')), linked, total: sum([sizeOf(inlineCss.join('\n')), ...linked]) },
    js: { inlineCount: inlineJs.length, inline: inlineJsSize, files: jsFiles, total: sum([inlineJsSize, ...jsFiles]), lazy: [...lazy.modules].map(lazyAsset) },
    htmlCss: sum([html, ...linked]),
    imagesWithoutSize: tags.filter((t) => t.name === 'img' && !(t.attrs['width']?.trim() && t.attrs['height']?.trim())).map((t) => t.source),
    frameworks: FRAMEWORK_SIGNATURES.filter((f) => f.pattern.test(allCss)).map((f) => f.name),
    missing: [...problems.missing],
    foreign: [...problems.foreign],
  };
}

/**
 * Measures every page of a built site: each HTML file in dist (so the 404 page counts too)
 * and each path its sitemap lists.
 */
export function measureSite(dist: string): SiteMeasure {
  const reader = new DistReader(dist);
  const files = walk(dist).map((f) => relative(dist, f));
  const htmlPaths = files.filter((f) => f.endsWith('.html')).map(pathOfFile);
  const listed = sitemapPaths(dist);
  const sitemapWithoutFile = listed.filter((p) => !reader.read(p.endsWith('/') || p.endsWith('.html') ? p : `${p}/`));
  const paths = [...new Set([...htmlPaths, ...listed.filter((p) => !sitemapWithoutFile.includes(p))])].sort();
  const pages = paths.map((p) => measurePage(reader, p));

  const fonts: FontFile[] = files.filter((f) => FONT_FILE.test(f)).map((f) => ({ source: f.split(sep).join('/'), raw: statSync(join(dist, f)).size }));
  const cssSources = new Set(files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dist, f), 'utf8')));
  for (const p of pages) for (const tag of scanHtml(reader.read(p.path)!.text)) if (tag.name === 'style') cssSources.add(tag.content ?? '');
  for (const css of cssSources) for (const raw of dataUriFonts(css)) fonts.push({ source: 'data: URI in CSS', raw });

  return { pages, fonts, sitemapWithoutFile };
}
