import { describe, expect, test } from 'vitest';
import { SCORED_CHECKS, DIMENSIONS, WEIGHT_KEYS } from '../../../src/lib/fit/candidates-schema';
import { chartBars, chartRated, comparisonTable, type ComparedCandidate } from '../../../src/lib/fit/comparison';
import { scoreCandidates } from '../../../src/lib/fit/fit-score';
import { emptyAnswers } from '../../../src/lib/questionnaire/answers-schema';
import { PROFILES } from '../../fixtures/answers-states';
import { STATES } from '../../fixtures/candidates-states';

const scored = () => scoreCandidates(STATES.complete, PROFILES.freiberuflerinRegional);

describe('comparisonTable', () => {
  test('has one column per candidate in the order given, and their scores as the last row', () => {
    const list = scored();
    const table = comparisonTable(list, SCORED_CHECKS);
    expect(table.columns.map((c) => c.name)).toEqual(list.map((s) => s.candidate.name));
    expect(table.scores).toEqual(list.map((s) => s.fit.score));
    const byName = comparisonTable([...list].reverse(), SCORED_CHECKS);
    expect(byName.columns.map((c) => c.id)).toEqual(list.map((s) => s.candidate.id).reverse());
  });

  test('has one row per scored item, dimensions first, then the checklist', () => {
    const table = comparisonTable(scored(), SCORED_CHECKS);
    expect(table.rows.map((r) => r.key)).toEqual([...DIMENSIONS, ...SCORED_CHECKS]);
    expect(table.rows.filter((r) => r.check).map((r) => r.key)).toEqual([...SCORED_CHECKS]);
    for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
  });

  test('the ideal column holds the reader’s answers, „ja“ for the checklist and `open` where nothing is compared', () => {
    const table = comparisonTable(scored(), SCORED_CHECKS);
    const row = (key: string) => table.rows.find((r) => r.key === key)!;
    expect(row('reichweite').ideal).toEqual({ code: 'values', values: [PROFILES.freiberuflerinRegional.reichweite] });
    expect(row('netiquette').ideal).toEqual({ code: 'yes' });
    const open = comparisonTable(scoreCandidates(STATES.complete, emptyAnswers()), SCORED_CHECKS);
    for (const dim of DIMENSIONS) expect(open.rows.find((r) => r.key === dim)!.ideal).toEqual({ code: 'open' });
  });

  test('each cell is the candidate’s own item: status, match and values', () => {
    const list = scored();
    const table = comparisonTable(list, SCORED_CHECKS);
    list.forEach((s, col) => {
      for (const item of s.fit.items) {
        const cell = table.rows.find((r) => r.key === item.key)!.cells[col];
        expect(cell).toEqual({ status: item.status, match: item.match, values: item.actual });
      }
    });
  });

  test('an item a candidate lacks shows as not counted', () => {
    const [a, b] = scored();
    const lacking: ComparedCandidate = { candidate: b!.candidate, fit: { score: b!.fit.score, items: b!.fit.items.filter((i) => i.key !== 'ton') } };
    const cell = comparisonTable([a!, lacking], SCORED_CHECKS).rows.find((r) => r.key === 'ton')!.cells[1];
    expect(cell).toEqual({ status: 'skipped', match: null, values: [] });
  });

  test('is empty without candidates', () => {
    expect(comparisonTable([], SCORED_CHECKS)).toEqual({ columns: [], rows: [], scores: [] });
  });
});

describe('chartBars', () => {
  test('gives a bar for every item that counts, with its match, and none for items that do not', () => {
    const list = scored();
    const table = comparisonTable(list, SCORED_CHECKS);
    list.forEach((s, col) => {
      const counted = s.fit.items.filter((i) => i.match !== null);
      expect(chartBars(table, col)).toEqual(counted.map((i) => ({ key: i.key, match: i.match, status: i.status })));
    });
    const openList = scoreCandidates(STATES.complete, emptyAnswers());
    const open = comparisonTable(openList, SCORED_CHECKS);
    // With an open ideal only the checklist answers the network has (not „noch offen“) count.
    const answered = SCORED_CHECKS.filter((key) => openList[0]!.candidate.checklist[key] !== 'offen');
    expect(chartBars(open, 0).map((b) => b.key)).toEqual(answered);
  });

  test('every bar lies between 0 and 1', () => {
    const table = comparisonTable(scored(), SCORED_CHECKS);
    const matches = table.columns.flatMap((_, col) => chartBars(table, col).map((bar) => bar.match));
    expect(matches.length).toBeGreaterThan(WEIGHT_KEYS.length);
    expect(matches.every((m) => m >= 0 && m <= 1)).toBe(true);
  });

  test('a column that does not exist has no bars', () => {
    expect(chartBars(comparisonTable(scored(), SCORED_CHECKS), 99)).toEqual([]);
  });
});

describe('chartRated', () => {
  // Reproduces issue #12's last point: the unrated alumni club got an empty chart „insgesamt Kein Wert“.
  test('is false for a candidate with nothing rated, which gets „noch nichts bewertet“ instead of a chart', () => {
    const list = scored();
    const table = comparisonTable(list, SCORED_CHECKS);
    const unrated = list.findIndex((s) => s.candidate.name === 'Alumni-Verein der Hochschule');
    expect(list[unrated]!.fit.score).toBeNull();
    expect(chartRated(table, unrated)).toBe(false);
  });

  test('is true for every candidate with a score and at least one bar', () => {
    const list = scored();
    const table = comparisonTable(list, SCORED_CHECKS);
    list.forEach((s, col) => expect(chartRated(table, col), s.candidate.name).toBe(s.fit.score !== null));
    expect(list.filter((s) => s.fit.score !== null).length).toBe(3);
  });

  test('is false for a column that does not exist', () => {
    expect(chartRated(comparisonTable(scored(), SCORED_CHECKS), 99)).toBe(false);
  });
});
