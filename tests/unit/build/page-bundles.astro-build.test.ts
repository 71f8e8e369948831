/**
 * page-bundles.ts on a real Astro build: a two-page fixture project in a temp folder, built with the
 * installed astro and @astrojs/preact, chunked like astro.config.mjs chunks the site (a `runtime`
 * group for Preact and the state every page shares), then rewritten by the site's `pageBundles`
 * integration, as `astro build` runs it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { islandProblems, islandsOf } from '../../../src/build/page-bundles';
import { measureSite } from '../../budgets/measure';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

const FILES: Record<string, string> = {
  // Astro reads the dependencies to find framework packages it must bundle for prerendering (@astrojs/preact/server.js).
  'package.json': JSON.stringify({ name: 'page-bundles-fixture', private: true, type: 'module', dependencies: { '@astrojs/preact': '*', astro: '*', preact: '*' } }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'preact' } }),
  // In the runtime group: one instance per browser tab, whichever page bundle loads it.
  'src/runtime/registry.ts': 'export const seen: string[] = [];\n(globalThis as any).__pageBundlesRegistries ??= [];\n(globalThis as any).__pageBundlesRegistries.push(seen);\n',
  // Shared by both pages' islands but not by the runtime: Vite puts it in a common chunk, the step copies it into each page's bundle.
  'src/shared/greeting.ts': "export function greeting(name: string): string {\n  return `Hallo, ${name}!`;\n}\n",
  'src/islands/Eins.tsx': "import { useState } from 'preact/hooks';\nimport { seen } from '../runtime/registry';\nimport { greeting } from '../shared/greeting';\nseen.push('Eins');\nexport default function Eins() {\n  const [n, setN] = useState(0);\n  return <button onClick={() => setN(n + 1)}>{greeting('eins')} {n}</button>;\n}\n",
  'src/islands/Hinweis.tsx': "import { seen } from '../runtime/registry';\nseen.push('Hinweis');\nexport function Hinweis() {\n  return <aside>Hinweis</aside>;\n}\n",
  'src/islands/Zwei.tsx': "import { useState } from 'preact/hooks';\nimport { seen } from '../runtime/registry';\nimport { greeting } from '../shared/greeting';\nseen.push('Zwei');\nexport default function Zwei() {\n  const [text, setText] = useState('');\n  return <button onClick={() => import('./later').then((m) => setText(m.later()))}>{greeting('zwei')} {text}</button>;\n}\n",
  'src/islands/later.ts': "export function later(): string {\n  return 'später geladen';\n}\n",
  'src/pages/eins.astro': "---\nimport Eins from '../islands/Eins';\nimport { Hinweis } from '../islands/Hinweis';\n---\n<html lang=\"de\"><head><title>Eins</title></head><body><Hinweis client:load /><Eins client:load /></body></html>\n",
  'src/pages/zwei.astro': "---\nimport Zwei from '../islands/Zwei';\n---\n<html lang=\"de\"><head><title>Zwei</title></head><body><Zwei client:visible /></body></html>\n",
};

/** The fixture in a temp folder; node_modules is a folder of links, so Astro's caches stay in the fixture. */
function writeFixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'nk-page-bundles-'));
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const modules = realpathSync(join(projectRoot, 'node_modules'));
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!['.astro', '.vite', '.cache', '.bin'].includes(entry)) symlinkSync(join(modules, entry), join(root, 'node_modules', entry));
  }
  return root;
}

/**
 * The fixture's config: the site's integration, and a `runtime` group as in astro.config.mjs (Preact
 * and the fixture's src/runtime/). Astro loads it through Vite, so it can import page-bundles.ts.
 */
const CONFIG = `import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { pageBundles } from ${JSON.stringify(join(projectRoot, 'src/build/page-bundles.ts'))};
const runtime = { name: 'runtime', test: (id) => /[\\/]node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]|[\\/]src[\\/]runtime[\\/]/.test(id) };
export default defineConfig({
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: { build: { rolldownOptions: { output: { codeSplitting: { groups: [runtime] } } } } },
  integrations: [preact(), pageBundles({ shared: (name) => name.startsWith('runtime.') })],
});
`;

/** Astro's JS API, in a process of its own: Astro's prerenderer does not run inside Vitest's module runner. */
const BUILD = `import { build } from 'astro';
await build({ root: process.argv[2], logLevel: 'error' });
`;

let root: string;
let dist: string;
let bundles: Map<string, string>;

beforeAll(() => {
  root = writeFixture();
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(root, 'build.mjs'), BUILD);
  dist = join(root, 'dist');
  const run = spawnSync(process.execPath, [join(root, 'build.mjs'), root], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) throw new Error(`astro build of the fixture failed:\n${run.stdout}\n${run.stderr}`);
  bundles = new Map(['eins', 'zwei'].map((page) => [`/${page}/`, islandsOf(html(page))[0]!.componentUrl]));
}, 60_000);

// NK_KEEP_FIXTURE=1 keeps the fixture (its path is in tmpdir(), nk-page-bundles-*) to look at the build.
afterAll(() => {
  if (root && !process.env.NK_KEEP_FIXTURE) rmSync(root, { recursive: true, force: true });
});

const html = (page: string) => readFileSync(join(dist, page, 'index.html'), 'utf8');

describe('page bundles on a real Astro build of two pages', () => {
  test('each page has a bundle of its own', () => {
    expect([...bundles.keys()].sort()).toEqual(['/eins/', '/zwei/']);
    expect(bundles.get('/eins/')).toMatch(/^\/_astro\/eins\.[\w-]+\.js$/);
    expect(bundles.get('/zwei/')).toMatch(/^\/_astro\/zwei\.[\w-]+\.js$/);
  });

  test('every island of a page loads component and renderer from its bundle, which exports the names the HTML asks for', async () => {
    for (const page of ['eins', 'zwei']) {
      const islands = islandsOf(html(page));
      expect(islands.length).toBe(page === 'eins' ? 2 : 1);
      const url = bundles.get(`/${page}/`)!;
      const bundle = await import(pathToFileURL(join(dist, url)).href);
      for (const island of islands) {
        expect([island.componentUrl, island.rendererUrl]).toEqual([url, url]);
        expect(typeof bundle[island.componentExport], `${page}: ${island.componentExport}`).toBe('function');
      }
      // The renderer: Astro's Preact client, `(element) => hydrate`.
      expect(typeof bundle.default).toBe('function');
      expect(typeof bundle.default({ hasAttribute: () => false })).toBe('function');
    }
    expect(islandProblems(dist)).toEqual([]);
  });

  test('both pages load the one shared runtime file, and each page exactly the runtime and its bundle, as the budget counts', () => {
    const site = measureSite(dist);
    const files = (path: string) => site.pages.find((p) => p.path === path)!.js.files.map((f) => f.url);
    const runtime = files('/eins/').find((url) => /^\/_astro\/runtime\.[\w-]+\.js$/.test(url))!;
    expect(runtime).toBeDefined();
    expect(files('/eins/').sort()).toEqual([bundles.get('/eins/')!, runtime].sort());
    expect(files('/zwei/').sort()).toEqual([bundles.get('/zwei/')!, runtime].sort());
    const zwei = site.pages.find((p) => p.path === '/zwei/')!;
    expect(zwei.js.lazy.map((f) => f.url).some((url) => url.startsWith('/_astro/later.'))).toBe(true);
    expect(site.pages.flatMap((p) => p.missing)).toEqual([]);
  });

  test('the module state in the runtime exists once across both bundles; each island module runs once', async () => {
    await import(pathToFileURL(join(dist, bundles.get('/eins/')!)).href);
    await import(pathToFileURL(join(dist, bundles.get('/zwei/')!)).href);
    const registries = (globalThis as { __pageBundlesRegistries?: string[][] }).__pageBundlesRegistries!;
    expect(registries).toHaveLength(1);
    expect([...registries[0]!].sort()).toEqual(['Eins', 'Hinweis', 'Zwei']);
  });

  test('the chunks Vite cut for the islands are gone; what is left is what the pages load', () => {
    const left = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.js'));
    const lazy = measureSite(dist).pages.flatMap((p) => p.js.lazy.map((f) => f.url.replace('/_astro/', '')));
    const loaded = new Set([...bundles.values()].map((url) => url.replace('/_astro/', '')));
    for (const name of left) expect(name.startsWith('runtime.') || loaded.has(name) || lazy.includes(name), name).toBe(true);
  });

  test('a bundle that lost its lazy chunk, or an island pointing at a name the bundle lacks, is reported', () => {
    const copy = mkdtempSync(join(tmpdir(), 'nk-page-bundles-broken-'));
    try {
      for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const target = join(copy, entry.parentPath.slice(dist.length), entry.name);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, readFileSync(join(entry.parentPath, entry.name)));
      }
      const later = readdirSync(join(copy, '_astro')).find((name) => name.startsWith('later.'))!;
      rmSync(join(copy, '_astro', later));
      writeFileSync(join(copy, 'eins/index.html'), html('eins').replace(/component-export="i1"/, 'component-export="i7"'));
      const problems = islandProblems(copy);
      expect(problems).toContainEqual(expect.stringContaining(`_astro/${later}, which does not exist`));
      expect(problems).toContainEqual(expect.stringMatching(/^eins\/index\.html: \/_astro\/eins\.[\w-]+\.js does not export "i7"/));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
