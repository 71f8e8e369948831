/**
 * A small, fast, synchronous hash of a text: the two 32-bit multiply lanes of cyrb53 (by bryc,
 * public domain), 53 bits as a base-36 string, without cyrb53's final mixing – that only spreads
 * the last characters' bits for hash tables; for telling texts apart it adds nothing, and each lane
 * step (xor a UTF-16 unit, multiply by an odd number) is a bijection, so two texts of one length
 * that differ in a single place never share a hash. Compressed snapshots (format 3) keep it of
 * their values' JSON, for two jobs:
 * - telling without decompressing whether the newest snapshot holds the data of a new one already
 *   (then none is added). Two different data states share a hash with a chance of about 2^-53 –
 *   and even then only one undo point is not added, nothing stored is changed;
 * - finding damage that deflate-raw itself does not notice (it has no checksum of its own).
 * Nobody gains from forging a hash here – the data is the reader's own, in their own browser –
 * so a cryptographic hash (async `crypto.subtle`, far more code around it) would buy nothing.
 * @example textHash('abc') // a string like '1p0s3e6pbqa1'
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
