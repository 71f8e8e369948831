import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHAPTER_SLUGS } from '../../../src/lib/guide/guide-links';
import { chapterTitles } from '../../../src/i18n/de/chapters';

const dir = new URL('../../../content/guide/', import.meta.url);
const chapters = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [f.replace(/\.mdx$/, ''), /^title:\s*(.+)$/m.exec(readFileSync(new URL(f, dir), 'utf8'))![1]!.replace(/^["']|["']$/g, '')]),
);

describe('CHAPTER_SLUGS', () => {
  test('lists exactly the chapters of the guide', () => {
    expect([...CHAPTER_SLUGS].sort()).toEqual(Object.keys(chapters).sort());
  });
});

describe('chapterTitles', () => {
  test('gives every chapter the title of its frontmatter', () => {
    expect(chapterTitles).toEqual(chapters);
  });
});
