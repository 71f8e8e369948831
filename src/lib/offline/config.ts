/**
 * The offline mode's switches, shared by the build (which writes the service worker) and the page
 * (which registers it). Pure: no DOM, no Node.
 */

/** The service worker's address; its scope is the whole site. */
export const SERVICE_WORKER_URL = '/sw.js';

/** The message a waiting worker understands as „take over now“ (Workbox's `generateSW` listens for it). */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const;

const OFF = new Set(['0', 'false', 'off', 'no', 'nein']);

/**
 * Whether a build ships the offline mode, from the `OFFLINE` environment variable: on unless it
 * says `0`, `false`, `off` or `no`.
 * @example offlineEnabled(undefined) // true
 * @example offlineEnabled('0') // false
 */
export function offlineEnabled(value: string | undefined): boolean {
  return value === undefined || !OFF.has(value.trim().toLowerCase());
}
