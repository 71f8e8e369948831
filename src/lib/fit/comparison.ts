/**
 * The network check's side-by-side comparison as data: one row per scored item (profile
 * dimensions, then checklist items, as `fitScore` lists them), one column for the reader's ideal
 * and one per candidate in the order given (the list's sort order), and the scores as the last row.
 * Codes and values only; the comparison island puts them into words and draws the chart from them.
 *
 * Reads only `score` and `items[].key/ideal/actual/match/status` of a fit result, so it keeps
 * working while the score's formula changes. Imports types only: the comparison island loads on
 * demand, and any module it shared with the list would split the list's bundle in two (about
 * 1 KB gzip more on first load), so the checklist's keys come in as a parameter.
 */
import type { CheckItem, WeightKey } from './candidates-schema';
import type { FitResult, ItemResult, ItemStatus } from './fit-score';

/** What a comparison needs of a scored candidate. */
export interface ComparedCandidate {
  candidate: { id: string; name: string };
  fit: Pick<FitResult, 'score'> & { items: readonly Pick<ItemResult, 'key' | 'ideal' | 'actual' | 'match' | 'status'>[] };
}

/**
 * The ideal's cell: its values for a dimension; `yes` for a checklist item (the ideal answer is
 * always „ja“); `open` when the ideal has no answer to compare with (the item does not count).
 */
export type IdealCell = { code: 'values'; values: readonly string[] } | { code: 'yes' } | { code: 'open' };

/** A candidate's cell: how the item came out, its match (null when it does not count) and the candidate's values (a checklist item: its one answer). */
export interface CandidateCell {
  status: ItemStatus;
  match: number | null;
  values: readonly string[];
}

export interface ComparisonRow {
  key: WeightKey;
  /** A checklist item rather than a profile dimension. */
  check: boolean;
  ideal: IdealCell;
  /** One per column, in the columns' order. */
  cells: readonly CandidateCell[];
}

export interface ComparisonTable {
  columns: readonly { id: string; name: string }[];
  rows: readonly ComparisonRow[];
  /** The score row, one per column (null: nothing counts). */
  scores: readonly (number | null)[];
}

/**
 * The comparison of the candidates in the order given. Rows follow the first candidate's items
 * (every candidate has the same items, scored against the same ideal and weights); an item a
 * candidate lacks shows as not counted. `checkItems` are the scored checklist keys (SCORED_CHECKS).
 * @example comparisonTable(scoreCandidates(state, answers), SCORED_CHECKS).rows[0] // { key: 'form', ideal: { code: 'values', values: ['gemischt'] }, cells: [...] }
 */
export function comparisonTable(list: readonly ComparedCandidate[], checkItems: readonly CheckItem[]): ComparisonTable {
  const first = list[0]?.fit.items ?? [];
  const rows = first.map((item): ComparisonRow => {
    const check = (checkItems as readonly string[]).includes(item.key);
    const ideal: IdealCell = check ? { code: 'yes' } : item.ideal.length > 0 ? { code: 'values', values: item.ideal } : { code: 'open' };
    const cells = list.map(({ fit }): CandidateCell => {
      const own = fit.items.find((i) => i.key === item.key);
      return own ? { status: own.status, match: own.match, values: own.actual } : { status: 'skipped', match: null, values: [] };
    });
    return { key: item.key, check, ideal, cells };
  });
  return { columns: list.map(({ candidate }) => ({ id: candidate.id, name: candidate.name })), rows, scores: list.map(({ fit }) => fit.score) };
}

/** One bar of a candidate's chart: an item that counts and how far it matches (0–1). */
export interface ChartBar {
  key: WeightKey;
  match: number;
  status: ItemStatus;
}

/**
 * The bars of column `index`'s chart: every row that counts for it, in row order. Items that do
 * not count have no bar (they are not part of the score).
 * @example chartBars(table, 0).map((b) => b.match) // [0.5, 1, 0, …]
 */
export function chartBars(table: ComparisonTable, index: number): ChartBar[] {
  return table.rows.flatMap((row) => {
    const cell = row.cells[index];
    return cell && cell.match !== null ? [{ key: row.key, match: cell.match, status: cell.status }] : [];
  });
}

/**
 * Whether column `index` has anything rated: a score and at least one bar. A candidate with
 * nothing rated gets no chart and no score in words, but „noch nichts bewertet“ – an empty
 * chart „insgesamt Kein Wert“ would read like a result.
 * @example chartRated(comparisonTable([unrated], SCORED_CHECKS), 0) // false
 */
export function chartRated(table: ComparisonTable, index: number): boolean {
  return table.scores[index] != null && chartBars(table, index).length > 0;
}
