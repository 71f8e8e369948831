import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../../src/lib/contact-import/decode';
import { decodeQuotedPrintable, isVCard, parseVCards, unfoldLines } from '../../../src/lib/contact-import/vcard';
import type { ImportRow } from '../../../src/lib/contact-import/fields';

function rows(name: string): ImportRow[] {
  const decoded = decodeBytes(new Uint8Array(readFileSync(new URL(`../../fixtures/contact-import/${name}`, import.meta.url))));
  if (!decoded.ok) throw new Error(decoded.code);
  const result = parseVCards(decoded.text, 10_000, 2026);
  if (!result.ok) throw new Error(result.error.code);
  return result.rows;
}

describe('vCard files', () => {
  test('Apple 3.0: N/FN, ORG parts, several EMAIL and TEL, grouped URL, BDAY with year, NOTE with escapes, folded PHOTO skipped', () => {
    const [jana, uwe, fatma] = rows('apple-3.0.vcf');
    expect(jana).toEqual({ at: 1, name: 'Dr. Jana Müller', organisation: 'Stadtwerke Nordhafen, Vertrieb', position: 'Leiterin Vertrieb', emails: ['jana.mueller@example.org', 'jana@example.net'], phones: ['+49 170 1234567', '+49 40 987654'], profileUrl: 'https://www.linkedin.com/in/jana-mueller-1a2b3c', birthday: '1985-03-14', notes: 'Kennengelernt beim Stammtisch, Thema Energiewende.\nMag Kaffee.', tags: [], connectedOn: '' });
    expect(uwe).toMatchObject({ organisation: 'Schröder, Weber & Co. KG', birthday: '11-02' });
    expect(fatma!.notes).toBe('Hat einen sehr langen Hinweis, der über mehrere Zeilen gefaltet wurde, so wie Apple es macht, wenn eine Zeile zu lang wird.');
  });

  test('Google 3.0: BDAY without year, compact BDAY, escaped URL, categories without „myContacts“', () => {
    const [lukas, ayse] = rows('google-3.0.vcf');
    expect(lukas).toMatchObject({ name: 'Lukas Weiß', emails: ['lukas.weiss@example.com', 'lukas@example.org', 'l.weiss@example.net'], birthday: '03-14', profileUrl: 'http://www.example.com/lukas', tags: ['Kunden'] });
    expect(ayse).toMatchObject({ name: 'Ayşe Demir', birthday: '1990-07-04', emails: ['ayse.demir@example.org'] });
  });

  test('Outlook 2.1: Windows-1252, quoted-printable with a soft line break, bare TEL types', () => {
    const [soeren, anna] = rows('outlook-2.1.vcf');
    expect(soeren).toMatchObject({ name: 'Sören Kühn', organisation: 'Übersetzungsbüro Kühn', position: 'Übersetzer', phones: ['+49 30 1112223', '+49 160 4445556'], emails: ['soeren@example.de'], notes: 'Spricht Dänisch und Schwedisch.\nGrüße an die Familie.', birthday: '1978-12-24' });
    expect(anna).toMatchObject({ name: 'Anna-Lena Groß, Universität Beispielstadt', emails: ['anna.gross@example.org'] });
  });

  test('Xing 3.0 and a 4.0 file: profile URL, tel: URIs, 29 February without year', () => {
    expect(rows('xing-3.0.vcf')[0]).toMatchObject({ name: 'Mehmet Öztürk', profileUrl: 'https://www.xing.com/profile/Mehmet_Oeztuerk', phones: ['+49 221 3334445'] });
    const [chloe, piotr] = rows('vcard-4.0.vcf');
    expect(chloe).toMatchObject({ name: 'Chloé Dubois', phones: ['+33-6-12-34-56-78'], birthday: '02-29', profileUrl: 'https://www.example.fr/chloe' });
    expect(piotr).toMatchObject({ name: 'Piotr Łukasiewicz', birthday: '1992-10-05', tags: ['Entwicklung', 'Polen'] });
  });

  test('a card without END:VCARD rejects the file and names the card', () => {
    expect(parseVCards(readFileSync(new URL('../../fixtures/contact-import/broken-unterminated.vcf', import.meta.url), 'utf8'), 100, 2026)).toEqual({ ok: false, error: { code: 'vcard-unterminated', at: 2 } });
    expect(parseVCards('BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n', 100, 2026)).toEqual({ ok: false, error: { code: 'vcard-unterminated', at: 1 } });
  });

  test('a card with only a structured name uses it; too many cards are refused', () => {
    const result = parseVCards('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Hahn;Frieda;;;\r\nEND:VCARD\r\n', 100, 2026);
    expect(result.ok && result.rows[0]!.name).toBe('Frieda Hahn');
    expect(parseVCards('BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\n', 1, 2026)).toEqual({ ok: false, error: { code: 'too-many-rows', limit: 1, count: 2 } });
  });

  test('the pre-pass: unfolding, quoted-printable in UTF-8 and Windows-1252, recognising a vCard', () => {
    expect(unfoldLines('FN:Jana\r\n  Müller\r\nNOTE:a')).toEqual(['FN:Jana Müller', 'NOTE:a']);
    expect(decodeQuotedPrintable('M=C3=BCller', 'UTF-8')).toBe('Müller');
    expect(decodeQuotedPrintable('M=FCller', 'Windows-1252')).toBe('Müller');
    expect(isVCard('\r\nBEGIN:VCARD\r\n')).toBe(true);
    expect(isVCard('Name,Firma')).toBe(false);
  });
});
