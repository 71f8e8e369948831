import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './tests/support/chromium';
const port = Number(process.env.TEST_PORT ?? 4327);

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-DE',
    // Every page registers the offline worker, which precaches the whole site (about 1.4 MB) in
    // the background: in every fresh test context that would be paid again. Only the offline
    // tests (offline.spec.ts) let it run.
    serviceWorkers: 'block',
    timezoneId: 'Europe/Berlin',
    launchOptions: {
      // Debian's Chromium by default (CHROMIUM_PATH elsewhere); Playwright sets headless itself.
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless')),
    },
  },
  webServer: {
    // Serves the production build made by `npm run build` just before.
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
