// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';

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
 * One chunk for the runtime every tool page loads (Preact, nanostores, valibot, the persistence
 * layer and its notices). Left to itself the bundler cuts it into several files along the lines of
 * which island imports what; each extra file costs gzip framing and import lines on every page.
 * Two more groups join the questionnaire's and the check's stored data (schema, options, store),
 * which are always loaded together wherever one of them is. The runtime goes first, so the data
 * groups never pull Preact or valibot into themselves.
 */
const normal = (/** @type {string} */ id) => id.replace(/\\/g, '/');
const chunkGroups = [
  {
    name: 'runtime',
    priority: 3,
    test: (/** @type {string} */ id) =>
      /\/node_modules\/(preact|nanostores|@nanostores|valibot|@astrojs\/preact)\//.test(normal(id)) ||
      /\/src\/(stores\/(persistence|use-persisted)|lib\/(stored-value|storage-errors|snapshot)|islands\/shared\/(StorageHealthNotice|StorageNotices|storage-texts|download))\./.test(normal(id)),
  },
  { name: 'answers-data', priority: 2, test: (/** @type {string} */ id) => /\/src\/(lib\/(answers-schema|profile-options|hours)|stores\/answers-store)\./.test(normal(id)) },
  { name: 'candidates-data', priority: 1, test: (/** @type {string} */ id) => /\/src\/(lib\/(candidates-schema|network-kinds)|stores\/candidates-store)\./.test(normal(id)) },
];

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
  vite: { plugins: [noSignalProps], build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } },
  prefetch: false,
  integrations: [mdx(), preact(), sitemap()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
