/**
 * Turning the bytes of an imported file into text: UTF-8 with or without a byte-order mark, UTF-16
 * with one, and anything that is not valid UTF-8 as Windows-1252 (what Outlook and older Excel write).
 * Binary files (a NUL byte outside UTF-16) are refused.
 */

/** The largest file the import reads: 10 MiB holds well over 10,000 LinkedIn rows or vCards without photos. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type DecodedFile =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; code: 'too-big' | 'encoding' };

/** Decodes an imported file; the text never starts with a byte-order mark. */
export function decodeBytes(bytes: Uint8Array): DecodedFile {
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, code: 'too-big' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.includes(0)) return { ok: false, code: 'encoding' };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/** Decodes bytes named by a vCard 2.1 `CHARSET` parameter; unknown names fall back to UTF-8. */
export function decodeCharset(bytes: Uint8Array, charset: string): string {
  const name = charset.trim().toLowerCase();
  try {
    return new TextDecoder(name || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
