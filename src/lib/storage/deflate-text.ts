/**
 * Text ↔ deflate-raw ↔ base64 with the platform's own `CompressionStream` (no library). Used by the
 * compressed snapshots (`snapshot-compressed.ts`); loads only with „Meine Daten“ and the contact import.
 */

/**
 * Whether this browser can compress (and decompress: every browser brought both streams in the same
 * version) deflate-raw; without it snapshots stay uncompressed (format 2).
 */
export function canCompress(): boolean {
  return typeof CompressionStream === 'function';
}

/** `part` (a text as UTF-8, or bytes) through a compression stream. */
function through(part: string | Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Response {
  return new Response(new Blob([part]).stream().pipeThrough(stream));
}

/**
 * `text` as UTF-8, deflate-raw compressed, in base64. A lone surrogate would become U+FFFD on
 * the way; the snapshots' texts are JSON, which `JSON.stringify` keeps free of them (it escapes them).
 */
export async function deflateToBase64(text: string): Promise<string> {
  return bytesToBase64(new Uint8Array(await through(text, new CompressionStream('deflate-raw')).arrayBuffer()));
}

/**
 * The text `deflateToBase64` made. Rejects on base64 that is not and on deflate data that is
 * damaged or cut short. Bytes that are no UTF-8 read as U+FFFD: deflate-raw has no checksum, so
 * the snapshots check what comes out against a hash of their own anyway (`textHash`).
 */
export async function inflateFromBase64(base64: string): Promise<string> {
  return through(base64ToBytes(base64), new DecompressionStream('deflate-raw')).text();
}

// `btoa`/`atob` in chunks rather than `Uint8Array.prototype.toBase64`/`fromBase64`: those are only in
// Chromium 140+, Firefox 133+, Safari 18.2+ and not in Node 24 (the unit tests), so one path that runs
// everywhere is smaller than two. Chunks keep `String.fromCharCode` under the argument limit.
const CHUNK = 0x8000;

/** Bytes as base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Base64 as bytes; throws on characters outside base64 (`atob` does). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
