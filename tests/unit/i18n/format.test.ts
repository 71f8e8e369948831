import { describe, expect, test } from 'vitest';
import { compareText, fill, formatDay, formatList, formatMoment, formatNumber, plural, textRanks } from '../../../src/i18n/format';

describe('formatNumber', () => {
  test('groups thousands and uses a decimal comma', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });
  test('rounds to the fraction digits asked for', () => {
    expect(formatNumber(3.25, { maximumFractionDigits: 0 })).toBe('3');
  });
});

describe('fill', () => {
  test('puts values into their placeholders and formats numbers', () => {
    expect(fill('Frage {n} von {total}', { n: 3, total: 1200 })).toBe('Frage 3 von 1.200');
  });
  test('leaves an unknown placeholder empty instead of showing its name', () => {
    expect(fill('Hallo {name}!', {})).toBe('Hallo !');
  });
});

describe('plural', () => {
  const contacts = { one: '{n} Kontakt', other: '{n} Kontakte' };
  test.each([
    [0, '0 Kontakte'],
    [1, '1 Kontakt'],
    [2, '2 Kontakte'],
    [2000, '2.000 Kontakte'],
  ])('%i → %s', (n, text) => {
    expect(plural(contacts, n)).toBe(text);
  });
  test('falls back to „other“ when a form is missing', () => {
    expect(plural({ other: '{n} Mal' }, 1)).toBe('1 Mal');
  });
  test('fills further parameters', () => {
    expect(plural({ one: '{n} Eintrag in {tool}', other: '{n} Einträge in {tool}' }, 2, { tool: 'Planer' })).toBe('2 Einträge in Planer');
  });
});

describe('formatList', () => {
  test.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A und B'],
    [['A', 'B', 'C'], 'A, B und C'],
  ])('%j → %s', (items, text) => {
    expect(formatList(items)).toBe(text);
  });
  test('joins alternatives with „oder“', () => {
    expect(formatList(['A', 'B'], 'or')).toBe('A oder B');
  });
});

describe('formatDay', () => {
  test.each([
    ['long', '1. März 2026'],
    ['short', '01.03.2026'],
    ['dayMonth', '1. März'],
    ['dayMonthShort', '1.3.'],
  ] as const)('%s', (style, text) => {
    expect(formatDay('2026-03-01', style)).toBe(text);
  });
  test('keeps the day in any time zone of the machine', () => {
    expect(formatDay('2026-10-25')).toBe('25. Oktober 2026');
  });
});

describe('formatMoment', () => {
  test('shows day and time in the given zone', () => {
    expect(formatMoment(new Date('2026-03-01T09:30:00Z'), 'Europe/Berlin')).toEqual({ day: '1. März 2026', time: '10:30' });
  });
});

describe('compareText', () => {
  test('sorts umlauts with their base letter and ignores case', () => {
    expect(['Zander', 'ähnlich', 'Abel', 'bauer'].sort(compareText)).toEqual(['Abel', 'ähnlich', 'bauer', 'Zander']);
  });
});

describe('textRanks', () => {
  test('ranks texts in the order compareText gives, equal texts alike', () => {
    const texts = ['Zander', 'ähnlich', 'Abel', 'bauer', 'Bauer', 'abel', 'Ölmann', 'Otto', 'Nr. 10', 'Nr. 9'];
    const ranks = textRanks(texts);
    const byRank = [...texts].sort((a, b) => ranks.get(a)! - ranks.get(b)! || (a < b ? -1 : 1));
    const byCollator = [...texts].sort((a, b) => compareText(a, b) || (a < b ? -1 : 1));
    expect(byRank).toEqual(byCollator);
    expect(ranks.get('bauer')).toBe(ranks.get('Bauer'));
    expect(ranks.get('Nr. 9')! < ranks.get('Nr. 10')!).toBe(true);
  });

  test('gives the same ranks again while they cover the texts, and new ones when a text is new', () => {
    const first = textRanks(['b', 'a', 'c']);
    expect(textRanks(['c', 'a'])).toBe(first);
    const next = textRanks(['a', 'ab', 'c']);
    expect(next.get('a')! < next.get('ab')! && next.get('ab')! < next.get('c')!).toBe(true);
    expect(next.get('a')! < next.get('b')!).toBe(true);
  });
});
