/**
 * The little every page needs to know of sharded values (`shards.ts`) without loading their code:
 * which keys are shards, which shard texts are packed, and the answer for one it cannot read yet.
 */

/** The keys of shards carry their value's key and a `/`, which no other key of ours has. */
export const isShardKey = (key: string): boolean => key.includes('/');

/** First unit of every packed shard (JSON starts with `[`). */
export const PACKED_SHARD = 'Z';

/**
 * The answer for a packed shard on a page that has not loaded the codec yet. A registered symbol:
 * a definition's `shardedList` and persistence may come from different copies of a module (tests).
 */
export const NEEDS_CODEC: unique symbol = Symbol.for('nk:needs-codec') as never;

/**
 * How many items a sharded main text's shards hold (0 for any other value): lets views that count
 * entries without a schema (`readEnvelope`) count a list they do not read.
 */
export function itemsInShards(value: object): { list: string; count: number } | null {
  const shards = (value as { shards?: { list?: unknown; parts?: unknown } }).shards;
  if (!shards || typeof shards.list !== 'string' || !Array.isArray(shards.parts)) return null;
  return { list: shards.list, count: shards.parts.reduce((n: number, part: unknown) => n + (Array.isArray(part) && Number.isSafeInteger(part[1]) ? (part[1] as number) : 0), 0) };
}
