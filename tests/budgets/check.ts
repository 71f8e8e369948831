/**
 * `npm test` runs this right after the build: prints every page's bytes, then fails on any budget broken.
 * Usage: node tests/budgets/check.ts [dist-folder]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureSite } from './measure.ts';
import { findViolations, formatTable } from './budgets.ts';
import { formatOfflineSummary, offlineSummary } from './offline.ts';

const dist = process.argv[2] ?? fileURLToPath(new URL('../../dist/', import.meta.url));
if (!existsSync(dist)) {
  console.error(`budgets: ${dist} does not exist – run "npm run build" first.`);
  process.exit(1);
}

const site = measureSite(dist);
console.log(`Bytes per page (gzip level 9) in ${dist}:\n`);
console.log(formatTable(site));
console.log(formatOfflineSummary(offlineSummary(dist)));
const violations = findViolations(site);
if (violations.length > 0) {
  console.error(`\n${violations.length} budget violation(s):`);
  for (const v of violations) console.error(`  ✗ ${v}`);
  process.exit(1);
}
console.log(`\nbudgets: no page over its budget (${site.pages.length} pages).`);
