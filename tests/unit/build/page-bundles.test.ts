import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { bundleName, bundlePages, entrySource, islandProblems, islandsOf, pointIslandsAt } from '../../../src/build/page-bundles';
import { page, writeDist } from '../../budgets/temp-dist';

const island = (url: string, exportName?: string, renderer = '/_astro/client.Cl1ent00.js') =>
  `<astro-island uid="u" component-url="${url}"${exportName ? ` component-export="${exportName}"` : ''} renderer-url="${renderer}" client="load" ssr=""><p>SSR</p></astro-island>`;

describe('islandsOf', () => {
  test('reads what each island loads, in document order, with „default“ when no export is named', () => {
    const html = page({ body: island('/_astro/A.js', 'Tool') + '<astro-slot></astro-slot>' + island('/_astro/B.js') });
    expect(islandsOf(html)).toEqual([
      { componentUrl: '/_astro/A.js', componentExport: 'Tool', rendererUrl: '/_astro/client.Cl1ent00.js', beforeHydrationUrl: null },
      { componentUrl: '/_astro/B.js', componentExport: 'default', rendererUrl: '/_astro/client.Cl1ent00.js', beforeHydrationUrl: null },
    ]);
  });

  test('finds none on a page without islands', () => {
    expect(islandsOf(page())).toEqual([]);
  });

  test('refuses an island it cannot read rather than leaving it on chunks that may be deleted', () => {
    expect(() => islandsOf('<astro-island uid="u" data-component-url="/_astro/A.js">')).toThrow(/without component-url/);
    expect(() => islandsOf(island('/_astro/A.js', 'Tools.Card'))).toThrow(/not a plain export name/);
  });
});

describe('entrySource', () => {
  test('re-exports the renderer as default and each distinct component once, under a short name', () => {
    const islands = islandsOf(island('/_astro/A.js', 'Tool') + island('/_astro/B.js') + island('/_astro/A.js', 'Tool'));
    expect(entrySource(islands, (url) => `/dist${url}`).split('\n')).toEqual([
      'export { default } from "/dist/_astro/client.Cl1ent00.js";',
      'export { Tool as i0 } from "/dist/_astro/A.js";',
      'export { default as i1 } from "/dist/_astro/B.js";',
    ]);
  });

  test('refuses a page whose islands use two renderers (one bundle has one default export)', () => {
    const islands = islandsOf(island('/_astro/A.js', 'A', '/_astro/r1.js') + island('/_astro/B.js', 'B', '/_astro/r2.js'));
    expect(() => entrySource(islands, (url) => url)).toThrow(/2 renderers/);
  });
});

describe('pointIslandsAt', () => {
  test('points component and renderer of every island at the bundle, with matching export names', () => {
    const html = pointIslandsAt(page({ body: island('/_astro/A.js', 'Tool') + island('/_astro/B.js') + island('/_astro/A.js', 'Tool') }), '/_astro/seite.X1.js');
    expect(islandsOf(html)).toEqual([
      { componentUrl: '/_astro/seite.X1.js', componentExport: 'i0', rendererUrl: '/_astro/seite.X1.js', beforeHydrationUrl: null },
      { componentUrl: '/_astro/seite.X1.js', componentExport: 'i1', rendererUrl: '/_astro/seite.X1.js', beforeHydrationUrl: null },
      { componentUrl: '/_astro/seite.X1.js', componentExport: 'i0', rendererUrl: '/_astro/seite.X1.js', beforeHydrationUrl: null },
    ]);
    expect(html).toContain('<p>SSR</p>');
  });
});

describe('bundleName', () => {
  test('names a bundle after its page', () => {
    expect(bundleName('/planer/kontakte/')).toBe('planer-kontakte');
    expect(bundleName('/')).toBe('start');
    expect(bundleName('/404.html')).toBe('404');
  });
});

describe('bundlePages on built files', () => {
  const dists: string[] = [];
  afterEach(() => {
    for (const d of dists.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A small build shaped like Vite's: a shared runtime with state, a renderer, two islands sharing a chunk, one lazy import. */
  function builtSite(extra: Record<string, string> = {}) {
    const dist = writeDist({
      '_astro/runtime.Rt000001.js': 'export const registry = []; export function hydrator() { return "hydrated"; }',
      '_astro/client.Cl1ent00.js': 'import { hydrator as h } from "./runtime.Rt000001.js"; export default h;',
      '_astro/shared.Sh000001.js': 'import { registry } from "./runtime.Rt000001.js"; export function register(name) { registry.push(name); return registry; }',
      '_astro/Tool.To000001.js': 'import { register } from "./shared.Sh000001.js"; export default function Tool() { return register("tool"); }',
      '_astro/Reminder.Re000001.js': 'import { register } from "./shared.Sh000001.js"; export function Reminder() { return import("./Lazy.La000001.js").then((m) => m.later(register)); }',
      '_astro/Lazy.La000001.js': 'export function later(register) { return register("later"); }',
      '_astro/old.Ol000001.js': 'export const unused = 1;',
      'werkzeug/index.html': page({ body: island('/_astro/Tool.To000001.js') + island('/_astro/Reminder.Re000001.js', 'Reminder') }),
      'ratgeber/index.html': page(),
      ...extra,
    });
    dists.push(dist);
    return dist;
  }

  test('gives the page one bundle that shares the runtime, runs its islands and loads lazy parts', async () => {
    const dist = builtSite();
    const bundles = await bundlePages({ dist, shared: (name) => name.startsWith('runtime.') });
    const url = bundles.get('/werkzeug/')!;
    expect(url).toMatch(/^\/_astro\/werkzeug\.[\w-]+\.js$/);
    expect(bundles.size).toBe(1);

    const html = readFileSync(join(dist, 'werkzeug/index.html'), 'utf8');
    expect(islandsOf(html).map((i) => [i.componentUrl, i.rendererUrl, i.componentExport])).toEqual([
      [url, url, 'i0'],
      [url, url, 'i1'],
    ]);
    const code = readFileSync(join(dist, url), 'utf8');
    expect(code).toMatch(/from\s*["']\.\/runtime\.Rt000001\.js["']/);
    expect(code).not.toMatch(/shared\.Sh000001|Tool\.To000001|client\.Cl1ent00/);

    const runtime = await import(pathToFileURL(join(dist, '_astro/runtime.Rt000001.js')).href);
    const bundle = await import(pathToFileURL(join(dist, url)).href);
    expect(bundle.default()).toBe('hydrated');
    // Both islands and the lazy part write into the one registry of the shared runtime.
    expect(bundle.i0()).toBe(runtime.registry);
    expect(await bundle.i1()).toBe(runtime.registry);
    expect(runtime.registry).toEqual(['tool', 'later']);
  });

  test('deletes the chunks no page reaches any more and keeps the runtime', async () => {
    const dist = builtSite();
    await bundlePages({ dist, shared: (name) => name.startsWith('runtime.') });
    const left = readdirSync(join(dist, '_astro'));
    expect(left).toContain('runtime.Rt000001.js');
    for (const gone of ['client.Cl1ent00.js', 'shared.Sh000001.js', 'Tool.To000001.js', 'Reminder.Re000001.js', 'Lazy.La000001.js', 'old.Ol000001.js']) {
      expect(left).not.toContain(gone);
    }
    expect(left.filter((name) => name.startsWith('Lazy.'))).toHaveLength(1);
    expect(existsSync(join(dist, 'ratgeber/index.html'))).toBe(true);
    expect(readFileSync(join(dist, 'ratgeber/index.html'), 'utf8')).not.toContain('astro-island');
  });

  const bundle = (options: Partial<Parameters<typeof bundlePages>[0]> & { dist: string }) => bundlePages({ shared: (name) => name.startsWith('runtime.'), ...options });

  test('keeps the runtime a separate file however a chunk spells its path', async () => {
    const dist = builtSite({ '_astro/client.Cl1ent00.js': 'import { hydrator as h } from "../_astro/runtime.Rt000001.js"; export default h;' });
    const url = (await bundle({ dist })).get('/werkzeug/')!;
    const code = readFileSync(join(dist, url), 'utf8');
    expect(code).toMatch(/from\s*["']\.\/runtime\.Rt000001\.js["']/);
    expect(code).not.toContain('hydrated');
  });

  test('keeps a chunk that only a file outside the scripts folder names', async () => {
    const dist = builtSite({ 'sw.js': 'self.addEventListener("fetch", () => importScripts("/_astro/old.Ol000001.js"));' });
    await bundle({ dist });
    expect(readdirSync(join(dist, '_astro'))).toContain('old.Ol000001.js');
  });

  test('stops when an island loads a file that is not in dist (a base path, an assets prefix)', async () => {
    const dist = builtSite({ 'werkzeug/index.html': page({ body: island('/basis/_astro/Tool.To000001.js') }) });
    await expect(bundle({ dist })).rejects.toThrow(/\/basis\/_astro\/Tool\.To000001\.js, which is not in/);
  });

  test('stops on a before-hydration script, whose code would load a second time next to the bundle', async () => {
    const tag = island('/_astro/Tool.To000001.js').replace(' client="load"', ' client="load" before-hydration-url="/_astro/old.Ol000001.js"');
    const dist = builtSite({ 'werkzeug/index.html': page({ body: tag }) });
    await expect(bundle({ dist })).rejects.toThrow(/before-hydration-url \/_astro\/old\.Ol000001\.js is not supported/);
  });

  test('stops when a module script of the page uses a chunk the islands use too', async () => {
    const script = '<script type="module">import { register } from "/_astro/shared.Sh000001.js"; register("script");</script>';
    const dist = builtSite({ 'werkzeug/index.html': page({ body: island('/_astro/Tool.To000001.js') + script }) });
    await expect(bundle({ dist })).rejects.toThrow(/a module script loads shared\.Sh000001\.js, which the islands use too/);
  });

  test('lets a module script of the page use the shared runtime', async () => {
    const script = '<script type="module" src="/_astro/runtime.Rt000001.js"></script>';
    const dist = builtSite({ 'werkzeug/index.html': page({ body: island('/_astro/Tool.To000001.js') + script }) });
    expect((await bundle({ dist })).size).toBe(1);
  });

  test('stops when, after rewriting, a bundle names a script that is not there', async () => {
    const dist = builtSite({ '_astro/Tool.To000001.js': 'import { register } from "./shared.Sh000001.js"; export default function Tool() { return new Worker(new URL("./worker.Wk000001.js", import.meta.url)) && register("tool"); }' });
    await expect(bundle({ dist })).rejects.toThrow(/islands would not hydrate:\n.*names \.\/worker\.Wk000001\.js, which does not exist/);
  });
});

describe('islandProblems', () => {
  const dists: string[] = [];
  afterEach(() => {
    for (const d of dists.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const check = (files: Record<string, string>) => {
    const dist = writeDist(files);
    dists.push(dist);
    return islandProblems(dist);
  };

  test('finds nothing wrong when the files of every island exist and export its names', () => {
    expect(check({ '_astro/p.Pa000001.js': 'import { x } from "./r.Ru000001.js"; function T() {} export { T as i0, x as default };', '_astro/r.Ru000001.js': 'export const x = 1;', 'a/index.html': page({ body: island('/_astro/p.Pa000001.js', 'i0', '/_astro/p.Pa000001.js') }) })).toEqual([]);
  });

  test('reports a missing file, a missing export and a missing import, each once', () => {
    const problems = check({
      '_astro/p.Pa000001.js': 'import { x } from "./gone.Go000001.js"; export default x; export const i0 = () => import(`./lazy.La000001.js`);',
      'a/index.html': page({ body: island('/_astro/p.Pa000001.js', 'i1', '/_astro/p.Pa000001.js') + island('/_astro/nope.No000001.js', 'default', '/_astro/p.Pa000001.js') }),
    });
    expect(problems).toEqual([
      'a/index.html: /_astro/p.Pa000001.js does not export "i1", which an island imports',
      '_astro/p.Pa000001.js needs _astro/gone.Go000001.js, which does not exist',
      '_astro/p.Pa000001.js needs _astro/lazy.La000001.js, which does not exist',
      'a/index.html: an island loads /_astro/nope.No000001.js, which does not exist',
    ]);
  });
});
