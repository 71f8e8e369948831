import { fileURLToPath } from 'node:url';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import base from '../../playwright.config';

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, { command: string }>;

// The planner benchmark: `npx astro build && TEST_PORT=4332 npx playwright test -c tests/benchmark`.
// Not part of `npm test`: it reports figures and asserts no timings.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  timeout: 180_000,
  webServer: { ...(base.webServer as WebServer), cwd: fileURLToPath(new URL('../..', import.meta.url)) },
});
