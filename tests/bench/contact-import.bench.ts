/**
 * `npm run bench`, part „contact-import“: times the import's pure pipeline on a generated
 * 5,000-row `Connections.csv` (tests/bench/contact-import.ts) and writes the figures to
 * $BENCH_IMPORT_OUT. Runs in the Playwright worker (Node), not in the page; skipped without that variable.
 */
import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { measureContactImport } from './contact-import';

test('contact import of a 5,000-row Connections.csv', () => {
  const out = process.env['BENCH_IMPORT_OUT'];
  test.skip(!out, 'only for npm run bench (BENCH_IMPORT_OUT)');
  writeFileSync(out!, JSON.stringify(measureContactImport(5000, 500, 5)));
});
