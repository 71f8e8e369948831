/** Debian's Chromium, as the browser tests and the benchmark launch it (Playwright, and Lighthouse via chrome-launcher). */

/** Set CHROMIUM_PATH where Chromium is not /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a headless machine without network beyond loopback. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
