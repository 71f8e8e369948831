import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GUIDE_CHAPTERS, chapterLink } from '../../../src/lib/guide/guide-links';

const dir = new URL('../../../content/guide/', import.meta.url);
const chapters = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [f.replace(/\.mdx$/, ''), /^title:\s*(.+)$/m.exec(readFileSync(new URL(f, dir), 'utf8'))![1]!.replace(/^["']|["']$/g, '')]),
);

describe('GUIDE_CHAPTERS', () => {
  test('lists exactly the chapters of the guide, with their titles', () => {
    expect(GUIDE_CHAPTERS).toEqual(chapters);
  });
});

describe('chapterLink', () => {
  test('gives the address and title of a chapter', () => {
    expect(chapterLink('kontakte-pflegen')).toEqual({ href: '/ratgeber/kontakte-pflegen/', title: 'Kontakte pflegen' });
  });
});
