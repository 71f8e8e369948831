/**
 * What a change of weights did to the list, in short, for the box next to the weight controls:
 * who is in front now and who moved. At 320 px the list is thousands of pixels above the weights,
 * so the reader would not see the re-sorting otherwise. Codes and values only.
 */

/** How many candidates the short ranking names, and how many moves it lists. */
export const RANKING_SHOWN = 3;

interface Ranked {
  candidate: { id: string; name: string };
  fit: { score: number | null };
}

export interface RankingMove {
  name: string;
  /** Places, 1-based. */
  from: number;
  to: number;
}

export interface RankingChange {
  /** The first RANKING_SHOWN candidates of the new order with their scores. */
  leaders: readonly { name: string; score: number | null }[];
  /** Candidates after the leaders. */
  more: number;
  /** Candidates whose place changed, up to RANKING_SHOWN, in their new order. */
  moves: readonly RankingMove[];
  /** Moves beyond those listed. */
  moreMoves: number;
}

/**
 * The new order against the old one (candidate ids in their former order). Candidates that were
 * not in the old order (just added in another tab) do not count as moved.
 * @example rankingChange(['a', 'b'], [b, a]).moves // [{ name: 'B', from: 2, to: 1 }, { name: 'A', from: 1, to: 2 }]
 */
export function rankingChange(before: readonly string[], after: readonly Ranked[]): RankingChange {
  const moves = after.flatMap(({ candidate }, i): RankingMove[] => {
    const from = before.indexOf(candidate.id);
    return from === -1 || from === i ? [] : [{ name: candidate.name, from: from + 1, to: i + 1 }];
  });
  return {
    leaders: after.slice(0, RANKING_SHOWN).map(({ candidate, fit }) => ({ name: candidate.name, score: fit.score })),
    more: Math.max(0, after.length - RANKING_SHOWN),
    moves: moves.slice(0, RANKING_SHOWN),
    moreMoves: Math.max(0, moves.length - RANKING_SHOWN),
  };
}

/**
 * The one weight that differs between two sets of weights, with its new value; null when none or
 * several differ (a reset changes several at once and is announced on its own).
 * @example changedWeight({ …, zeit: 3 }, { …, zeit: 5 }) // { key: 'zeit', value: 5 }
 */
export function changedWeight<K extends string>(before: Readonly<Record<K, number>>, after: Readonly<Record<K, number>>): { key: K; value: number } | null {
  const keys = (Object.keys(after) as K[]).filter((key) => before[key] !== after[key]);
  return keys.length === 1 ? { key: keys[0]!, value: after[keys[0]!] } : null;
}
