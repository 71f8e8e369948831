/**
 * Bench, part „fit-score“: how long scoring and sorting 200 network-check candidates takes for the
 * freelancer's profile (median of 20 runs). Moved here from the unit tests, which assert no times.
 * Runs in the Playwright worker (Node); writes its figures to $BENCH_FIT_OUT and is skipped without it:
 * `BENCH_FIT_OUT=bench/fit-score.json npx playwright test -c tests/bench/playwright.config.ts fit-score.bench.ts`
 */
import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
import { scoreCandidates } from '../../src/lib/fit/fit-score';
import { PROFILES } from '../fixtures/answers-states';
import { manyCandidates } from '../fixtures/candidates-states';

test('fit score of 200 candidates, median of 20 runs', () => {
  const out = process.env['BENCH_FIT_OUT'];
  test.skip(!out, 'only with BENCH_FIT_OUT');
  const candidates = manyCandidates(200);
  const runs = Array.from({ length: 20 }, () => {
    const start = performance.now();
    scoreCandidates(candidates, PROFILES.freiberuflerinRegional);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  writeFileSync(out!, JSON.stringify({ candidates: 200, medianMs: runs[10], maxMs: runs[19] }));
});
