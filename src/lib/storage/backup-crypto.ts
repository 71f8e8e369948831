/**
 * Passphrase-encrypted backups with the browser's Web Crypto: PBKDF2 (SHA-256, at least
 * 310,000 iterations, 16-byte random salt) derives an AES-256-GCM key; a 12-byte random IV
 * encrypts the whole backup text. GCM authenticates, so a wrong passphrase or a changed file
 * fails instead of producing garbage.
 *
 * ```json
 * { "format": "netzwerk-kompass-backup-verschluesselt", "formatVersion": 1,
 *   "kdf": "PBKDF2-SHA-256", "iterations": 310000, "salt": "…base64…",
 *   "cipher": "AES-256-GCM", "iv": "…base64…", "ciphertext": "…base64…" }
 * ```
 */
import * as v from 'valibot';
import { ENCRYPTED_BACKUP_FORMAT } from './backup';

export const PBKDF2_ITERATIONS = 310_000;
/** Files asking for more work than this are refused, so a crafted file cannot freeze the tab. */
const MAX_ITERATIONS = 5_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

/** What is wrong with a new passphrase and its repetition, in the order of the fields; null when nothing. */
export type PassphraseProblem = 'tooShort' | 'mismatch';

/**
 * Checks a new passphrase before an encrypted backup is made: long enough, and typed twice the same.
 * @example passphraseProblem('kurz', 'kurz') // 'tooShort'
 */
export function passphraseProblem(passphrase: string, repeat: string): PassphraseProblem | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (repeat !== passphrase) return 'mismatch';
  return null;
}

const base64 = v.pipe(v.string(), v.maxLength(8 * 1024 * 1024), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));

const wrapperSchema = v.object({
  format: v.picklist([ENCRYPTED_BACKUP_FORMAT]),
  formatVersion: v.picklist([1]),
  kdf: v.picklist(['PBKDF2-SHA-256']),
  iterations: v.pipe(v.number(), v.safeInteger(), v.minValue(PBKDF2_ITERATIONS), v.maxValue(MAX_ITERATIONS)),
  salt: v.pipe(base64, v.minLength(24), v.maxLength(24)),
  cipher: v.picklist(['AES-256-GCM']),
  iv: v.pipe(base64, v.minLength(16), v.maxLength(16)),
  ciphertext: base64,
});

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * Encrypts a backup text with a passphrase; resolves to the text of the encrypted file.
 * @example await encryptBackup(createBackup(…).text, 'lange geheime Wortfolge')
 */
export async function encryptBackup(text: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)));
  const file = {
    format: ENCRYPTED_BACKUP_FORMAT,
    formatVersion: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
    ciphertext: toBase64(ciphertext),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** damaged: the wrapper is incomplete; passphrase: wrong passphrase, or the file was changed. */
export type Decrypted = { ok: true; text: string } | { ok: false; code: 'encryptedDamaged' | 'passphrase' };

/**
 * Opens an encrypted backup (already parsed from JSON) with the passphrase; the result is the
 * plain backup text, to be checked with `readBackup` like any other file. Never rejects.
 */
export async function decryptBackup(file: unknown, passphrase: string): Promise<Decrypted> {
  const parsed = v.safeParse(wrapperSchema, file);
  if (!parsed.success) {
    return { ok: false, code: 'encryptedDamaged' };
  }
  const { iterations, salt, iv, ciphertext } = parsed.output;
  try {
    const key = await deriveKey(passphrase, fromBase64(salt), iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(ciphertext));
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, code: 'passphrase' };
  }
}
