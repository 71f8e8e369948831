import { describe, expect, test } from 'vitest';
import { base64ToBytes, bytesToBase64, canCompress, deflateToBase64, inflateFromBase64 } from '../../../src/lib/storage/deflate-text';

describe('deflate-text', () => {
  test('Node (like every current browser) can compress', () => {
    expect(canCompress()).toBe(true);
  });

  test('round trip: umlauts, emoji, escaped lone surrogates and long texts come back unchanged', async () => {
    for (const text of ['', 'Jule Krüger – „Netzwerk“ 🤝', JSON.stringify({ a: '\ud800' }), 'Gespräch über Audit; '.repeat(50_000)]) {
      expect(await inflateFromBase64(await deflateToBase64(text))).toBe(text);
    }
  });

  test('compresses repetitive data far below its size', async () => {
    const text = 'Gespräch über Audit; '.repeat(50_000);
    expect((await deflateToBase64(text)).length).toBeLessThan(text.length / 50);
  });

  test('base64 of more bytes than one chunk, every byte value', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    const base64 = bytesToBase64(bytes);
    expect(base64).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(base64)).toEqual(bytes);
  });

  test('damaged input is refused, never read half: bad base64, bad deflate, deflate cut short', async () => {
    const good = await deflateToBase64('Gespräch über Audit; '.repeat(1000));
    await expect(inflateFromBase64('ä!*')).rejects.toThrow();
    await expect(inflateFromBase64(btoa('keine deflate-Daten'))).rejects.toThrow();
    await expect(inflateFromBase64(bytesToBase64(base64ToBytes(good).subarray(0, 20)))).rejects.toThrow();
  });

  test('bytes that are no UTF-8 read as U+FFFD (the snapshot’s hash then refuses them)', async () => {
    // Latin-1 „ü“ (0xFC) alone is no UTF-8; stored uncompressed (block type 0) so deflate itself is fine.
    expect(await inflateFromBase64(bytesToBase64(Uint8Array.from([0x01, 0x01, 0x00, 0xfe, 0xff, 0xfc])))).toBe('\ufffd');
  });
});
