import { describe, expect, test } from 'vitest';
import { RANKING_SHOWN, changedWeight, rankingChange } from '../../../src/lib/fit/ranking';

const c = (id: string, score: number | null = 50) => ({ candidate: { id, name: id.toUpperCase() }, fit: { score } });

describe('rankingChange', () => {
  test('names the first candidates of the new order with their scores and counts the rest', () => {
    const change = rankingChange(['a', 'b', 'c', 'd', 'e'], [c('a', 80), c('b', 70), c('c', 60), c('d', 50), c('e', null)]);
    expect(change.leaders).toEqual([{ name: 'A', score: 80 }, { name: 'B', score: 70 }, { name: 'C', score: 60 }]);
    expect(change.leaders).toHaveLength(RANKING_SHOWN);
    expect(change.more).toBe(2);
    expect(change.moves).toEqual([]);
  });

  test('lists who moved, from which place to which, in the new order', () => {
    const change = rankingChange(['a', 'b', 'c'], [c('c'), c('a'), c('b')]);
    expect(change.moves).toEqual([
      { name: 'C', from: 3, to: 1 },
      { name: 'A', from: 1, to: 2 },
      { name: 'B', from: 2, to: 3 },
    ]);
    expect(change.moreMoves).toBe(0);
  });

  test('lists at most RANKING_SHOWN moves and counts the others', () => {
    const change = rankingChange(['a', 'b', 'c', 'd', 'e'], [c('e'), c('d'), c('c'), c('b'), c('a')]);
    expect(change.moves.map((m) => m.name)).toEqual(['E', 'D', 'B']);
    expect(change.moreMoves).toBe(1);
  });

  test('a candidate that was not there before does not count as moved', () => {
    const change = rankingChange(['a'], [c('n'), c('a')]);
    expect(change.moves).toEqual([{ name: 'A', from: 1, to: 2 }]);
  });

  test('works for short and empty lists', () => {
    expect(rankingChange(['a'], [c('a', 10)])).toEqual({ leaders: [{ name: 'A', score: 10 }], more: 0, moves: [], moreMoves: 0 });
    expect(rankingChange([], [])).toEqual({ leaders: [], more: 0, moves: [], moreMoves: 0 });
  });
});

describe('changedWeight', () => {
  const weights = { zeit: 3, kosten: 2, gast: 1 };
  test('names the one weight that changed and its new value', () => {
    expect(changedWeight(weights, { ...weights, zeit: 5 })).toEqual({ key: 'zeit', value: 5 });
    expect(changedWeight(weights, { ...weights, gast: 0 })).toEqual({ key: 'gast', value: 0 });
  });

  test('is null when nothing or several weights changed', () => {
    expect(changedWeight(weights, { ...weights })).toBeNull();
    expect(changedWeight(weights, { zeit: 0, kosten: 0, gast: 1 })).toBeNull();
  });
});
