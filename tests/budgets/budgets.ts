/**
 * The site's byte budgets, which pages they apply to, and the report printed on every run.
 * Readers come on phones and slow connections: a guide page must arrive in one round trip
 * (about 14 KB after gzip) and need no script to be read; a tool page may bring its own small bundle.
 *
 * One script is counted apart on every page: the service worker's registration (offline mode). It
 * is a deferred module that waits for `load`, adds nothing to what the page shows and may fail or
 * be blocked without harm (tests/browser/offline.spec.ts), so a guide page that loads it still needs
 * no JavaScript to be read. It has a budget of its own.
 */
import type { ToolId } from '../../src/lib/site/tools.ts';
import type { Asset, LazyAsset, PageMeasure, SiteMeasure } from './measure.ts';

export const KB = 1024;

/** HTML plus CSS, gzip, that a guide page may need for first render: one TCP round trip (10 packets). */
export const GUIDE_HTML_CSS_GZIP = 14 * KB;

/**
 * JavaScript, gzip, that each tool page may load, Preact included. Every tool page carries the
 * shared runtime (Preact, stores, persistence); since the write model across tabs (2026-12, issue
 * #10: changes wait for a Web Lock, revision beacons, writes before a page goes away) and the lazy
 * parts that say when they cannot be loaded, it is about 0.5 KB larger on every page, which the
 * budgets of the Selbsttest and of „Meine Daten“ carry. Since contacts at scale (2026-12, issue #13:
 * a large planner kept in shards, src/lib/storage/shards.ts) it is about 1 KB larger again: what
 * every page needs to know of shards – which keys are shards, that a planner in shards is read once
 * their code is there, writing a value's shards and removing the old ones, counting a list by its
 * shards – while the code that reads, checks and packs them (`sharded-list`, ~6.5 KB with fflate)
 * loads only where a planner is that large (DEFERRED_ON_TOOL_PAGES).
 * The Selbsttest: 20 KB until the data-driven questionnaire and the dictionaries (issue #9), which
 * the backup reminder's lazy loading (loads once something is stored) paid back in full (20,108 B
 * before the write model); 21 KB since the write model; 22 KB since shards.
 */
export const TOOL_JS_GZIP: Readonly<Record<ToolId, number>> = {
  selbsttest: 22 * KB,
  /**
   * 22 KB since the fit score judges like a coach (2026-12, issue #12): the editor
   * (/netzwerk-check/bearbeiten/), the fuller page, needs candidates schema v2 with its migration and
   * the form's checks to draw the form, plus the inline „Abbrechen“ question and the write model
   * (issue #10). The list stays near 21 KB: its cards, the weights and the comparison load once a
   * network is stored (CheckParts, DEFERRED_AFTER_LOAD), the backup reminder once anything is.
   * 23 KB since shards (issue #13, see above).
   */
  'netzwerk-check': 23 * KB,
  /**
   * 21 KB since the write model (issue #10, see above); 20 KB before. 22 KB since shards (issue #13):
   * the runtime's part, and the overview counting a planner in shards with their size.
   */
  daten: 22 * KB,
  /**
   * 26 KB since the contacts page carries what a real address book needs (2026-12, issues #10 and
   * #13): a search over every field of a contact, a clear message with „Erneut versuchen“ when the
   * import, the filters, the forms or the map cannot be loaded, „Rückgängig“ for a deleted contact,
   * the offer to keep a contact another tab deleted while it was open here, and the write model.
   * The filters and the contact forms load when opened; the other planner pages stay under 25 KB.
   * 27 KB since 10,000 contacts (issue #13): the runtime's part of shards (see above), and the list,
   * the due list and the map keeping what they work out per contact, so that an edit among 10,000
   * contacts works out one again (names sorted by ranks, `textRanks`).
   */
  planer: 27 * KB,
  /**
   * 25 KB again since the plan's first load is its first page (2026-12, issue #14): „Auf einen Blick“
   * and the toolbar render at once; the Netzwerkkarte, the parts after page 1, the networks' fit
   * ranking, the profile and the page estimate come in one lazy module right after load
   * (DEFERRED_AFTER_LOAD). Since page-bundles.ts builds with `preserveEntrySignatures:
   * 'allow-extension'`, modules that part shares with the page are exported by the page bundle
   * instead of becoming a third file, so going lazy costs no extra first-load bytes.
   * 27 KB since 10,000 contacts (issue #13): the runtime's part of shards and the contact lists'
   * per-contact work (see `planer`), which the plan's first page shares.
   */
  plan: 27 * KB,
};

/**
 * Lazy modules a page fetches right after it is usable, without any action by the reader, once
 * the reader has data: they are not in the first-load budget, so each is named here with its cap
 * and why, and nothing else may load that way (tests/browser/budgets.spec.ts, with a stored planner).
 * The network check's list draws its cards, the weights and the comparison once a network is
 * stored (NetzwerkCheck: `useLazy` on `count > 0`; the module is there on every build, so it is named).
 * The contacts page draws the Netzwerkkarte once contacts exist (ContactsSection: `useLazy` on
 * `contacts.length > 0`), after the list and the due list are on screen.
 * The plan loads the rest of itself (PlanRest: the first page's Netzwerkkarte, every part after page
 * 1, the timeline, the worksheet, the fit ranking and the page estimate) when the browser is first
 * idle after the first page is drawn, at the latest after 1.5 s, with or without data (the blank
 * worksheet is in it too): it must be there before the reader
 * prints with Ctrl+P, because `beforeprint` cannot wait for a module (PlanApp's `useIdle`).
 * „Meine Daten“ loads its backup code (with the schemas) as soon as anything of ours is stored: its
 * first look at storage puts aside every value a tool could not read, before an import, a restore or
 * a delete can replace it (`inspect` in src/stores/daten.ts; issue #10, case 6).
 */
/** A lazy module a page may fetch after load, with its cap; `onlyWithLargeData`: not with the small data of the budget tests. */
export interface Deferred {
  module: RegExp;
  maxGzip: number;
  onlyWithLargeData?: true;
}

export const DEFERRED_AFTER_LOAD: Readonly<Record<string, readonly Deferred[]>> = {
  '/netzwerk-check/': [{ module: /^\/_astro\/CheckParts\.[\w-]+\.js$/, maxGzip: 7 * KB }],
  '/planer/kontakte/': [{ module: /^\/_astro\/NetworkMap\.[\w-]+\.js$/, maxGzip: 5 * KB }],
  '/plan/': [{ module: /^\/_astro\/PlanRest\.[\w-]+\.js$/, maxGzip: 11 * KB }],
  '/daten/': [{ module: /^\/_astro\/daten-backup\.[\w-]+\.js$/, maxGzip: 9 * KB }],
};

/**
 * Lazy modules any tool page may fetch right after load once the reader has stored something,
 * capped like DEFERRED_AFTER_LOAD but not required on every page (an empty visit never loads them).
 * - The backup reminder's rules and markup (`BackupReminderBody`): a first visit has nothing to back
 *   up, so the shell in the first load (`BackupReminder`) only watches whether anything is stored.
 * - The write lock across tabs (`write-lock`), loaded with the first change a page writes (a
 *   visit that only reads never needs it); with stored data that can be right after load, when
 *   the backup reminder notes the first entry.
 * - The code for shards (`sharded-list`), loaded where a large planner is stored (issue #13).
 */
export const DEFERRED_ON_TOOL_PAGES: readonly Deferred[] = [
  { module: /^\/_astro\/BackupReminderBody\.[\w-]+\.js$/, maxGzip: 2 * KB },
  // 1 KB until 2026-12; telling a tab that another tab's write replaced a field it had just changed (issue #10) added about 90 B.
  { module: /^\/_astro\/write-lock\.[\w-]+\.js$/, maxGzip: 1.25 * KB },
  // The code for shards (issue #13): reading, checking and packing a large planner's shards, fflate's
  // deflate and inflate with it (~4.3 KB). Loaded only where a planner of some 350 contacts or more is
  // stored, before the page shows its contacts (tests/browser/contacts-shards.spec.ts checks both ways).
  { module: /^\/_astro\/sharded-list\.[\w-]+\.js$/, maxGzip: 7 * KB, onlyWithLargeData: true },
];

/** Every lazy module a page may fetch after load without the reader's action: its own (DEFERRED_AFTER_LOAD) and, on tool pages, DEFERRED_ON_TOOL_PAGES. */
export function deferredAfterLoad(path: string): readonly Deferred[] {
  return [...(DEFERRED_AFTER_LOAD[path] ?? []), ...(budgetFor(path).kind === 'tool' ? DEFERRED_ON_TOOL_PAGES : [])];
}

/** JavaScript, gzip, the search page (`/suche/`) may load before the first query; Pagefind itself loads with the query. */
export const SEARCH_JS_GZIP = 20 * KB;

/** The service worker's registration script, gzip, counted apart from each page's own JavaScript. */
export const SW_REGISTRATION_JS_GZIP = 1 * KB;

/** The registration script as Astro names it: the script of src/components/ServiceWorkerRegistration.astro. */
export const SW_REGISTRATION_SCRIPT = /^\/_astro\/ServiceWorkerRegistration\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

/** The first path segment of the search page. */
const SEARCH_SEGMENT = 'suche';

/** All web fonts in dist together, raw bytes. */
export const FONTS_TOTAL = 30 * KB;

export type Budget =
  | { kind: 'guide'; maxJsGzip: 0; maxHtmlCssGzip: number }
  | { kind: 'tool'; tool: ToolId; maxJsGzip: number }
  | { kind: 'search'; maxJsGzip: number };

const isTool = (segment: string): segment is ToolId => Object.hasOwn(TOOL_JS_GZIP, segment);

/**
 * The budget of a page, by its path: a tool's page and anything below it belongs to that tool;
 * every other page (start page, guide, privacy, 404, and any page still to come) is held to the guide budget.
 * @example budgetFor('/planer/') // { kind: 'tool', tool: 'planer', maxJsGzip: 26624 }
 * @example budgetFor('/ratgeber/kontakte-pflegen/') // { kind: 'guide', maxJsGzip: 0, maxHtmlCssGzip: 14336 }
 * @example budgetFor('/suche/') // { kind: 'search', maxJsGzip: 20480 }
 */
export function budgetFor(path: string): Budget {
  const first = path.split('/').filter(Boolean)[0] ?? '';
  if (first === SEARCH_SEGMENT) return { kind: 'search', maxJsGzip: SEARCH_JS_GZIP };
  return isTool(first)
    ? { kind: 'tool', tool: first, maxJsGzip: TOOL_JS_GZIP[first] }
    : { kind: 'guide', maxJsGzip: 0, maxHtmlCssGzip: GUIDE_HTML_CSS_GZIP };
}

/**
 * A page's scripts split into its own (what its budget counts) and the service worker's
 * registration (counted on its own budget).
 */
export function pageScripts(page: PageMeasure): { own: Asset[]; registration: Asset[]; ownGzip: number } {
  const registration = page.js.files.filter((f) => SW_REGISTRATION_SCRIPT.test(f.url));
  const own = page.js.files.filter((f) => !SW_REGISTRATION_SCRIPT.test(f.url));
  return { own, registration, ownGzip: page.js.total.gzip - registration.reduce((n, f) => n + f.gzip, 0) };
}

const bytes = (n: number) => n.toLocaleString('en-US');

/** What loading a lazy module costs: itself and the lazy chunks it imports (a chunk it shares with another lazy part of the page). */
export function deferredGzip(page: PageMeasure, module: LazyAsset): number {
  return module.gzip + page.js.lazy.filter((f) => module.statics.includes(f.url)).reduce((n, f) => n + f.gzip, 0);
}

/**
 * Every way the site breaks its budgets, one readable line each; empty when all is well.
 */
export function findViolations(site: SiteMeasure): string[] {
  const problems: string[] = [];
  const registrations = new Map<string, Asset>();
  for (const page of site.pages) {
    const budget = budgetFor(page.path);
    const where = `${page.path} (${page.file})`;
    const { own, registration, ownGzip } = pageScripts(page);
    for (const r of registration) registrations.set(r.url, r);
    if (budget.kind === 'guide') {
      const scripts = page.js.inlineCount + own.length;
      if (scripts > 0 || ownGzip > 0) {
        problems.push(`${where}: guide pages need no JavaScript, this one loads ${scripts} script(s) besides the service worker's registration, ${bytes(ownGzip)} B gzip (${[...own.map((f) => f.url), ...(page.js.inlineCount ? [`${page.js.inlineCount} inline`] : [])].join(', ')})`);
      }
      if (page.htmlCss.gzip > budget.maxHtmlCssGzip) {
        problems.push(`${where}: HTML + CSS is ${bytes(page.htmlCss.gzip)} B gzip, over the budget of ${bytes(budget.maxHtmlCssGzip)} B for first render`);
      }
    } else {
      if (ownGzip > budget.maxJsGzip) {
        const files = own.map((f) => `${f.url} ${bytes(f.gzip)}`).join(', ');
        problems.push(`${where}: JavaScript is ${bytes(ownGzip)} B gzip, over the ${budget.kind === 'tool' ? budget.tool : 'search'} budget of ${bytes(budget.maxJsGzip)} B (${files})`);
      }
    }
    for (const d of deferredAfterLoad(page.path)) {
      const found = page.js.lazy.filter((f) => d.module.test(f.url));
      if (found.length === 0 && !DEFERRED_ON_TOOL_PAGES.includes(d)) problems.push(`${where}: DEFERRED_AFTER_LOAD names ${d.module}, which is not among the page's lazy modules`);
      for (const f of found) {
        const gzip = deferredGzip(page, f);
        if (gzip > d.maxGzip) problems.push(`${where}: ${f.url} loads after the page is usable and is ${bytes(gzip)} B gzip with the chunks it imports, over its cap of ${bytes(d.maxGzip)} B`);
      }
    }
    for (const img of page.imagesWithoutSize) problems.push(`${where}: image without width and height: ${img}`);
    for (const name of page.frameworks) problems.push(`${where}: CSS contains ${name} framework code; the site uses no CSS framework`);
    for (const m of page.missing) problems.push(`${where}: loads ${m}, which is not in dist`);
    for (const f of page.foreign) problems.push(`${where}: loads ${f} from another origin`);
  }
  const fontTotal = site.fonts.reduce((n, f) => n + f.raw, 0);
  if (fontTotal > FONTS_TOTAL) {
    problems.push(`web fonts total ${bytes(fontTotal)} B, over the budget of ${bytes(FONTS_TOTAL)} B (${site.fonts.map((f) => `${f.source} ${bytes(f.raw)}`).join(', ')})`);
  }
  for (const r of registrations.values()) {
    if (r.gzip > SW_REGISTRATION_JS_GZIP) problems.push(`${r.url}: the service worker's registration is ${bytes(r.gzip)} B gzip, over its budget of ${bytes(SW_REGISTRATION_JS_GZIP)} B`);
  }
  for (const p of site.sitemapWithoutFile) problems.push(`${p}: listed in the sitemap, but dist has no page for it`);
  return problems;
}

/** How much of its budget a page uses, e.g. `JS 12,345 / 20,480 (60 %)`. */
export function budgetUse(page: PageMeasure): { text: string; over: boolean } {
  const budget = budgetFor(page.path);
  const { own, ownGzip } = pageScripts(page);
  const [used, max, what] = budget.kind === 'guide' ? [page.htmlCss.gzip, budget.maxHtmlCssGzip, 'HTML+CSS'] : [ownGzip, budget.maxJsGzip, 'JS'];
  const jsOver = budget.kind === 'guide' && ownGzip + own.length + page.js.inlineCount > 0;
  return { text: `${what} ${bytes(used)} / ${bytes(max)} (${Math.round((used / max) * 100)} %)${jsOver ? ' + JS!' : ''}`, over: used > max || jsOver };
}

/**
 * The table printed on every run: each page's bytes, raw and gzip, and how much of its budget it uses.
 * CSS counts inline `<style>` (already inside the HTML bytes) plus linked stylesheets; JS counts inline
 * scripts plus every file loaded for first render, except the service worker's registration, which
 * has a column of its own ("SW reg gz"); "lazy" are modules only reached through `import(…)`.
 */
export function formatTable(site: SiteMeasure): string {
  const head = ['page', 'kind', 'HTML raw', 'HTML gz', 'CSS raw', 'CSS gz', 'JS raw', 'JS gz', 'lazy JS gz', 'SW reg gz', 'budget (gzip bytes)', ''];
  const rows = site.pages.map((p) => {
    const budget = budgetFor(p.path);
    const use = budgetUse(p);
    const lazy = p.js.lazy.reduce((n, f) => n + f.gzip, 0);
    const { registration, ownGzip } = pageScripts(p);
    const reg = registration.reduce((n, f) => ({ raw: n.raw + f.raw, gzip: n.gzip + f.gzip }), { raw: 0, gzip: 0 });
    return [
      p.path, budget.kind === 'tool' ? budget.tool : budget.kind,
      bytes(p.html.raw), bytes(p.html.gzip), bytes(p.css.total.raw), bytes(p.css.total.gzip),
      bytes(p.js.total.raw - reg.raw), bytes(ownGzip), lazy ? bytes(lazy) : '–', reg.gzip ? bytes(reg.gzip) : '–', use.text, use.over ? 'OVER' : 'ok',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = (i: number) => i >= 2 && i <= 9;
  const line = (cells: string[]) => cells.map((c, i) => (numeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const fontTotal = site.fonts.reduce((n, f) => n + f.raw, 0);
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `web fonts: ${site.fonts.length} file(s), ${bytes(fontTotal)} B of ${bytes(FONTS_TOTAL)} B`,
    `service worker registration (SW reg gz, on every page, not in the pages' JS): ${[...new Set(site.pages.flatMap((p) => pageScripts(p).registration.map((f) => `${bytes(f.gzip)} B`)))].join(', ') || 'none'} of ${bytes(SW_REGISTRATION_JS_GZIP)} B`,
  ].join('\n');
}
