import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSearchIndex, type SearchIndexReport } from '../../../src/build/search-index';

const html = (main: string) => `<!doctype html><html lang="de"><head><title>t</title></head><body><header><form action="/suche/"><input name="q"></form></header><main>${main}</main></body></html>`;

let dist: string;
let report: SearchIndexReport;
/** The indexed pages, as Pagefind stored them: url, title and the text it would search. */
let fragments: { url: string; content: string; meta: { title: string } }[];

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'nk-search-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  write('ratgeber/kontakte/index.html', html('<article class="chapter" data-pagefind-body><p class="eyebrow">Kapitel 6 von 10</p><h1>Kontakte pflegen</h1><nav class="toc"><h2>Inhalt</h2></nav><h2 id="rhythmus">Ein fester Rhythmus</h2><p>Teil deine Kontakte in Gruppen.</p></article><nav class="pager">Weiter</nav>'));
  write('planer/index.html', html('<div data-pagefind-body><h1>Planer</h1><p class="lead">Plane deine Ziele.</p><astro-island><input value="Geheime Eingabe"><p>Inselzustand</p></astro-island><noscript>Ohne Skript</noscript><template><p>Vorlagentext</p></template></div>'));
  write('index.html', html('<h1>Start</h1><p>Startseite ohne Suchkörper</p>'));
  report = await writeSearchIndex(dist);
  const dir = join(dist, 'pagefind', 'fragment');
  fragments = readdirSync(dir).map((name) => JSON.parse(gunzipSync(readFileSync(join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8')));
}, 60_000);

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('writeSearchIndex', () => {
  test('indexes only pages with a data-pagefind-body element', () => {
    expect(report.pages).toBe(2);
    expect(fragments.map((f) => f.url).sort()).toEqual(['/planer/', '/ratgeber/kontakte/']);
  });

  test('takes the title from the h1 and keeps the heading anchors', () => {
    const chapter = fragments.find((f) => f.url === '/ratgeber/kontakte/')!;
    expect(chapter.meta.title).toBe('Kontakte pflegen');
    expect(JSON.stringify(chapter)).toContain('"id":"rhythmus"');
  });

  test('leaves out islands, noscript, templates, the table of contents and the chapter number', () => {
    const all = fragments.map((f) => f.content).join('\n');
    expect(all).toContain('Plane deine Ziele.');
    expect(all).toContain('Teil deine Kontakte in Gruppen.');
    for (const never of ['Geheime Eingabe', 'Inselzustand', 'Ohne Skript', 'Vorlagentext', 'Inhalt', 'Kapitel 6 von 10', 'Weiter', 'Startseite']) expect(all).not.toContain(never);
  });

  test('writes the German index and Pagefind’s search code, without its ready-made interfaces', () => {
    const files = readdirSync(join(dist, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.de.pagefind']));
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
    expect(files).not.toContain('wasm.unknown.pagefind');
  });
});
