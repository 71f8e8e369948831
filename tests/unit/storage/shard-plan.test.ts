import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planShards, type ShardRun } from '../../../src/lib/storage/shard-plan';

interface Item {
  id: string;
  n: number;
}
const idOf = (item: Item) => item.id;
const items = (from: number, to: number): Item[] => Array.from({ length: to - from }, (_, i) => ({ id: `i${from + i}`, n: 0 }));
const stored = (runs: ShardRun<Item>[]) => runs.map((run, i) => ({ key: run.key ?? `s${i}`, items: run.items }));

describe('planShards', () => {
  test('a new list is cut into runs of half the maximum once it is longer than the maximum', () => {
    const runs = planShards([], items(0, 10), idOf, 4);
    expect(runs.map((r) => [r.key, r.items.length])).toEqual([[null, 2], [null, 2], [null, 2], [null, 2], [null, 2]]);
    expect(planShards([], items(0, 4), idOf, 4).map((r) => r.items.length)).toEqual([4]);
  });

  test('changing one item writes its shard only; the others keep their keys', () => {
    const before = stored(planShards([], items(0, 10), idOf, 4));
    const next = before.flatMap((r) => r.items).map((item) => (item.id === 'i5' ? { ...item, n: 1 } : item));
    const runs = planShards(before, next, idOf, 4);
    expect(runs.map((r) => r.key)).toEqual(['s0', 's1', null, 's3', 's4']);
  });

  test('an added item joins the run before it; removing one rewrites only its run', () => {
    const before = stored(planShards([], items(0, 10), idOf, 4));
    const all = before.flatMap((r) => r.items);
    expect(planShards(before, [...all, { id: 'neu', n: 0 }], idOf, 4).map((r) => r.key)).toEqual(['s0', 's1', 's2', 's3', null]);
    expect(planShards(before, all.filter((item) => item.id !== 'i2'), idOf, 4).map((r) => r.key)).toEqual(['s0', null, 's2', 's3', 's4']);
  });

  test('a run that grows past the maximum is split; small new runs next to each other join', () => {
    const before = [{ key: 'a', items: items(0, 4) }];
    const grown = planShards(before, [...items(0, 4), ...items(4, 6)], idOf, 4);
    expect(grown.map((r) => [r.key, r.items.length])).toEqual([[null, 2], [null, 2], [null, 2]]);
    const moved = planShards([{ key: 'a', items: items(0, 2) }, { key: 'b', items: items(2, 4) }], [items(3, 4)[0]!, items(0, 1)[0]!], idOf, 4);
    expect(moved.map((r) => [r.key, r.items.length])).toEqual([[null, 2]]);
  });

  test('for any edits: the runs are the new list in order, none over the maximum, and kept keys hold exactly their old items (fast-check)', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('change' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 2, max: 12 }), fc.array(edit, { maxLength: 30 }), (size, max, edits) => {
        let runs = stored(planShards([], items(0, size), idOf, max));
        let counter = 0;
        for (const e of edits) {
          const list = runs.flatMap((r) => r.items);
          const at = list.length === 0 ? 0 : e.at % list.length;
          if (e.kind === 'add') list.splice(at, 0, { id: `neu${counter++}`, n: 0 });
          else if (list.length === 0) continue;
          else if (e.kind === 'remove') list.splice(at, 1);
          else if (e.kind === 'change') list[at] = { ...list[at]!, n: list[at]!.n + 1 };
          else list.splice(e.to % list.length, 0, list.splice(at, 1)[0]!);
          const next = planShards(runs, list, idOf, max);
          expect(next.flatMap((r) => r.items)).toEqual(list);
          for (const run of next) expect(run.items.length).toBeLessThanOrEqual(max);
          for (const run of next) if (run.key !== null) expect(runs.find((r) => r.key === run.key)!.items).toEqual(run.items);
          expect(new Set(next.filter((r) => r.key !== null).map((r) => r.key)).size).toBe(next.filter((r) => r.key !== null).length);
          runs = next.map((run) => ({ key: run.key ?? `k${counter++}`, items: run.items }));
        }
      }),
      { numRuns: 200 },
    );
  });
});
