/**
 * Backups encrypted with the administrator's backup passphrase.
 *
 * The passphrase wraps a random data key (PBKDF2-SHA256, 600,000 iterations,
 * AES-GCM); the data key, imported non-extractable, is kept in this station's
 * database so that scheduled backups run unattended, and every backup file
 * carries the wrapped key in its header. A stolen backup file alone is
 * unreadable; restoring it on another computer asks for the passphrase.
 *
 * Layout: magic "CDBACKE1" | iterations (u32 BE) | salt (16) | wrap iv (12) |
 * wrapped key (48) | iv (12) | AES-GCM ciphertext of the plain backup file.
 */
import type { AppDB } from './app-db';

const MAGIC = new TextEncoder().encode('CDBACKE1');
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
  constructor(readonly code: 'wrongPassphrase' | 'needPassphrase' | 'corrupt') {
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

/** Sets (or replaces) the backup passphrase: later backups are encrypted with a new data key it wraps. */
export async function setBackupPassphrase(db: AppDB, passphrase: string): Promise<void> {
  const iterations = testIterations ?? ITERATIONS;
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const wrapIv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: wrapIv }, await kek(passphrase, salt, iterations), raw));
  const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  raw.fill(0);
  const stored: StoredBackupKey = { key, iterations, salt, wrapIv, wrapped };
  await db.settings.put({ key: BACKUP_KEY_SETTING, value: stored as never });
}

export async function hasBackupPassphrase(db: AppDB): Promise<boolean> {
  return !!(await db.settings.get(BACKUP_KEY_SETTING));
}

export function isEncryptedBackup(bytes: Uint8Array): boolean {
  return bytes.length > HEADER && MAGIC.every((b, i) => bytes[i] === b);
}

/** The backup file as written: encrypted when a backup passphrase is set, else as it is. */
export async function sealBackup(db: AppDB, plain: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stored = (await db.settings.get(BACKUP_KEY_SETTING))?.value as unknown as StoredBackupKey | undefined;
  if (!stored) return plain;
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
