import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium.ts';

// Only for `npm run bench`: the runner (tests/bench/run.ts) starts the preview and passes its address.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../../bench/test-results',
  workers: 1,
  retries: 0,
  reporter: [['line']],
  timeout: 10 * 60_000,
  use: {
    baseURL: process.env['BENCH_BASE_URL'] ?? 'http://127.0.0.1:4343',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) },
  },
});
