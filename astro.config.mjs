// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { pageBundles } from './src/build/page-bundles';
import { checkRoutes } from './src/build/check-routes';
import { operatorWarning } from './src/build/operator-warning';
import { searchIndex } from './src/build/search-index';
import { serviceWorker } from './src/build/service-worker';

/**
 * Astro's Preact client loads @preact/signals on demand for islands that receive signals as
 * props. No island here does, but the dynamic import alone makes every tool page download
 * Vite's preload helper (~0.9 KB gzip of a 20 KB budget). Without it, passing a signal as a
 * prop fails loudly at hydration instead of silently costing bytes.
 */
/** @type {import('vite').Plugin} */
const noSignalProps = {
  name: 'netzwerk-kompass:no-signal-props',
  enforce: 'pre',
  transform(/** @type {string} */ code, /** @type {string} */ id) {
    if (!id.replace(/\\/g, '/').endsWith('@astrojs/preact/dist/client.js')) return null;
    const patched = code.replace('await import("@preact/signals")', 'await Promise.reject(new Error("Signals als Insel-Props sind in Netzwerk-Kompass abgeschaltet."))');
    if (patched === code) throw new Error('@astrojs/preact client changed: review the no-signal-props plugin');
    return { code: patched, map: null };
  },
};

/**
 * Vite wraps every `import()` in a helper that preloads the imported chunk's dependencies and
 * CSS (~1 KB gzip on each page that lazy-loads anything). Our lazy modules bring no CSS (styles
 * are inlined into the pages), and with `modulePreload: false` there is nothing else to preload,
 * so the helper shrinks to the import itself. Should a lazy module ever pull in CSS, the build
 * stops here instead of shipping a page whose styles silently fail to load.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
/** @type {import('vite').Plugin} */
const plainDynamicImports = {
  name: 'netzwerk-kompass:plain-dynamic-imports',
  enforce: 'pre',
  // Astro sets the build's modulePreload itself; only the client environment's own setting sticks.
  configEnvironment(/** @type {string} */ name) {
    return name === 'client' ? { build: { modulePreload: false } } : null;
  },
  load(/** @type {string} */ id) {
    return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null;
  },
  // After Vite's own generateBundle has written the preload lists into the chunks.
  writeBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && file.code.includes('__vite__mapDeps')) throw new Error(`${file.fileName}: a lazy import needs CSS; plain-dynamic-imports cannot load it`);
    }
  },
};

/**
 * The runtime every tool page loads: Preact, nanostores, valibot, the persistence layer and the
 * live region of its notices (the notices themselves load only when one is due). It is the one chunk pages share (and the browser caches across pages); after the
 * build, page-bundles.ts folds everything else a page needs into one file per page. Rolldown's
 * own chunking options cannot do that for Astro's islands (measured: its header says why).
 */
const SHARED_CHUNK = 'runtime';
const normal = (/** @type {string} */ id) => id.replace(/\\/g, '/');
const chunkGroups = [
  {
    name: SHARED_CHUNK,
    test: (/** @type {string} */ id) =>
      /\/node_modules\/(preact|nanostores|@nanostores|valibot|@astrojs\/preact)\//.test(normal(id)) ||
      /\/src\/(stores\/(persistence|use-persisted)|lib\/storage\/(stored-value|storage-errors|snapshot)|islands\/shared\/(StorageNotices|use-lazy|storage-texts))\./.test(normal(id)),
  },
];

/**
 * Astro inlines small scripts into the HTML. The service worker's registration stays a file of its
 * own: cached once (and precached) instead of repeated in every page, and counted on its own
 * budget (tests/budgets). Everything else keeps Vite's default limit.
 * @param {string} file
 */
const keepRegistrationExternal = (file) => (file.includes('ServiceWorkerRegistration') ? false : undefined);

// The canonical origin; set SITE_URL when deploying under a real domain.
const site = process.env.SITE_URL ?? 'https://netzwerk-kompass.example';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One round trip for first render: every page carries its own CSS.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  vite: { plugins: [noSignalProps, plainDynamicImports], build: { assetsInlineLimit: keepRegistrationExternal, rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } },
  // Shiki colours code with inline styles, which the strict CSP blocks; the guide shows no code.
  markdown: { syntaxHighlight: false },
  prefetch: false,
  integrations: [mdx(), preact(), sitemap(), checkRoutes(), operatorWarning(), pageBundles({ shared: (name) => name.startsWith(`${SHARED_CHUNK}.`) }), searchIndex(), serviceWorker()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
});
