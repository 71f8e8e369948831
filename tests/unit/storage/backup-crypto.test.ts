import { describe, expect, test } from 'vitest';
import { decryptBackup, encryptBackup, MIN_PASSPHRASE_LENGTH, passphraseProblem, PBKDF2_ITERATIONS } from '../../../src/lib/storage/backup-crypto';
import { readBackup } from '../../../src/lib/storage/backup';

const PLAIN = '{"format":"netzwerk-kompass-backup","formatVersion":1,"exportedAt":"2026-03-01T10:00:00.000Z","records":{}}\nÜmlaut 😀';

describe('encryptBackup', () => {
  test('writes an encrypted wrapper with PBKDF2-SHA-256 at 310,000 iterations, fresh salt and IV, and no plain text', async () => {
    const [a, b] = await Promise.all([encryptBackup(PLAIN, 'richtig langes Passwort'), encryptBackup(PLAIN, 'richtig langes Passwort')]);
    const wrapper = JSON.parse(a);
    expect(wrapper).toMatchObject({ format: 'netzwerk-kompass-backup-verschluesselt', formatVersion: 1, kdf: 'PBKDF2-SHA-256', iterations: 310_000, cipher: 'AES-256-GCM' });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    expect(a).not.toContain('netzwerk-kompass-backup"');
    expect(JSON.parse(b).salt).not.toBe(wrapper.salt);
    expect(JSON.parse(b).iv).not.toBe(wrapper.iv);
    expect(readBackup(a, [])).toMatchObject({ ok: false, problem: { code: 'encrypted' } });
  });
});

describe('decryptBackup', () => {
  test('gives back exactly the original text with the right passphrase', async () => {
    const encrypted = await encryptBackup(PLAIN, 'richtig langes Passwort');
    expect(await decryptBackup(JSON.parse(encrypted), 'richtig langes Passwort')).toEqual({ ok: true, text: PLAIN });
  });

  test('refuses a wrong passphrase with the code passphrase', async () => {
    const encrypted = await encryptBackup(PLAIN, 'richtig langes Passwort');
    expect(await decryptBackup(JSON.parse(encrypted), 'falsches Passwort')).toEqual({ ok: false, code: 'passphrase' });
  });

  test('refuses a file whose ciphertext was changed', async () => {
    const wrapper = JSON.parse(await encryptBackup(PLAIN, 'richtig langes Passwort'));
    const bytes = atob(wrapper.ciphertext);
    wrapper.ciphertext = btoa(String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1));
    expect(await decryptBackup(wrapper, 'richtig langes Passwort')).toEqual({ ok: false, code: 'passphrase' });
  });

  test.each([
    ['too few iterations', { iterations: 1000 }],
    ['an absurd number of iterations', { iterations: 1e12 }],
    ['another cipher', { cipher: 'AES-CBC' }],
    ['a salt that is not base64', { salt: '!!!!!!!!!!!!!!!!!!!!!!!!' }],
    ['a missing IV', { iv: undefined }],
  ])('refuses a wrapper with %s as damaged, without deriving a key', async (_name, change) => {
    const wrapper = { ...JSON.parse(await encryptBackup(PLAIN, 'richtig langes Passwort')), ...change };
    expect(await decryptBackup(wrapper, 'richtig langes Passwort')).toEqual({ ok: false, code: 'encryptedDamaged' });
  });

  test('refuses things that are no wrapper at all', async () => {
    for (const value of [null, 5, 'text', [], { format: 'netzwerk-kompass-backup-verschluesselt' }]) {
      expect(await decryptBackup(value, 'x')).toEqual({ ok: false, code: 'encryptedDamaged' });
    }
  });
});

describe('passphraseProblem', () => {
  test('is tooShort below the minimum length, whatever the repetition', () => {
    expect(passphraseProblem('x'.repeat(MIN_PASSPHRASE_LENGTH - 1), 'anders')).toBe('tooShort');
  });

  test('is mismatch when the repetition differs', () => {
    expect(passphraseProblem('x'.repeat(MIN_PASSPHRASE_LENGTH), 'y'.repeat(MIN_PASSPHRASE_LENGTH))).toBe('mismatch');
  });

  test('is null for a long enough passphrase typed twice the same', () => {
    expect(passphraseProblem('x'.repeat(MIN_PASSPHRASE_LENGTH), 'x'.repeat(MIN_PASSPHRASE_LENGTH))).toBeNull();
  });
});
