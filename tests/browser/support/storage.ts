/** Helpers to plant and read the browser's localStorage in browser tests. */
import type { BrowserContext, Page } from '@playwright/test';
import type { PlannerData } from '../../../src/lib/planner/planner-schema';

/**
 * Puts `entries` into localStorage before the site's scripts run, once per tab (a reload does not
 * plant them again, so deletions stay deleted).
 */
export async function plantStorage(target: Page | BrowserContext, entries: Record<string, string>): Promise<void> {
  await target.addInitScript((values) => {
    if (sessionStorage.getItem('test:planted')) return;
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    sessionStorage.setItem('test:planted', '1');
  }, entries);
}

/**
 * Before the site's scripts run: stores `planner` under `nk:planer`, then fills storage to its last
 * character with `fuell:<n>` keys (removing `fuell:0` frees a megabyte again). `once`: per tab (a
 * reload does not fill again), or per context (only while `nk:planer` is empty, so a second tab of
 * the context finds what the first one left).
 */
export async function plantInFullStorage(page: Page, planner: string, once: 'tab' | 'context'): Promise<void> {
  await page.addInitScript(([text, perTab]) => {
    if (perTab ? sessionStorage.getItem('test:filled') : localStorage.getItem('nk:planer')) return;
    localStorage.setItem('nk:planer', text);
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 4)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`fuell:${n++}`, chunk);
        } catch {
          break;
        }
      }
    }
    sessionStorage.setItem('test:filled', '1');
  }, [planner, once === 'tab'] as const);
}

/** Everything in localStorage, sorted by key. */
export async function readStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)!])));
}

/** The keys of ours (nk:…) in localStorage. */
export async function ourKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('nk:')).sort());
}

/** A stored envelope as the site writes it. */
export function envelope(v: number, rev: number, data: unknown, at = '2026-02-01T08:00:00.000Z'): string {
  return JSON.stringify({ v, rev, at, data });
}

/** A backup file's text. */
export function backupFile(records: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'netzwerk-kompass-backup', formatVersion: 1, exportedAt: '2026-02-01T08:00:00.000Z', records, ...extra });
}

/** Today as „1. März 2026“ in the tests' time zone. */
export function todayDe(): string {
  return new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date());
}

/**
 * The planner's whole stored text as the site reads it back: `nk:planer` with the contacts of its
 * shards put back in (schema version 4 keeps them under keys of their own), by the site's own code.
 * Null while nothing is stored.
 */
export async function storedPlannerText(page: Page): Promise<string | null> {
  const { assembleShardedMain, readShardedMain } = await import('../../../src/lib/storage/shards');
  const { shardCodec } = await import('../../../src/lib/storage/shard-codec');
  const items = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('nk:planer')).map((k) => [k, localStorage.getItem(k)!])));
  const main = items['nk:planer'];
  if (main === undefined) return null;
  const sharded = readShardedMain(main);
  const whole = sharded && assembleShardedMain(sharded, (key: string) => items[key] ?? null, shardCodec);
  if (typeof whole === 'symbol') throw new Error('unreachable: the codec is given');
  return sharded ? whole : main;
}

/** The planner's stored data with its contacts (see `storedPlannerText`), or null. */
export async function storedPlannerData(page: Page): Promise<PlannerData | null> {
  const text = await storedPlannerText(page);
  return text === null ? null : (JSON.parse(text) as { data: PlannerData }).data;
}
