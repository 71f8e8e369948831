import { describe, expect, test } from 'vitest';
import { countWords, neighbours, readingMinutes, sortChapters } from '../../../src/lib/guide/chapters';

const chapter = (id: string, order: number) => ({ id, data: { order, title: id.toUpperCase() } });

describe('sortChapters', () => {
  test('orders chapters by their order field', () => {
    const sorted = sortChapters([chapter('c', 3), chapter('a', 1), chapter('b', 2)]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  test('does not change the list it was given', () => {
    const input = [chapter('b', 2), chapter('a', 1)];
    sortChapters(input);
    expect(input.map((c) => c.id)).toEqual(['b', 'a']);
  });

  test('refuses two chapters with the same order, naming both', () => {
    expect(() => sortChapters([chapter('a', 1), chapter('b', 1)])).toThrow(/"a" and "b"/);
  });
});

describe('neighbours', () => {
  const sorted = sortChapters([chapter('a', 1), chapter('b', 2), chapter('c', 3)]);

  test('gives the chapters before and after one in the middle', () => {
    const { prev, next } = neighbours(sorted, 'b');
    expect([prev?.id, next?.id]).toEqual(['a', 'c']);
  });

  test('has no previous chapter for the first and no next for the last', () => {
    expect(neighbours(sorted, 'a').prev).toBeUndefined();
    expect(neighbours(sorted, 'c').next).toBeUndefined();
  });

  test('throws for a chapter that does not exist', () => {
    expect(() => neighbours(sorted, 'x')).toThrow(/"x"/);
  });
});

describe('countWords', () => {
  test('counts words and ignores headings marks and link targets', () => {
    expect(countWords('## Titel\n\nEin [Link](/ratgeber/lange-adresse-hier/) hier.')).toBe(4);
  });

  test('counts words with umlauts and figures, but not a lone percent sign', () => {
    expect(countWords('Größere Netzwerke: 70 % sagen „wichtig“.')).toBe(5);
  });

  test('ignores frontmatter', () => {
    expect(countWords('---\ntitle: Drei Worte hier\n---\nNur zwei')).toBe(2);
  });
});

describe('readingMinutes', () => {
  test('never says less than one minute', () => {
    expect(readingMinutes(0)).toBe(1);
  });

  test('rounds at 200 words a minute', () => {
    expect(readingMinutes(900)).toBe(5);
  });
});
