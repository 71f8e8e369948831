/**
 * The text of one shard (`shards.ts`): a JSON text deflated with fflate and packed 15 bits to a
 * character, so that a stored value of thousands of contacts takes a small part of the quota.
 * Synchronous on purpose – a shard is written in the same task as the rest of a change – which the
 * platform's `CompressionStream` (async only) cannot do; reading all shards at once on load goes
 * through `DecompressionStream` (`unpackAhead`), as the page waits then anyway. Loaded with the code
 * for shards (`loadShards` in persistence), so a small planner never downloads it.
 *
 * Why 15 bits: browsers count localStorage in UTF-16 units (Chromium grants 5,242,880 of them),
 * so base64's 6 bits a unit would waste 60 % of what deflate saves. The units used,
 * U+4000–U+BFFF, are no surrogates (which a browser may replace) and nothing JSON escapes.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { PACKED_SHARD as PACKED } from './shard-keys';
import type { ShardCodec } from './shards';

const BASE = 0x4000;
const BITS = 15;

/** `json` as the text a shard stores. */
export function packShard(json: string): string {
  const bytes = deflateSync(strToU8(json), { level: 6 });
  const units: number[] = [];
  let out = '';
  let acc = 0;
  let held = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    held += 8;
    if (held >= BITS) {
      held -= BITS;
      units.push(BASE + ((acc >>> held) & 0x7fff));
      acc &= (1 << held) - 1;
      // String.fromCharCode takes its arguments on the stack: pass them a block at a time.
      if (units.length === 0x2000) out += String.fromCharCode(...units.splice(0));
    }
  }
  if (held > 0) units.push(BASE + ((acc << (BITS - held)) & 0x7fff));
  out += String.fromCharCode(...units);
  // Whole units hold more bits than the bytes when a unit's padding reaches a full byte.
  const drop = Math.floor((out.length * BITS) / 8) - bytes.length;
  return PACKED + drop + out;
}

/** The JSON text `packShard` packed; throws on a text that is no packed shard or whose data is damaged. */
export function unpackShard(text: string): string {
  const early = inflated.get(text);
  if (early !== undefined) return early;
  return strFromU8(inflateSync(packedBytes(text)));
}

/** The deflated bytes of a packed shard; throws on a text that is none. */
function packedBytes(text: string): Uint8Array {
  const drop = Number(text[1]);
  if (text[0] !== PACKED || (drop !== 0 && drop !== 1)) throw new Error('not a shard');
  const length = Math.floor(((text.length - 2) * BITS) / 8) - drop;
  const bytes = new Uint8Array(Math.max(length, 0));
  let acc = 0;
  let held = 0;
  let n = 0;
  for (let i = 2; i < text.length; i++) {
    const unit = text.charCodeAt(i) - BASE;
    if (unit < 0 || unit > 0x7fff) throw new Error('not a shard');
    acc = (acc << BITS) | unit;
    held += BITS;
    while (held >= 8 && n < length) {
      held -= 8;
      bytes[n++] = (acc >>> held) & 0xff;
    }
    acc &= (1 << held) - 1;
  }
  return bytes;
}

/** Shards unpacked ahead by `unpackAhead`, by their packed text. */
let inflated = new Map<string, string>();

/**
 * Unpacks `texts` ahead with the browser's own `DecompressionStream`, several times faster than
 * fflate's inflate, so that a page reading 10,000 contacts waits a few milliseconds for them rather
 * than a fifth of a second; `unpackShard` then takes them from here, until `forgetAhead`. Async,
 * so only where the page waits anyway: for the code for shards. A text that fails here is unpacked
 * (and found damaged) by `unpackShard`.
 */
export async function unpackAhead(texts: readonly string[]): Promise<void> {
  if (typeof DecompressionStream !== 'function') return;
  await Promise.all(
    texts.map(async (text) => {
      try {
        const stream = new Blob([packedBytes(text) as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
        inflated.set(text, await new Response(stream).text());
      } catch {
        // unpackShard says what is wrong with it
      }
    }),
  );
}

/** Lets go of what `unpackAhead` unpacked (once it has been read). */
export function forgetAhead(): void {
  inflated = new Map();
}

export const shardCodec: ShardCodec = { pack: packShard, unpack: unpackShard };
