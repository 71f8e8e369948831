import { describe, expect, test } from 'vitest';
import { RESULT_LIMITS, sitePath, toHit } from '../../../src/lib/search/results';

/** A result's data as Pagefind 1.x returns it, cut to the fields the page reads. */
const data = (over: Record<string, unknown> = {}) => ({
  url: '/ratgeber/kontakte-pflegen/',
  excerpt: 'Einen <mark>Kontakt</mark> zu knüpfen',
  meta: { title: 'Kontakte pflegen' },
  sub_results: [
    { title: 'Kontakte pflegen', url: '/ratgeber/kontakte-pflegen/', excerpt: 'Einen <mark>Kontakt</mark>', locations: [3] },
    { title: 'Ein fester Rhythmus', url: '/ratgeber/kontakte-pflegen/#ein-fester-rhythmus', anchor: { element: 'h2', id: 'ein-fester-rhythmus' }, excerpt: 'deine <mark>Kontakte</mark> grob', locations: [10, 12] },
    { title: 'Alte Kontakte wiederbeleben', url: '/ratgeber/kontakte-pflegen/#alte-kontakte', anchor: { element: 'h2', id: 'alte-kontakte' }, excerpt: '<mark>Kontakte</mark> schlafen', locations: [40, 41, 44] },
    { title: 'Quellen', url: '/ratgeber/kontakte-pflegen/#quellen', anchor: { element: 'h2', id: 'quellen' }, excerpt: '<mark>Kontakte</mark>', locations: [90] },
  ],
  ...over,
});

describe('sitePath', () => {
  test('accepts paths on this site, with an anchor', () => {
    expect(sitePath('/ratgeber/x/#y')).toBe('/ratgeber/x/#y');
  });

  test('refuses other origins, protocol-relative and script URLs, and non-strings', () => {
    for (const bad of ['https://example.org/', '//example.org/x', 'javascript:alert(1)', '/\\example.org', '/a b', '', 7, null]) expect(sitePath(bad)).toBeNull();
  });
});

describe('toHit', () => {
  test('gives the page title, its URL and the sections with the most hits in page order', () => {
    const hit = toHit(data())!;
    expect(hit.title).toBe('Kontakte pflegen');
    expect(hit.url).toBe('/ratgeber/kontakte-pflegen/');
    expect(hit.sections).toHaveLength(RESULT_LIMITS.sections);
    expect(hit.sections.map((s) => s.url)).toEqual(['/ratgeber/kontakte-pflegen/', '/ratgeber/kontakte-pflegen/#ein-fester-rhythmus', '/ratgeber/kontakte-pflegen/#alte-kontakte']);
  });

  test('names a section by its heading, and the text before the first heading not at all', () => {
    const hit = toHit(data())!;
    expect(hit.sections.map((s) => s.heading)).toEqual([null, 'Ein fester Rhythmus', 'Alte Kontakte wiederbeleben']);
  });

  test('parses every excerpt into marked segments', () => {
    expect(toHit(data())!.sections[1]!.excerpt).toEqual([
      { text: 'deine ', marked: false },
      { text: 'Kontakte', marked: true },
      { text: ' grob', marked: false },
    ]);
  });

  test('leaves out a section that points off the site', () => {
    const hit = toHit(data({ sub_results: [{ title: 'X', url: 'https://evil.example/', anchor: {}, excerpt: 'x', locations: [1] }] }))!;
    expect(hit.sections).toEqual([]);
    expect(hit.excerpt).toEqual([{ text: 'Einen ', marked: false }, { text: 'Kontakt', marked: true }, { text: ' zu knüpfen', marked: false }]);
  });

  test('gives null for data it cannot show', () => {
    for (const bad of [null, 'x', {}, data({ url: 'https://evil.example/' }), data({ meta: {} }), data({ meta: { title: '  ' } })]) expect(toHit(bad)).toBeNull();
  });
});
