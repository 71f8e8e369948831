/**
 * Text ↔ deflate-raw ↔ base64 with the platform's own `CompressionStream` (no library). Used by the
 * compressed snapshots (`snapshot-compressed.ts`); loads only with „Meine Daten“ and the contact import.
 */

/** Whether this browser can compress (and decompress) deflate-raw; without it snapshots stay uncompressed (format 2). */
export function canCompress(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** `text` as UTF-8, deflate-raw compressed, in base64. */
export async function deflateToBase64(text: string): Promise<string> {
  return bytesToBase64(await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

/**
 * The text `deflateToBase64` made. Rejects on base64 that is not, on deflate data that is damaged
 * or cut short, and on bytes that are no UTF-8 – never returns something half read.
 */
export async function inflateFromBase64(base64: string): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true }).decode(await through(base64ToBytes(base64), new DecompressionStream('deflate-raw')));
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
