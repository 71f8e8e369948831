/**
 * Writes the service worker after the build (and after the search index, so that is precached
 * too): Workbox's `generateSW` lists every file of dist that a page can need – pages, scripts,
 * icons, the manifest, Pagefind's index – with a revision hash each, and writes dist/sw.js. After
 * one visit, every page and every tool then works without a network.
 *
 * Updates never take over a running tab: no `skipWaiting` on install and no `clientsClaim`. The
 * new worker waits until the reader presses „neu laden“ (ServiceWorkerRegistration.astro sends
 * SKIP_WAITING_MESSAGE); on activation Workbox drops what the old version had precached and
 * `cleanupOutdatedCaches` removes caches of older Workbox formats.
 *
 * With `OFFLINE=0` the build writes a worker that only removes itself and its caches instead, so
 * a host that turns the offline mode off also turns it off for readers who already have it.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { offlineEnabled, SERVICE_WORKER_URL } from '../lib/offline/config';

/** The files of dist a reader's browser keeps for offline use. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,png,webmanifest,json,pagefind,pf_meta,pf_index,pf_fragment}'];

/** A worker that unregisters itself and deletes its caches; open tabs keep running and simply load from the network next time. */
export const SELF_REMOVING_WORKER = `// Netzwerk-Kompass was built without its offline mode (OFFLINE=0): this worker removes the earlier one.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))).then(() => self.registration.unregister()));
});
`;

export interface ServiceWorkerReport {
  enabled: boolean;
  /** Files and bytes the worker precaches (0 when the offline mode is off). */
  files: number;
  bytes: number;
  warnings: string[];
}

/** Writes dist/sw.js: the precaching worker, or with `enabled: false` the self-removing one. */
export async function writeServiceWorker(dist: string, enabled = true): Promise<ServiceWorkerReport> {
  const swDest = join(dist, SERVICE_WORKER_URL);
  if (existsSync(swDest)) rmSync(swDest);
  if (!enabled) {
    writeFileSync(swDest, SELF_REMOVING_WORKER);
    return { enabled, files: 0, bytes: 0, warnings: [] };
  }
  const { count, size, warnings } = await generateSW({
    swDest,
    globDirectory: dist,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: ['sw.js', '**/node_modules/**'],
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    // A static site answers every address the same whatever its query: the parameters (`/suche/?q=…`,
    // `/netzwerk-check/?neu=…`, Pagefind's `pagefind-entry.json?ts=…`) are read in the browser only.
    ignoreURLParametersMatching: [/./],
    // Names that carry a content hash need no extra revision.
    dontCacheBustURLsMatching: /^(?:_astro\/|pagefind\/(?:fragment|index)\/)/,
  });
  return { enabled, files: count, bytes: size, warnings };
}

/** The Astro integration: writes the service worker when the build is done. Put it after every step that writes files to dist. */
export function serviceWorker(enabled = offlineEnabled(process.env['OFFLINE'])): AstroIntegration {
  return {
    name: 'netzwerk-kompass:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeServiceWorker(fileURLToPath(dir), enabled);
        for (const warning of report.warnings) logger.warn(warning);
        logger.info(report.enabled ? `${SERVICE_WORKER_URL} precaches ${report.files} files, ${report.bytes} bytes` : `offline mode off (OFFLINE=${process.env['OFFLINE']}): ${SERVICE_WORKER_URL} only removes an earlier worker`);
      },
    },
  };
}
