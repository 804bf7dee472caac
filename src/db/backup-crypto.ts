/**
 * Backups encrypted with the administrator's backup passphrase.
 *
 * The passphrase wraps a random data key (PBKDF2-SHA256, 600,000 iterations,
 * AES-GCM); the data key, imported non-extractable, is kept in this station's
 * database so that scheduled backups run unattended, and every backup file
 * carries the wrapped key in its header. A stolen backup file alone is
 * unreadable; restoring it on another computer asks for the passphrase.
 *
 * Every sealed file is self-contained: the passphrase alone opens it, on any
 * computer. "Back up to…" seals with a fresh key wrapped under the passphrase
 * typed for that file (sealWithPassphrase); the scheduled backups seal with the
 * station's stored key, whose wrapped form every file carries too.
 *
 * Layout: magic "CDBACKE" + envelope version "1" | iterations (u32 BE) | salt (16) |
 * wrap iv (12) | wrapped key (48) | iv (12) | AES-GCM ciphertext of the plain backup file.
 * A file with another envelope version is refused as 'version', not as corrupt.
 */
import type { AppDB } from './app-db';

const PREFIX = new TextEncoder().encode('CDBACKE');
const ENVELOPE_VERSION = '1'.charCodeAt(0);
const MAGIC = new Uint8Array([...PREFIX, ENVELOPE_VERSION]);
/** The shortest passphrase a backup may be sealed with (the same as an account password). */
export const MIN_BACKUP_PASSPHRASE = 8;
const ITERATIONS = 600_000;
const HEADER = 8 + 4 + 16 + 12 + 48 + 12;
export const BACKUP_KEY_SETTING = 'backupKey';

interface StoredBackupKey {
  key: CryptoKey;
  iterations: number;
  salt: Uint8Array<ArrayBuffer>;
  wrapIv: Uint8Array<ArrayBuffer>;
  wrapped: Uint8Array<ArrayBuffer>;
}

export class BackupPassphraseError extends Error {
  constructor(readonly code: 'wrongPassphrase' | 'needPassphrase' | 'corrupt' | 'version' | 'passphraseShort') {
    super(`backup: ${code}`);
    this.name = 'BackupPassphraseError';
  }
}

let testIterations: number | undefined;
export function setBackupIterationsForTests(n: number): void {
  testIterations = n;
}

async function kek(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** A fresh data key, wrapped under the passphrase; the key itself is never extractable. */
async function newWrappedKey(passphrase: string): Promise<StoredBackupKey> {
  if (passphrase.length < MIN_BACKUP_PASSPHRASE) throw new BackupPassphraseError('passphraseShort');
  const iterations = testIterations ?? ITERATIONS;
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const wrapIv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: wrapIv }, await kek(passphrase, salt, iterations), raw));
  const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  raw.fill(0);
  return { key, iterations, salt, wrapIv, wrapped };
}

/** Sets (or replaces) the backup passphrase: later backups are encrypted with a new data key it wraps. */
export async function setBackupPassphrase(db: AppDB, passphrase: string): Promise<void> {
  const stored = await newWrappedKey(passphrase);
  await db.settings.put({ key: BACKUP_KEY_SETTING, value: stored as never });
}

/** "Back up to…": one file sealed under the passphrase typed for it, whatever the station's own passphrase. */
export async function sealWithPassphrase(plain: Uint8Array<ArrayBuffer>, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  return envelope(await newWrappedKey(passphrase), plain);
}

export async function hasBackupPassphrase(db: AppDB): Promise<boolean> {
  return !!(await db.settings.get(BACKUP_KEY_SETTING));
}

/** Any envelope version: a sealed file of another version must be refused as such, not read as a zip. */
export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.length > PREFIX.length && PREFIX.every((b, i) => bytes[i] === b);
}

/** The backup file as written: encrypted when a backup passphrase is set, else as it is. */
export async function sealBackup(db: AppDB, plain: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stored = (await db.settings.get(BACKUP_KEY_SETTING))?.value as unknown as StoredBackupKey | undefined;
  if (!stored) return plain;
  return envelope(stored, plain);
}

async function envelope(stored: StoredBackupKey, plain: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const body = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, stored.key, plain));
  const out = new Uint8Array(HEADER + body.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(8, stored.iterations);
  out.set(stored.salt, 12);
  out.set(stored.wrapIv, 28);
  out.set(stored.wrapped, 40);
  out.set(iv, 88);
  out.set(body, HEADER);
  return out;
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The plain backup file. A file this station sealed opens with its stored key;
 * any other needs the passphrase (BackupPassphraseError 'needPassphrase' asks for it).
 */
export async function openBackup(db: AppDB | null, bytes: Uint8Array<ArrayBuffer>, passphrase?: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!isEncryptedBackup(bytes)) return bytes;
  if (bytes[PREFIX.length] !== ENVELOPE_VERSION) throw new BackupPassphraseError('version');
  // Cut short inside the header: nothing to decrypt.
  if (bytes.length <= HEADER) throw new BackupPassphraseError('corrupt');
  const iterations = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8);
  const salt = bytes.slice(12, 28);
  const wrapIv = bytes.slice(28, 40);
  const wrapped = bytes.slice(40, 88);
  const iv = bytes.slice(88, HEADER);
  const body = bytes.slice(HEADER);
  let key: CryptoKey | undefined;
  const stored = db ? ((await db.settings.get(BACKUP_KEY_SETTING))?.value as unknown as StoredBackupKey | undefined) : undefined;
  if (stored && equal(stored.wrapped, wrapped)) key = stored.key;
  else if (passphrase === undefined) throw new BackupPassphraseError('needPassphrase');
  else {
    if (iterations < 1000 || iterations > 10_000_000) throw new BackupPassphraseError('corrupt');
    let raw: Uint8Array<ArrayBuffer>;
    try {
      raw = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapIv }, await kek(passphrase, salt, iterations), wrapped));
    } catch {
      throw new BackupPassphraseError('wrongPassphrase');
    }
    key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
    raw.fill(0);
  }
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, body));
  } catch {
    throw new BackupPassphraseError('corrupt');
  }
}
