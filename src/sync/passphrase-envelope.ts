/**
 * Passphrase protection of a bundle (USB sticks get lost): AES-GCM 256 with a
 * key from PBKDF2-SHA256. Layout: magic(8) | iterations(u32 BE) | salt(16) |
 * iv(12) | check(32) | ciphertext+tag. PBKDF2 yields 64 bytes: the AES key and a
 * check value, so a wrong passphrase is told apart from a tampered file; the
 * header is the GCM additional data. WebCrypto only; never inside a transaction.
 */
import { SyncError } from './errors';

export const MIN_PBKDF2_ITERATIONS = 600_000;
const MAX_PBKDF2_ITERATIONS = 10_000_000;
const MAGIC = new TextEncoder().encode('CKDENC01');
const HEADER = 8 + 4 + 16 + 12 + 32;

export function isEncryptedBundle(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

async function derive(passphrase: string, salt: Uint8Array, iterations: number): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, 512));
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, check: bits.slice(32) };
}

export async function encryptBundle(plain: Uint8Array, passphrase: string, iterations = MIN_PBKDF2_ITERATIONS): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const { key, check } = await derive(passphrase, salt, iterations);
  const header = new Uint8Array(HEADER);
  header.set(MAGIC, 0);
  new DataView(header.buffer).setUint32(8, iterations);
  header.set(salt, 12);
  header.set(iv, 28);
  header.set(check, 40);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, plain as BufferSource));
  const out = new Uint8Array(HEADER + sealed.length);
  out.set(header, 0);
  out.set(sealed, HEADER);
  return out;
}

export async function decryptBundle(bytes: Uint8Array, passphrase: string): Promise<Uint8Array> {
  if (!isEncryptedBundle(bytes) || bytes.length < HEADER + 16) throw new SyncError('badEnvelope');
  const header = bytes.slice(0, HEADER);
  const iterations = new DataView(header.buffer).getUint32(8);
  if (iterations < MIN_PBKDF2_ITERATIONS) throw new SyncError('weakKdf', { iterations });
  if (iterations > MAX_PBKDF2_ITERATIONS) throw new SyncError('badEnvelope');
  const { key, check } = await derive(passphrase, header.slice(12, 28), iterations);
  const stored = header.slice(40, 72);
  let diff = 0;
  for (let i = 0; i < 32; i++) diff |= (stored[i] ?? 0) ^ (check[i] ?? 0);
  if (diff !== 0) throw new SyncError('wrongPassphrase');
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: header.slice(28, 40), additionalData: header }, key, bytes.slice(HEADER)));
  } catch {
    throw new SyncError('tamperedCiphertext');
  }
}
