/**
 * The little every page needs to know of sharded values (`shards.ts`) without loading their code:
 * which keys are shards, and how many items a main text's shards hold.
 */

/** The keys of shards carry their value's key and a `/`, which no other key of ours has. */
export const isShardKey = (key: string): boolean => key.includes('/');

/** A value this long (UTF-16 units, about 0.5 MB, some 350 contacts) goes into shards when it is next written. */
export const SHARD_FROM = 250_000;

/** First unit of every packed shard (JSON starts with `[`). */
export const PACKED_SHARD = 'Z';

/**
 * How many items a sharded main text's shards hold (0 for any other value): lets views that count
 * entries without a schema (`readEnvelope`) count a list they do not read.
 */
export function itemsInShards(value: object): { list: string; count: number } | null {
  const shards = (value as { shards?: { list?: unknown; parts?: unknown } }).shards;
  if (!shards || typeof shards.list !== 'string' || !Array.isArray(shards.parts)) return null;
  return { list: shards.list, count: shards.parts.reduce((n: number, part: unknown) => n + (Array.isArray(part) && Number.isSafeInteger(part[1]) ? (part[1] as number) : 0), 0) };
}
