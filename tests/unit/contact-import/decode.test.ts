import { describe, expect, test } from 'vitest';
import { decodeBytes, decodeCharset, MAX_IMPORT_BYTES } from '../../../src/lib/contact-import/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decoding an imported file', () => {
  test('UTF-8 with and without a byte-order mark gives the same text, without the mark', () => {
    expect(decodeBytes(utf8('Jana Müller'))).toEqual({ ok: true, text: 'Jana Müller', encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Jana Müller')]))).toEqual({ ok: true, text: 'Jana Müller', encoding: 'utf-8' });
  });

  test('bytes that are not UTF-8 are read as Windows-1252 (Outlook, older Excel)', () => {
    expect(decodeBytes(Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x80]))).toEqual({ ok: true, text: 'Müller €', encoding: 'windows-1252' });
  });

  test('UTF-16 with its byte-order mark is read; other bytes with NUL are refused as the wrong encoding', () => {
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x4d, 0, 0xfc, 0]))).toMatchObject({ ok: true, text: 'Mü' });
    expect(decodeBytes(Uint8Array.from([0xfe, 0xff, 0, 0x4d, 0, 0xfc]))).toMatchObject({ ok: true, text: 'Mü' });
    expect(decodeBytes(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ ok: false, code: 'encoding' });
  });

  test('a file over the size limit is refused before it is read', () => {
    expect(decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, code: 'too-big' });
    expect(decodeBytes(new Uint8Array(MAX_IMPORT_BYTES).fill(0x41))).toMatchObject({ ok: true });
  });

  test('a vCard CHARSET decodes its bytes; an unknown name falls back to UTF-8', () => {
    expect(decodeCharset(Uint8Array.from([0xdf]), 'Windows-1252')).toBe('ß');
    expect(decodeCharset(utf8('ß'), 'no-such-charset')).toBe('ß');
  });
});
