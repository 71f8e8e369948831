import { describe, expect, test } from 'vitest';
import { buildToc } from '../../../src/lib/guide/toc';

const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

describe('buildToc', () => {
  test('nests each h3 under the h2 before it', () => {
    const toc = buildToc([h(2, 'A'), h(3, 'A1'), h(3, 'A2'), h(2, 'B')]);
    expect(toc.map((e) => [e.text, e.children.map((c) => c.text)])).toEqual([
      ['A', ['A1', 'A2']],
      ['B', []],
    ]);
  });

  test('keeps an h3 that comes before any h2 as a top entry', () => {
    expect(buildToc([h(3, 'Vorab'), h(2, 'A')]).map((e) => e.text)).toEqual(['Vorab', 'A']);
  });

  test('leaves out h1 and headings deeper than h3', () => {
    expect(buildToc([h(1, 'Titel'), h(2, 'A'), h(4, 'Tief')])).toEqual([{ slug: 'a', text: 'A', children: [] }]);
  });

  test('returns an empty list for a chapter without headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});
