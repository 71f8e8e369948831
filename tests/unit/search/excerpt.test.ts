import { describe, expect, test } from 'vitest';
import { decodeEntities, parseExcerpt } from '../../../src/lib/search/excerpt';

describe('decodeEntities', () => {
  test('decodes the entities Pagefind writes, named, decimal and hex', () => {
    expect(decodeEntities('Fit &amp; fair &#8211; &lt;b&gt; &quot;x&quot; &#x27;y&#39;')).toBe('Fit & fair – <b> "x" \'y\'');
  });

  test('leaves unknown and impossible references as they are', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0; &#x110000;')).toBe('&bogus; &#xD800; &#0; &#x110000;');
  });
});

describe('parseExcerpt', () => {
  test('splits an excerpt into plain and marked segments', () => {
    expect(parseExcerpt('Wer <mark>Kontakte</mark> pflegt, hat <mark>Kontakt</mark>.')).toEqual([
      { text: 'Wer ', marked: false },
      { text: 'Kontakte', marked: true },
      { text: ' pflegt, hat ', marked: false },
      { text: 'Kontakt', marked: true },
      { text: '.', marked: false },
    ]);
  });

  test('decodes entities inside and outside marks', () => {
    expect(parseExcerpt('A &amp; <mark>B&amp;C</mark>')).toEqual([
      { text: 'A & ', marked: false },
      { text: 'B&C', marked: true },
    ]);
  });

  test('turns escaped markup into visible text, never into tags', () => {
    expect(parseExcerpt('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([{ text: '<script>alert(1)</script>', marked: false }]);
  });

  test('drops any real tag other than mark, with its attributes', () => {
    expect(parseExcerpt('<img src=x onerror=alert(1)><b>fett</b> <mark class="x">Treffer</mark>')).toEqual([
      { text: 'fett ', marked: false },
      { text: 'Treffer', marked: true },
    ]);
  });

  test('merges adjacent marks and keeps a stray „<“ as text', () => {
    expect(parseExcerpt('<mark>Netz</mark><mark>werk</mark> 3 < 4')).toEqual([
      { text: 'Netzwerk', marked: true },
      { text: ' 3 < 4', marked: false },
    ]);
  });

  test('gives nothing for an empty excerpt, and survives an unclosed mark', () => {
    expect(parseExcerpt('')).toEqual([]);
    expect(parseExcerpt('a <mark>b')).toEqual([{ text: 'a ', marked: false }, { text: 'b', marked: true }]);
  });
});
