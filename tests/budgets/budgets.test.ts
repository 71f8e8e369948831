import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { TOOL_IDS } from '../../src/lib/site/tools';
import { GUIDE_HTML_CSS_GZIP, SEARCH_JS_GZIP, SW_REGISTRATION_JS_GZIP, TOOL_JS_GZIP, budgetFor, deferredAfterLoad, findViolations, formatTable, pageScripts } from './budgets.ts';
import { measureSite } from './measure.ts';
import { incompressible, page, sitemap, writeDist } from './temp-dist.ts';

const dists: string[] = [];
function site(files: Record<string, string | Buffer>) {
  const d = writeDist(files);
  dists.push(d);
  return measureSite(d);
}
afterEach(() => {
  for (const d of dists.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A tool page whose island loads `kb` KB of JavaScript that gzip cannot shrink. */
function toolPage(path: string, kb: number): Record<string, string> {
  const island = `<astro-island uid="a" component-url="/_astro${path}Tool.js" renderer-url="/_astro/client.js" ssr client="load"><p>SSR</p></astro-island>`;
  return {
    [`${path.slice(1)}index.html`]: page({ body: island }),
    [`_astro${path}Tool.js`]: `import"./../shared.js";export default ()=>"${incompressible(kb * 1024)}";`,
    '_astro/client.js': 'import"./shared.js";export default ()=>{};',
    '_astro/shared.js': 'export const preact=1;',
  };
}

/** The service worker's registration as the build names it, `kb` KB that gzip cannot shrink. */
const REGISTRATION = '/_astro/ServiceWorkerRegistration.astro_astro_type_script_index_0_lang.Ab12-x_Z.js';
const registration = (kb = 0.3) => ({ [REGISTRATION.slice(1)]: `navigator.serviceWorker;"${incompressible(kb * 1024)}";` });
const withRegistration = (body = '') => page({ body: `${body}<script type="module" src="${REGISTRATION}"></script>` });

const guideSite = { 'index.html': page(), '404.html': page(), 'ratgeber/index.html': page(), 'datenschutz/index.html': page(), 'sitemap-0.xml': sitemap(['/', '/ratgeber/', '/datenschutz/']) };

describe('budgetFor', () => {
  test('gives each tool page and the pages below it that tool’s JavaScript budget', () => {
    expect(budgetFor('/selbsttest/')).toEqual({ kind: 'tool', tool: 'selbsttest', maxJsGzip: 22 * 1024 });
    expect(budgetFor('/netzwerk-check/')).toMatchObject({ maxJsGzip: 23 * 1024 });
    expect(budgetFor('/daten/')).toMatchObject({ maxJsGzip: 22 * 1024 });
    expect(budgetFor('/planer/')).toMatchObject({ maxJsGzip: 27 * 1024 });
    expect(budgetFor('/plan/')).toMatchObject({ maxJsGzip: 27 * 1024 });
    for (const section of ['ziele', 'zielgruppen', 'kanaele', 'zeit', 'geben', 'aktionen', 'kontakte']) {
      expect(budgetFor(`/planer/${section}/`)).toEqual({ kind: 'tool', tool: 'planer', maxJsGzip: 27 * 1024 });
    }
  });

  test('holds the start page, the guide, the privacy page, the 404 page and unknown pages to the guide budget', () => {
    for (const path of ['/', '/ratgeber/', '/ratgeber/kontakte-pflegen/', '/datenschutz/', '/404.html', '/impressum/', '/planerin/']) {
      expect(budgetFor(path)).toEqual({ kind: 'guide', maxJsGzip: 0, maxHtmlCssGzip: 14_336 });
    }
  });

  test('gives the search page its own 20 KB JavaScript budget', () => {
    expect(budgetFor('/suche/')).toEqual({ kind: 'search', maxJsGzip: 20 * 1024 });
    expect(SEARCH_JS_GZIP).toBe(20_480);
  });

  test('has a budget for every tool the site knows', () => {
    expect(Object.keys(TOOL_JS_GZIP).sort()).toEqual([...TOOL_IDS].sort());
  });
});

describe('findViolations', () => {
  test('finds nothing wrong with small guide pages and a tool page within its budget', () => {
    expect(findViolations(site({ ...guideSite, ...toolPage('/selbsttest/', 10) }))).toEqual([]);
  });

  test('fails a guide page that loads any script, even a tiny inline one', () => {
    const problems = findViolations(site({ ...guideSite, 'datenschutz/index.html': page({ body: '<script>1</script>' }) }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/datenschutz\/ .*guide pages need no JavaScript, this one loads 1 script/);
  });

  test('lets a guide page load the service worker registration, and nothing else, because it needs no JavaScript to be read', () => {
    expect(findViolations(site({ ...guideSite, ...registration(), 'ratgeber/index.html': withRegistration() }))).toEqual([]);
    const problems = findViolations(site({ ...guideSite, ...registration(), '_astro/x.js': 'export{}', 'ratgeber/index.html': withRegistration('<script type="module" src="/_astro/x.js"></script>') }));
    expect(problems).toEqual([expect.stringMatching(/^\/ratgeber\/ .*guide pages need no JavaScript, this one loads 1 script\(s\) besides the service worker's registration.*\/_astro\/x\.js/)]);
  });

  test('holds the service worker registration to its own 1 KB budget', () => {
    expect(SW_REGISTRATION_JS_GZIP).toBe(1024);
    const problems = findViolations(site({ ...guideSite, ...registration(1.5), 'index.html': withRegistration(), 'ratgeber/index.html': withRegistration() }));
    expect(problems).toEqual([expect.stringMatching(/^\/_astro\/ServiceWorkerRegistration.* the service worker's registration is [\d,]+ B gzip, over its budget of 1,024 B$/)]);
  });

  test('counts the registration apart from a tool page’s own JavaScript', () => {
    const files: Record<string, string> = { ...guideSite, ...toolPage('/selbsttest/', 19.5), ...registration(0.9) };
    files['selbsttest/index.html'] = files['selbsttest/index.html']!.replace('</body>', `<script type="module" src="${REGISTRATION}"></script></body>`);
    const measured = site(files);
    const tool = measured.pages.find((p) => p.path === '/selbsttest/')!;
    const { own, registration: reg, ownGzip } = pageScripts(tool);
    expect(reg.map((f) => f.url)).toEqual([REGISTRATION]);
    expect(own.map((f) => f.url)).not.toContain(REGISTRATION);
    expect(ownGzip).toBe(tool.js.total.gzip - reg[0]!.gzip);
    expect(findViolations(measured)).toEqual([]);
  });

  test('fails the search page over 20 KB of JavaScript before the first query', () => {
    const search = toolPage('/suche/', 21);
    expect(findViolations(site({ ...guideSite, ...search }))).toEqual([expect.stringMatching(/^\/suche\/ .*over the search budget of 20,480 B/)]);
  });

  test('fails a guide page whose HTML and CSS need more than 14 KB gzip', () => {
    const big = page({ body: `<p>${incompressible(GUIDE_HTML_CSS_GZIP)}</p>` });
    const problems = findViolations(site({ ...guideSite, 'ratgeber/index.html': big }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/ratgeber\/ .*HTML \+ CSS is [\d,]+ B gzip, over the budget of 14,336 B/);
  });

  test('counts a linked stylesheet towards a guide page’s first render', () => {
    const files = { ...guideSite, 'index.html': page({ head: '<link rel="stylesheet" href="/_astro/big.css">' }), '_astro/big.css': `/*${incompressible(15 * 1024)}*/` };
    expect(findViolations(site(files))).toEqual([expect.stringMatching(/^\/ .*HTML \+ CSS is/)]);
  });

  test('fails a tool page over its JavaScript budget, while the planner may have 27 KB', () => {
    const problems = findViolations(site({ ...guideSite, ...toolPage('/selbsttest/', 23), ...toolPage('/planer/', 23) }));
    expect(problems).toEqual([expect.stringMatching(/^\/selbsttest\/ .*JavaScript is [\d,]+ B gzip, over the selbsttest budget of 22,528 B/)]);
    expect(findViolations(site({ ...guideSite, ...toolPage('/planer/', 28) }))).toEqual([expect.stringMatching(/over the planer budget of 27,648 B/)]);
  });

  test('lets any tool page fetch the backup reminder after load, capped at 2 KB, without requiring it', () => {
    // The island imports the reminder's body lazily, as BackupReminder does once something is stored.
    const withReminder = (kb: number) => ({
      ...toolPage('/selbsttest/', 5),
      '_astro/selbsttest/Tool.js': 'import"./../shared.js";export default ()=>import("./../BackupReminderBody.Ab12.js");',
      '_astro/BackupReminderBody.Ab12.js': `export const BackupReminderBody=()=>"${incompressible(kb * 1024)}";`,
    });
    expect(findViolations(site({ ...guideSite, ...withReminder(1) }))).toEqual([]);
    expect(findViolations(site({ ...guideSite, ...withReminder(3) }))).toEqual([expect.stringMatching(/^\/selbsttest\/ .*BackupReminderBody\.Ab12\.js loads after the page is usable and is [\d,]+ B gzip with the chunks it imports, over its cap of 2,048 B/)]);
    // A chunk the reminder shares with another lazy part counts towards its cap.
    const shared = { ...withReminder(1), '_astro/BackupReminderBody.Ab12.js': `import"./shared-lazy.js";export const BackupReminderBody=()=>1;`, '_astro/shared-lazy.js': `export const x="${incompressible(3 * 1024)}";` };
    expect(findViolations(site({ ...guideSite, ...shared }))).toEqual([expect.stringMatching(/BackupReminderBody\.Ab12\.js loads after the page is usable and is [\d,]+ B gzip with the chunks it imports, over its cap/)]);
    expect(deferredAfterLoad('/selbsttest/').map((d) => String(d.module))).toEqual([String(/^\/_astro\/BackupReminderBody\.[\w-]+\.js$/), String(/^\/_astro\/write-lock\.[\w-]+\.js$/), String(/^\/_astro\/sharded-list\.[\w-]+\.js$/)]);
    expect(deferredAfterLoad('/ratgeber/')).toEqual([]);
  });

  test('fails when web fonts add up to more than 30 KB', () => {
    const problems = findViolations(site({ ...guideSite, '_astro/a.woff2': Buffer.alloc(20 * 1024), '_astro/b.woff2': Buffer.alloc(11 * 1024) }));
    expect(problems).toEqual([expect.stringMatching(/^web fonts total 31,744 B, over the budget of 30,720 B/)]);
  });

  test('fails an image without width and height', () => {
    const problems = findViolations(site({ ...guideSite, 'index.html': page({ body: '<img src="/favicon.svg" alt="">' }) }));
    expect(problems).toEqual(['/ (index.html): image without width and height: <img src="/favicon.svg" alt="">']);
  });

  test('fails CSS that carries a framework', () => {
    const problems = findViolations(site({ ...guideSite, 'index.html': page({ head: '<style>/*! Bootstrap v5.3.0 */:root{--bs-blue:#0d6efd}</style>' }) }));
    expect(problems).toEqual(['/ (index.html): CSS contains Bootstrap framework code; the site uses no CSS framework']);
  });

  test('fails a sitemap entry without a page and a script that is not in dist', () => {
    const problems = findViolations(site({ ...guideSite, 'sitemap-0.xml': sitemap(['/', '/ratgeber/', '/datenschutz/', '/daten/']), 'index.html': page({ body: '<script type="module" src="/_astro/x.js"></script>' }) }));
    expect(problems).toEqual(expect.arrayContaining([
      '/daten/: listed in the sitemap, but dist has no page for it',
      '/ (index.html): loads /_astro/x.js, which is not in dist',
    ]));
  });
});

describe('formatTable', () => {
  test('lists every page with its bytes and marks a page over budget', () => {
    const table = formatTable(site({ ...guideSite, ...toolPage('/daten/', 25) })).split('\n');
    expect(table[0]).toMatch(/^page\s+kind\s+HTML raw\s+HTML gz\s+CSS raw\s+CSS gz\s+JS raw\s+JS gz\s+lazy JS gz\s+SW reg gz\s+budget/);
    for (const path of ['/', '/404.html', '/daten/', '/datenschutz/', '/ratgeber/']) expect(table.some((row) => row.startsWith(`${path} `))).toBe(true);
    expect(table.find((row) => row.startsWith('/daten/ '))).toMatch(/JS [\d,]+ \/ 22,528 \(\d+ %\)\s+OVER$/);
    expect(table.find((row) => row.startsWith('/ '))).toMatch(/HTML\+CSS [\d,]+ \/ 14,336 \(\d+ %\)\s+ok$/);
  });
});

describe('tests/budgets/check.ts', () => {
  const check = fileURLToPath(new URL('./check.ts', import.meta.url));
  const run = (files: Record<string, string | Buffer>) => {
    const d = writeDist(files);
    dists.push(d);
    return spawnSync(process.execPath, [check, d], { encoding: 'utf8' });
  };

  test('prints the table and exits 0 when every page is within budget', () => {
    const result = run(guideSite);
    expect(result.stdout).toMatch(/^\/ratgeber\/ +guide/m);
    expect(result.stdout).toContain('budgets: no page over its budget (4 pages).');
    expect(result.status).toBe(0);
  });

  test('prints the table and exits 1 when a page is over budget', () => {
    const result = run({ ...guideSite, ...toolPage('/planer/', 27) });
    expect(result.stdout).toMatch(/^\/planer\/ +planer .* OVER$/m);
    expect(result.stderr).toMatch(/1 budget violation\(s\):\n {2}✗ \/planer\//);
    expect(result.status).toBe(1);
  });
});
