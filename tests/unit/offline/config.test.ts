import { describe, expect, test } from 'vitest';
import { offlineEnabled, SERVICE_WORKER_URL } from '../../../src/lib/offline/config';

describe('offlineEnabled', () => {
  test('is on when OFFLINE is not set or says anything but off', () => {
    for (const value of [undefined, '', '1', 'true', 'yes', 'on']) expect(offlineEnabled(value), String(value)).toBe(true);
  });

  test('is off for 0, false, off, no and nein, in any case and with spaces', () => {
    for (const value of ['0', 'false', 'FALSE', ' off ', 'no', 'Nein']) expect(offlineEnabled(value), value).toBe(false);
  });
});

test('the service worker sits at the root, so its scope is the whole site', () => {
  expect(SERVICE_WORKER_URL).toBe('/sw.js');
});
