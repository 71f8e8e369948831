/** Tiny synthetic `dist/` folders in a temp directory, for the budget tests. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes `files` (path in dist → content) into a fresh temp folder and returns its path. */
export function writeDist(files: Record<string, string | Buffer>): string {
  const dist = mkdtempSync(join(tmpdir(), 'nk-budgets-'));
  for (const [path, content] of Object.entries(files)) {
    const file = join(dist, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dist;
}

/** A sitemap listing `paths` the way @astrojs/sitemap writes it. */
export function sitemap(paths: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>https://example.org${p}</loc></url>`).join('')}</urlset>`;
}

/** An HTML page shaped like the ones Astro writes. */
export function page({ head = '', body = '<h1>Titel</h1><p>Text.</p>' }: { head?: string; body?: string } = {}): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>T</title><style>body{margin:0}</style>${head}</head><body>${body}</body></html>`;
}

/**
 * Text that gzip cannot shrink below about `gzipBytes` bytes: base64 from a seeded generator
 * (six bits of entropy per character, so 4/3 as many characters), so a test can push a page over a budget.
 */
export function incompressible(gzipBytes: number, seed = 1): string {
  const length = Math.ceil((gzipBytes * 4) / 3);
  const bytes = Buffer.alloc(Math.ceil((length * 3) / 4) + 3);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes.toString('base64').replace(/[+/=]/g, 'x').slice(0, length);
}
