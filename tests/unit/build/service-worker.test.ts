import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SELF_REMOVING_WORKER, writeServiceWorker } from '../../../src/build/service-worker';
import { precachedUrls } from '../../budgets/offline';

const dists: string[] = [];
function dist(): string {
  const d = mkdtempSync(join(tmpdir(), 'nk-sw-'));
  dists.push(d);
  for (const [path, text] of Object.entries({ 'index.html': '<h1>a</h1>', 'suche/index.html': '<h1>b</h1>', '_astro/x.Ab12.js': 'export{}', 'pagefind/pagefind.js': '//', 'icons/i.png': 'png', '_headers': '/*', 'sitemap-0.xml': '<urlset/>' })) {
    mkdirSync(join(d, path, '..'), { recursive: true });
    writeFileSync(join(d, path), text);
  }
  return d;
}
afterEach(() => {
  for (const d of dists.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeServiceWorker', () => {
  test('precaches the pages, scripts, icons and the search index, but not host files or itself', async () => {
    const d = dist();
    const report = await writeServiceWorker(d);
    const urls = precachedUrls(readFileSync(join(d, 'sw.js'), 'utf8'));
    expect(urls.sort()).toEqual(['_astro/x.Ab12.js', 'icons/i.png', 'index.html', 'pagefind/pagefind.js', 'suche/index.html']);
    expect(report).toMatchObject({ enabled: true, files: 5 });
  }, 60_000);

  test('writes a worker that waits for the reader, listens for SKIP_WAITING and cleans up old caches', async () => {
    const d = dist();
    await writeServiceWorker(d);
    const worker = readFileSync(join(d, 'sw.js'), 'utf8');
    expect(worker).toContain('SKIP_WAITING');
    expect(worker).not.toMatch(/importScripts|workbox-[0-9a-f]{8}\.js/);
    // skipWaiting() only in the message handler, clients.claim() never.
    expect(worker.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(worker).not.toMatch(/clients\.claim\(\)/);
  }, 60_000);

  test('with the offline mode off, writes a worker that removes itself and its caches', async () => {
    const d = dist();
    expect(await writeServiceWorker(d, false)).toMatchObject({ enabled: false, files: 0 });
    const worker = readFileSync(join(d, 'sw.js'), 'utf8');
    expect(worker).toBe(SELF_REMOVING_WORKER);
    expect(worker).toContain('unregister()');
    expect(worker).toContain('caches.delete');
  });
});
