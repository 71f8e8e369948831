// Sums the gzip size of every JS file a built page loads (islands, renderer, their imports).
// Usage: node tests/tools/js-weight.mjs /daten/ [/other/ …]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';

const dist = resolve('dist');
function imports(file) {
  const code = readFileSync(file, 'utf8');
  const found = [...code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)].map((m) => m[1]);
  return found.map((spec) => (spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec)));
}
for (const path of process.argv.slice(2)) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)].map((m) => join(dist, m[1]));
  const seen = new Set();
  const queue = [...entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...imports(file));
  }
  const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  let total = gzipSync(inline).length;
  const rows = [...seen].map((f) => [gzipSync(readFileSync(f)).length, f.slice(dist.length + 1)]).sort((a, b) => b[0] - a[0]);
  for (const [size, name] of rows) total += size;
  console.log(`${path}: ${total} bytes gzip (${rows.length} files + ${gzipSync(inline).length} inline)`);
  for (const [size, name] of rows) console.log(`  ${String(size).padStart(6)} ${name}`);
}
