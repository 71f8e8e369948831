import { describe, expect, test } from 'vitest';
import { examplesByKind } from '../../../src/lib/profile/examples';
import { KIND_IDS } from '../../../src/lib/profile/network-kinds';
import { safeHref } from '../../../src/lib/text/safe-href';
import { networkExamples } from '../../../src/i18n/de/network-examples';

describe('networkExamples', () => {
  test.each(networkExamples.map((e) => [e.name, e]))('%s has an official https website, a source page and the day it was read', (_, e) => {
    expect(KIND_IDS).toContain(e.kind);
    expect(safeHref(e.url)).toBe(e.url);
    expect(e.url).toMatch(/^https:\/\/[^/]+\/$/);
    expect(safeHref(e.source)).not.toBeNull();
    expect(e.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('keep to neutral words: no counts, no prices, one line each', () => {
    for (const e of networkExamples) {
      expect(e.description, e.name).not.toMatch(/\d|€|Euro|kostenlos|größte|führende|beste/);
      expect(e.description.length, e.name).toBeLessThan(140);
      expect(e.description.endsWith('.'), e.name).toBe(true);
    }
  });

  test('name at most four per kind and never the same organisation twice', () => {
    for (const kind of KIND_IDS) expect(networkExamples.filter((e) => e.kind === kind).length, kind).toBeLessThanOrEqual(4);
    expect(new Set(networkExamples.map((e) => e.url)).size).toBe(networkExamples.length);
  });
});

describe('examplesByKind', () => {
  test('groups the entries by kind in their order, with the checked link', () => {
    const grouped = examplesByKind(networkExamples);
    expect(grouped.plattform!.map((e) => e.name)).toEqual(['LinkedIn', 'XING']);
    expect(grouped.messe).toBeUndefined();
  });

  test('leaves out an entry whose link is not a plain https address', () => {
    const grouped = examplesByKind([
      { kind: 'meetup', name: 'Gut', url: 'https://example.org/', description: 'x' },
      { kind: 'meetup', name: 'Skript', url: 'javascript:alert(1)', description: 'x' },
      { kind: 'meetup', name: 'Unverschlüsselt', url: 'http://example.org/', description: 'x' },
    ]);
    expect(grouped.meetup).toEqual([{ name: 'Gut', href: 'https://example.org/', description: 'x' }]);
  });
});
