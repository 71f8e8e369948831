/**
 * Measures a tool page with a large stored state in Chromium: how long until it is interactive,
 * how long one edit takes to reach the screen, and how many bytes the state takes in localStorage.
 * Generic over the tool: the caller passes how to plant the data and how to make one edit.
 */
import type { Browser, Page } from '@playwright/test';

/** Plants the stored state before the page loads, typically with `page.addInitScript`. */
export type SeedFn = (page: Page) => Promise<void>;
/** Makes one edit through the UI (click, type …) and resolves once its result is visible. */
export type EditFn = (page: Page) => Promise<void>;

export interface AtScaleRun {
  /** Navigation start → every island hydrated. */
  hydratedMs: number;
  /** Navigation start → first frame after the last DOM change that followed hydration (the stored data on screen). */
  interactiveMs: number;
  /** Sum of long tasks (> 50 ms) during load: how long the main thread was blocked. */
  longTasksMs: number;
  /** First input event of the edit → first frame after the last DOM change it caused. */
  editMs: number;
  /** `nk:` keys and values in localStorage after the edit, in UTF-8 bytes and UTF-16 code units (what the quota counts). */
  storedBytes: number;
  storedChars: number;
}

export interface AtScaleFigures {
  path: string;
  runs: AtScaleRun[];
  median: AtScaleRun;
}

/** A SeedFn that writes `entries` (localStorage key → raw stored text) before any script of the page runs. */
export function plantStorage(entries: Record<string, string>): SeedFn {
  return async (page) => {
    await page.addInitScript((e: Record<string, string>) => {
      for (const [key, value] of Object.entries(e)) localStorage.setItem(key, value);
    }, entries);
  };
}

/** How long the DOM must stay unchanged before a phase (load, edit) counts as finished. */
const QUIET_MS = 500;

/**
 * Runs in the page before its own scripts: notes when islands hydrate (Astro removes their `ssr`
 * attribute), the frame after each DOM change, input events of an armed edit, and long tasks.
 */
function instrument(): void {
  type Bench = {
    phase: 'load' | 'edit';
    hydratedAt: number | null;
    lastChange: number;
    lastFrame: number;
    editStart: number | null;
    longTasks: number;
  };
  const b: Bench = { phase: 'load', hydratedAt: null, lastChange: 0, lastFrame: 0, editStart: null, longTasks: 0 };
  (window as unknown as { __nkBench: Bench }).__nkBench = b;
  const onChange = () => {
    if (b.hydratedAt === null) {
      const islands = document.querySelectorAll('astro-island');
      if (islands.length > 0 && [...islands].every((i) => !i.hasAttribute('ssr'))) b.hydratedAt = performance.now();
    }
    if (b.hydratedAt === null || (b.phase === 'edit' && b.editStart === null)) return;
    b.lastChange = performance.now();
    requestAnimationFrame(() => {
      b.lastFrame = performance.now();
    });
  };
  new MutationObserver(onChange).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'input', 'change', 'click']) {
    addEventListener(type, (e) => {
      if (b.phase === 'edit' && b.editStart === null) b.editStart = e.timeStamp;
    }, true);
  }
  try {
    new PerformanceObserver((list) => {
      if (b.phase === 'load') for (const entry of list.getEntries()) b.longTasks += entry.duration;
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing in this browser: longTasksMs stays 0
  }
}

type BenchState = { hydratedAt: number | null; lastChange: number; lastFrame: number; editStart: number | null; longTasks: number };
const state = (page: Page) => page.evaluate(() => (window as unknown as { __nkBench: BenchState }).__nkBench);

/** Waits until the DOM has been quiet for QUIET_MS and the frame after the last change has been drawn. */
async function settle(page: Page, timeoutMs = 60_000): Promise<BenchState> {
  const start = Date.now();
  for (;;) {
    const s = await state(page);
    const now = await page.evaluate(() => performance.now());
    if (s.hydratedAt !== null && now - Math.max(s.lastChange, s.hydratedAt) >= QUIET_MS && s.lastFrame >= s.lastChange) return s;
    if (Date.now() - start > timeoutMs) throw new Error(`page did not settle within ${timeoutMs} ms (hydrated: ${s.hydratedAt !== null})`);
    await page.waitForTimeout(100);
  }
}

/**
 * One measurement on a fresh page: plant the data, load `path`, wait until the page shows the data
 * (`ready`) and is quiet, make one edit, and read what is stored.
 */
export async function measureOnce(page: Page, seed: SeedFn, edit: EditFn, path: string, ready?: EditFn): Promise<AtScaleRun> {
  await page.addInitScript(instrument);
  await seed(page);
  await page.goto(path, { waitUntil: 'load' });
  // A page that reads its data after hydrating (a planner in shards) is quiet for a moment before it shows it.
  await ready?.(page);
  const loaded = await settle(page);

  await page.evaluate(() => {
    (window as unknown as { __nkBench: { phase: string } }).__nkBench.phase = 'edit';
  });
  const before = Date.now();
  await edit(page);
  const wallMs = Date.now() - before;
  const edited = await settle(page);
  const editMs = edited.editStart !== null && edited.lastChange > edited.editStart ? edited.lastFrame - edited.editStart : wallMs;

  const stored = await page.evaluate(() => {
    let chars = 0;
    let bytes = 0;
    const encoder = new TextEncoder();
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (!key.startsWith('nk:')) continue;
      const text = key + (localStorage.getItem(key) ?? '');
      chars += text.length;
      bytes += encoder.encode(text).length;
    }
    return { chars, bytes };
  });
  return {
    hydratedMs: loaded.hydratedAt!,
    interactiveMs: Math.max(loaded.lastFrame, loaded.hydratedAt!),
    longTasksMs: loaded.longTasks,
    editMs,
    storedBytes: stored.bytes,
    storedChars: stored.chars,
  };
}

/** The median of each figure over the runs. */
export function medianRun(runs: readonly AtScaleRun[]): AtScaleRun {
  if (runs.length === 0) throw new Error('no runs to take a median of');
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const keys = Object.keys(runs[0]!) as (keyof AtScaleRun)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as AtScaleRun;
}

/** `runs` measurements, each in a fresh browser context (so nothing is cached or stored from before). */
export async function measureAtScale(browser: Browser, baseURL: string, path: string, seed: SeedFn, edit: EditFn, runs = 5, ready?: EditFn): Promise<AtScaleFigures> {
  const results: AtScaleRun[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ baseURL, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    try {
      results.push(await measureOnce(await context.newPage(), seed, edit, path, ready));
    } finally {
      await context.close();
    }
  }
  return { path, runs: results, median: medianRun(results) };
}

/** How much localStorage Chromium grants one origin, measured by filling it. */
export interface QuotaFigures {
  /** The longest value (plus its key) of ASCII characters one origin could store, in UTF-16 code units. */
  asciiChars: number;
  /** The same with a character outside Latin-1 („ı“): what the quota counts for text such as „Yılmaz“. */
  wideChars: number;
  /** What was refused one character later (the error's name). */
  error: string;
}

/**
 * Fills localStorage of the page's origin with one key until it refuses, by bisection, for ASCII and
 * for a non-Latin-1 character (Chromium may store Latin-1 text in one byte per character). Leaves the
 * storage empty.
 */
export async function measureQuota(page: Page, path: string): Promise<QuotaFigures> {
  await page.goto(path);
  return page.evaluate(() => {
    const key = 'nk:quota-probe';
    let error = '';
    const fits = (ch: string, n: number) => {
      try {
        localStorage.setItem(key, ch.repeat(n));
        return true;
      } catch (e) {
        error = e instanceof Error ? e.name : String(e);
        return false;
      } finally {
        localStorage.removeItem(key);
      }
    };
    const largest = (ch: string) => {
      localStorage.clear();
      let lo = 0;
      let hi = 1;
      while (fits(ch, hi)) hi *= 2;
      lo = hi / 2;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (fits(ch, mid)) lo = mid;
        else hi = mid;
      }
      return lo + key.length;
    };
    const asciiChars = largest('a');
    const wideChars = largest('ı');
    localStorage.clear();
    return { asciiChars, wideChars, error };
  });
}

/** Whether `entries` fit into the origin's localStorage; the quota error and the size when not. */
export async function fitsStorage(page: Page, path: string, entries: Record<string, string>): Promise<{ ok: true } | { ok: false; error: string; chars: number; utf8Bytes: number }> {
  await page.goto(path);
  return page.evaluate((e: Record<string, string>) => {
    localStorage.clear();
    let chars = 0;
    let utf8Bytes = 0;
    const encoder = new TextEncoder();
    for (const [key, value] of Object.entries(e)) {
      chars += key.length + value.length;
      utf8Bytes += encoder.encode(key + value).length;
    }
    try {
      for (const [key, value] of Object.entries(e)) localStorage.setItem(key, value);
      return { ok: true as const };
    } catch (error) {
      return { ok: false as const, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), chars, utf8Bytes };
    } finally {
      localStorage.clear();
    }
  }, entries);
}

/** One size of the contacts-at-scale run: its figures, or why it could not be stored. */
export type SizeFigures =
  | { contacts: number; interactionsPerContact: number; figures: AtScaleFigures }
  | { contacts: number; interactionsPerContact: number; quotaError: string; neededChars: number; neededUtf16Bytes: number; neededUtf8Bytes: number };

/** What tests/bench/planner-at-scale.bench.ts writes. */
export interface ContactsAtScaleFigures {
  path: string;
  runs: number;
  actions: number;
  quota: QuotaFigures;
  sizes: SizeFigures[];
  /** A generated LinkedIn Connections.csv through the import in the page (in-page times). */
  importInPage: { rows: number; fileBytes: number; previewMs: number; importMs: number; storedContacts: number };
}
