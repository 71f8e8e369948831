/** Which items of a sharded list (`shards.ts`) go into which shard when the list changes. */

/** A run of the list as it is stored, or (key null) as it is to be written. */
export interface ShardRun<T> {
  key: string | null;
  items: readonly T[];
}

/**
 * How to store `next` given the shards stored now (`previous`): every run of items that sat in one
 * shard keeps it when that shard's items are exactly these (compared by identity: a changed item is
 * a new object); everything else becomes a new run (key null). New items join the run before them;
 * a run over `max` is split into runs of `max / 2`, so it has room to grow; fewer items than that
 * join a new run before them while both fit into `max`. The runs together are `next`, in order.
 * @example planShards([{ key: 'a', items: [x, y] }], [x, y, z], idOf, 4) // [{ key: null, items: [x, y, z] }]
 */
export function planShards<T>(previous: readonly ShardRun<T>[], next: readonly T[], idOf: (item: T) => string, max: number): ShardRun<T>[] {
  // Where each item sat: told by its place while the lists line up (an edit in place, an item added
  // at the end), by its id through a map, made only once they do not (an insert, a removal).
  const at = previous.flatMap((run, index) => run.items.map(() => index));
  const flat = previous.flatMap((run) => run.items);
  let byId: Map<string, number> | null = null;
  const shardOf = (item: T, i: number): number | undefined => {
    const there = flat[i];
    if (there !== undefined && (there === item || idOf(there) === idOf(item))) return at[i];
    byId ??= new Map(flat.map((old, j) => [idOf(old), at[j]!]));
    return byId.get(idOf(item));
  };

  // Consecutive items from one previous shard form a run; new items stay in the run they follow.
  const runs: { from: number; items: T[] }[] = [];
  for (const [i, item] of next.entries()) {
    const from = shardOf(item, i);
    const last = runs.at(-1);
    if (last && (from === undefined || from === last.from)) last.items.push(item);
    else runs.push({ from: from ?? -1, items: [item] });
  }

  const size = Math.max(1, Math.floor(max / 2));
  const out: ShardRun<T>[] = [];
  const kept = new Set<number>();
  for (const run of runs) {
    const before = previous[run.from];
    if (before && !kept.has(run.from) && sameItems(before.items, run.items)) {
      kept.add(run.from);
      out.push({ key: before.key, items: run.items });
      continue;
    }
    const step = run.items.length > max ? size : max;
    for (let i = 0; i < run.items.length; i += step) {
      const items = run.items.slice(i, i + step);
      const last = out.at(-1);
      // A few items alone would make a shard of their own for ever: they join a run written anyway.
      if (last && last.key === null && items.length < size && last.items.length + items.length <= max) out[out.length - 1] = { key: null, items: [...last.items, ...items] };
      else out.push({ key: null, items });
    }
  }
  return out;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
