/**
 * Snapshot format 3: time, cause and keys as plain JSON (so „Meine Daten“ lists a snapshot without
 * decompressing it), the values' JSON compressed with deflate-raw in base64, and a hash of that
 * JSON (`sum`): `{"v":3,"at":…,"cause":…,"keys":["nk:planer",…],"sum":"…","deflate":"…"}`.
 * A planner of 2,000 contacts takes ~0.2 MB instead of ~2 MB, so five snapshots fit in a browser's
 * 5 MB where one did before. Only „Meine Daten“ and the contact import load this; a browser
 * without `CompressionStream` writes format 2.
 */
import { COMPRESSED_SNAPSHOT_FORMAT, encodeSnapshot, type Snapshot } from './snapshot';
import { DAMAGED, readSnapshotHead, storedTextsOf, type SnapshotRead } from './snapshot-decode';
import { canCompress, deflateToBase64, inflateFromBase64 } from './deflate-text';
import { textHash } from './text-hash';

/** A snapshot's values with their JSON and its hash, worked out once for a step. */
export interface PackedValues {
  json: string;
  sum: string;
}

/** The JSON of `values` (the text format 3 compresses) and its hash. */
export function packValues(values: Readonly<Record<string, string>>): PackedValues {
  const json = JSON.stringify(values);
  return { json, sum: textHash(json) };
}

/**
 * The text stored for a snapshot: format 3 – or format 2 where the browser cannot compress, and
 * where that is not longer (little data: base64, keys and hash cost more than deflate saves).
 */
export async function encodeCompressedSnapshot(snapshot: Snapshot, packed = packValues(snapshot.values)): Promise<string> {
  const plain = encodeSnapshot(snapshot);
  if (!canCompress()) return plain;
  try {
    const deflate = await deflateToBase64(packed.json);
    const text = JSON.stringify({ v: COMPRESSED_SNAPSHOT_FORMAT, at: snapshot.at, cause: snapshot.cause, keys: Object.keys(snapshot.values), sum: packed.sum, deflate });
    return text.length < plain.length ? text : plain;
  } catch {
    // A browser whose stream fails for its own reasons still gets its undo point, uncompressed.
    return plain;
  }
}

/**
 * Whether the stored snapshot text `raw` (any format) holds exactly the data texts packed in `packed`: for
 * format 3 by the hash of their JSON (see `textHash` for why a hash is enough), for formats 1 and 2
 * by that JSON itself. Synchronous and without decompressing, so a step can check it in the same
 * task in which it writes. A damaged text never matches; a format-3 text whose compressed part
 * alone is damaged does – `applyWrites` checks the newest in full before it relies on it.
 */
export function holdsSameValues(raw: string | null, packed: PackedValues): boolean {
  const read = raw === null ? null : readSnapshotHead(raw);
  return !!read?.ok && (read.head.packed ? read.head.packed.sum === packed.sum : JSON.stringify(read.head.values) === packed.json);
}

/**
 * Reads a stored snapshot of any format with its values: format 3 is decompressed and checked –
 * base64, deflate data, UTF-8, JSON, keys and texts as `snapshot-decode.ts` demands them, the keys
 * listed outside and the hash must all agree, or the snapshot is damaged. Never rejects.
 */
export async function readSnapshotFull(raw: string): Promise<SnapshotRead> {
  const read = readSnapshotHead(raw);
  if (!read.ok) return read;
  const { at, cause, keys, format, values: plain, packed } = read.head;
  if (!packed) return { ok: true, format, snapshot: { at, cause, values: plain! } };
  try {
    const json = await inflateFromBase64(packed.deflate);
    if (textHash(json) !== packed.sum) return DAMAGED;
    const values = storedTextsOf(JSON.parse(json));
    if (!values || JSON.stringify(Object.keys(values)) !== JSON.stringify(keys)) return DAMAGED;
    return { ok: true, format: COMPRESSED_SNAPSHOT_FORMAT, snapshot: { at, cause, values } };
  } catch {
    return DAMAGED;
  }
}
