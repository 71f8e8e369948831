/**
 * House rules of the guide's text that a reader notices when they break: one link text per
 * chapter (its title), a tool link in the first half of every chapter, typographic quotes and
 * apostrophes, and non-breaking spaces where a line must not break („70 %“, „z. B.“).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const dir = new URL('../../../content/guide/', import.meta.url);
const chapters = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(new URL(f, dir), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    const title = /^title: "?(.*?)"?$/m.exec(frontmatter)![1]!;
    return { slug: f.replace(/\.mdx$/, ''), frontmatter, body, title };
  });
const titles = new Map(chapters.map((c) => [c.slug, c.title]));
const TOOL_LINK = /\]\(\/(selbsttest|netzwerk-check|planer|plan|daten)\//;

describe('the guide', () => {
  test('has its chapters', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(10);
  });

  test.each(chapters.map((c) => [c.slug, c] as const))('%s links other chapters only under their titles', (_slug, c) => {
    for (const m of c.body.matchAll(/\[([^\]]+)\]\(\/ratgeber\/([a-z-]+)\/(#[^)]*)?\)/g)) expect(m[1], `link to ${m[2]}`).toBe(titles.get(m[2]!));
  });

  test.each(chapters.map((c) => [c.slug, c] as const))('%s links to the tool that continues it in its first half', (_slug, c) => {
    expect(c.body.slice(0, c.body.length / 2)).toMatch(TOOL_LINK);
  });

  test.each(chapters.map((c) => [c.slug, c] as const))('%s keeps „70 %“ and „z. B.“ on one line', (_slug, c) => {
    const text = c.frontmatter + c.body;
    expect(text.match(/\d[ ]%/g) ?? []).toEqual([]);
    expect(text.match(/\bz\.[ ]?B\./g) ?? []).toEqual([]);
  });

  test.each(chapters.map((c) => [c.slug, c] as const))('%s uses typographic apostrophes and no straight quotes in running text', (_slug, c) => {
    const prose = c.body.replace(/\]\([^)]*\)/g, '](…)').replace(/`[^`]*`/g, '');
    expect(prose.match(/[A-Za-zÄÖÜäöüß]'[A-Za-zÄÖÜäöüß]/g) ?? []).toEqual([]);
    expect(prose.match(/"[^"\n]*"/g) ?? []).toEqual([]);
    expect(c.frontmatter.match(/[A-Za-zÄÖÜäöüß]'[A-Za-zÄÖÜäöüß]/g) ?? []).toEqual([]);
  });

  test('recommends no Xing groups (closed in 2023) and gives the Xing member figure as a figure of 2016', () => {
    for (const c of chapters) expect(c.body, c.slug).not.toMatch(/Xing-Gruppe|Gruppen auf (LinkedIn und )?Xing/);
    const figure = chapters.filter((c) => /Millionen Mitglieder/.test(c.body) && /Xing/.test(c.body));
    for (const c of figure) expect(c.body, c.slug).toMatch(/2016/);
  });
});
