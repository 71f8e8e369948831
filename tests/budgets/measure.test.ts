import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { DistReader, dataUriFonts, isJavaScript, measurePage, measureSite, parseAttributes, pathOfFile, scanHtml, scanImports, sizeOf } from './measure.ts';
import { page, sitemap, writeDist } from './temp-dist.ts';

const dists: string[] = [];
function dist(files: Record<string, string | Buffer>): string {
  const d = writeDist(files);
  dists.push(d);
  return d;
}
afterEach(() => {
  for (const d of dists.splice(0)) rmSync(d, { recursive: true, force: true });
});

const gz = (s: string) => gzipSync(Buffer.from(s), { level: 9 }).length;

// A tool page as Astro builds it: the island runtime inline, an island whose component and renderer
// share a chunk, and a chunk the renderer only loads through import(…).
const island = '<astro-island uid="x1" component-url="/_astro/Tool.a1.js" component-export="Tool" renderer-url="/_astro/client.b2.js" props="{}" ssr client="load"><p>SSR</p></astro-island>';
const runtime = '(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).load=e;})();';
const toolFiles = {
  '_astro/Tool.a1.js': 'import{h as e}from"./preact.c3.js";export function Tool(){return e(`p`,null,`hi`)}',
  '_astro/client.b2.js': 'import{h as e,r as t}from"./preact.c3.js";export default n=>async(o)=>{if(n.dataset.sig){await import(`./signals.d4.js`)}t(e(o),n)}',
  '_astro/preact.c3.js': 'export function h(){return 1}export function r(){return 2}/* preact core, long enough to matter */',
  '_astro/signals.d4.js': 'import{h}from"./preact.c3.js";export const signal=()=>h();',
};

describe('sizeOf', () => {
  test('gives raw bytes and gzip bytes at level 9', () => {
    const text = 'Netzwerk '.repeat(100);
    expect(sizeOf(text)).toEqual({ raw: 900, gzip: gz(text) });
  });

  test('counts an empty file as zero, not as a gzip header', () => {
    expect(sizeOf('')).toEqual({ raw: 0, gzip: 0 });
  });
});

describe('scanImports', () => {
  test('finds static imports, re-exports and dynamic imports in minified output', () => {
    const code = 'import{a as e}from"./a.js";import"./side.js";export*from"./re.js";export{b}from"./b.js";const f=()=>import(`./lazy.js`);import("./lazy2.js")';
    expect(scanImports(code)).toEqual({ static: ['./a.js', './side.js', './re.js', './b.js'], dynamic: ['./lazy.js', './lazy2.js'] });
  });

  test('ignores import-like text inside strings and comments', () => {
    const code = 'const s="import x from \\"./no.js\\"";/* import("./no2.js") */const t=`import(\'./no3.js\')`;';
    expect(scanImports(code)).toEqual({ static: [], dynamic: [] });
  });
});

describe('parseAttributes', () => {
  test('reads quoted, unquoted and boolean attributes and decodes entities', () => {
    expect(parseAttributes(' src="/a.js?x=1&amp;y=2" type=module defer data-x=\'1\'')).toEqual({ src: '/a.js?x=1&y=2', type: 'module', defer: '', 'data-x': '1' });
  });
});

describe('scanHtml', () => {
  test('finds script, style, link, img and astro-island tags', () => {
    const tags = scanHtml(page({ head: '<link rel="stylesheet" href="/s.css"><script type="module" src="/m.js"></script>', body: `<img src="/a.png" alt="">${island}` }));
    expect(tags.map((t) => t.name).sort()).toEqual(['astro-island', 'img', 'link', 'script', 'style']);
  });

  test('does not mistake markup inside a script or a comment for tags', () => {
    const tags = scanHtml('<script>document.body.innerHTML="<img src=x>"</script><!-- <link rel="stylesheet" href="/old.css"> -->');
    expect(tags.map((t) => t.name)).toEqual(['script']);
  });
});

describe('isJavaScript', () => {
  test('counts classic and module scripts, not JSON-LD or import maps', () => {
    const types = ['', 'module', 'text/javascript', 'application/ld+json', 'importmap', 'application/json'];
    const js = types.map((type) => isJavaScript({ name: 'script', attrs: type ? { type } : {}, source: '' }));
    expect(js).toEqual([true, true, true, false, false, false]);
  });
});

describe('pathOfFile', () => {
  test('maps index files to their folder and keeps other file names', () => {
    expect(['index.html', 'ratgeber/index.html', 'ratgeber/x/index.html', '404.html'].map(pathOfFile)).toEqual(['/', '/ratgeber/', '/ratgeber/x/', '/404.html']);
  });
});

describe('dataUriFonts', () => {
  test('measures fonts embedded as base64 data URIs', () => {
    const font = Buffer.alloc(3000, 7).toString('base64');
    expect(dataUriFonts(`@font-face{font-family:x;src:url(data:font/woff2;base64,${font}) format("woff2")}`)).toEqual([3000]);
  });
});

describe('measurePage', () => {
  test('counts the island runtime, component, renderer and their shared chunk once each, and keeps import() targets apart as lazy', () => {
    const d = dist({ 'selbsttest/index.html': page({ head: `<script>${runtime}</script>`, body: island }), ...toolFiles });
    const m = measurePage(new DistReader(d), '/selbsttest/');
    expect(m.js.files.map((f) => f.url).sort()).toEqual(['/_astro/Tool.a1.js', '/_astro/client.b2.js', '/_astro/preact.c3.js']);
    expect(m.js.lazy.map((f) => f.url)).toEqual(['/_astro/signals.d4.js']);
    expect(m.js.inlineCount).toBe(1);
    const files = ['_astro/Tool.a1.js', '_astro/client.b2.js', '_astro/preact.c3.js'] as const;
    expect(m.js.total.gzip).toBe(gz(runtime) + files.reduce((n, f) => n + gz(toolFiles[f]), 0));
    expect(m.js.total.raw).toBe(runtime.length + files.reduce((n, f) => n + toolFiles[f].length, 0));
  });

  test('follows static imports of inline module scripts and of script src', () => {
    const d = dist({
      'index.html': page({ head: '<script type="module">import "/_astro/a.js";</script><script type="module" src="/_astro/b.js"></script><link rel="modulepreload" href="/_astro/c.js">' }),
      '_astro/a.js': 'import"./shared.js";', '_astro/b.js': 'import"./shared.js";', '_astro/c.js': 'export{}', '_astro/shared.js': 'export const s=1;',
    });
    expect(measurePage(new DistReader(d), '/').js.files.map((f) => f.url).sort()).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/c.js', '/_astro/shared.js']);
  });

  test('counts inline styles and linked stylesheets with their @import, and adds linked CSS to the HTML for first render', () => {
    const html = page({ head: '<link rel="stylesheet" href="/_astro/page.css">' });
    const d = dist({ 'ratgeber/index.html': html, '_astro/page.css': '@import "./base.css";main{color:red}', '_astro/base.css': 'body{margin:0}' });
    const m = measurePage(new DistReader(d), '/ratgeber/');
    expect(m.css.linked.map((c) => c.url)).toEqual(['/_astro/page.css', '/_astro/base.css']);
    expect(m.css.inline.raw).toBe('body{margin:0}'.length);
    expect(m.htmlCss.gzip).toBe(gz(html) + gz('@import "./base.css";main{color:red}') + gz('body{margin:0}'));
    expect(m.js.total).toEqual({ raw: 0, gzip: 0 });
  });

  test('does not count JSON-LD as JavaScript', () => {
    const d = dist({ 'index.html': page({ head: '<script type="application/ld+json">{"@type":"WebSite"}</script>' }) });
    expect(measurePage(new DistReader(d), '/').js.inlineCount).toBe(0);
  });

  test('lists images without width or height', () => {
    const d = dist({ 'index.html': page({ body: '<img src="/a.svg" alt="" width="10" height="10"><img src="/b.svg" alt="" width="10"><img src="/c.svg" alt="">' }) });
    expect(measurePage(new DistReader(d), '/').imagesWithoutSize).toEqual(['<img src="/b.svg" alt="" width="10">', '<img src="/c.svg" alt="">']);
  });

  test('names a CSS framework whose code is in the page', () => {
    const d = dist({ 'index.html': page({ head: '<style>*,::before{--tw-ring-offset-width:0px}abbr:where([title]){text-decoration:underline dotted}</style>' }) });
    expect(measurePage(new DistReader(d), '/').frameworks).toEqual(['Tailwind CSS']);
  });

  test('reports referenced files that are missing and scripts from another origin', () => {
    const d = dist({ 'index.html': page({ head: '<script src="https://cdn.example/x.js"></script><script type="module" src="/_astro/gone.js"></script>' }) });
    const m = measurePage(new DistReader(d), '/');
    expect(m.foreign).toEqual(['https://cdn.example/x.js']);
    expect(m.missing).toEqual(['/_astro/gone.js']);
  });
});

describe('measureSite', () => {
  test('measures every HTML file, the 404 page included, and every page of the sitemap', () => {
    const d = dist({ 'index.html': page(), '404.html': page(), 'ratgeber/index.html': page(), 'sitemap-0.xml': sitemap(['/', '/ratgeber/']), 'sitemap-index.xml': '<sitemapindex/>' });
    const site = measureSite(d);
    expect(site.pages.map((p) => p.path)).toEqual(['/', '/404.html', '/ratgeber/']);
    expect(site.sitemapWithoutFile).toEqual([]);
  });

  test('reports a sitemap entry that has no page', () => {
    const d = dist({ 'index.html': page(), 'sitemap-0.xml': sitemap(['/', '/planer/']) });
    expect(measureSite(d).sitemapWithoutFile).toEqual(['/planer/']);
  });

  test('finds font files anywhere in dist and fonts inlined into CSS', () => {
    const d = dist({
      'index.html': page({ head: `<style>@font-face{src:url(data:font/woff2;base64,${Buffer.alloc(600).toString('base64')})}</style>` }),
      '_astro/inter.woff2': Buffer.alloc(1000), 'fonts/x.ttf': Buffer.alloc(500),
    });
    expect(measureSite(d).fonts.map((f) => f.raw).sort((a, b) => a - b)).toEqual([500, 600, 1000]);
  });
});
