/**
 * Lighthouse in its default (mobile) configuration against pages of a running preview,
 * in Debian's Chromium launched by chrome-launcher.
 */
import lighthouse from 'lighthouse';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseFigures {
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Largest Contentful Paint, ms (simulated slow 4G, mid-range phone). */
  lcpMs: number | null;
  /** Total Blocking Time, ms. */
  tbtMs: number | null;
  /** Cumulative Layout Shift, unitless. */
  cls: number | null;
  /** Every audit that cost points: `category: audit-id (score)`, so the report says what to fix. */
  failing: string[];
  /** Audits that fail by design, with the reason (the 404 page's noindex fails `is-crawlable`). */
  intended: string[];
  /** Lighthouse's own warnings for the run, e.g. a page that redirected. */
  warnings: string[];
}

/** Starts Chromium for Lighthouse; stop it with `chrome.kill()`. */
export function launchChromium(): Promise<LaunchedChrome> {
  return launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
}

/** The Chromium version string, e.g. `Chromium 156.0.8078.79`, read from the running browser. */
export async function chromiumVersion(chrome: LaunchedChrome): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${chrome.port}/json/version`);
  const info = (await response.json()) as { Browser?: string };
  return (info.Browser ?? 'unknown').replace('HeadlessChrome', 'Chromium').replace('/', ' ');
}

const score = (s: number | null | undefined) => (typeof s === 'number' ? Math.round(s * 100) : null);

/**
 * Runs Lighthouse once against `url` (a page of the preview) in the Chromium on `port`.
 * `noindex`: the page is meant to stay out of search results, so a failing `is-crawlable` is intended.
 */
export async function auditPage(url: string, port: number, { noindex = false } = {}): Promise<LighthouseFigures> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    return typeof value === 'number' ? value : null;
  };
  const failing: string[] = [];
  const intended: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!(ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1)) continue;
      if (noindex && ref.id === 'is-crawlable') intended.push(`${category}: ${ref.id} (${audit.score}) – the page carries noindex on purpose`);
      else failing.push(`${category}: ${ref.id} (${audit.score})`);
    }
  }
  return {
    path: `${new URL(url).pathname}${new URL(url).search}`,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr.categories[c]?.score)])) as Record<Category, number | null>,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failing,
    intended,
    warnings: lhr.runWarnings,
  };
}
