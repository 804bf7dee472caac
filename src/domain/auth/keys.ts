/**
 * Key handling, in one small module over WebCrypto (no cryptography of our own):
 * Ed25519 signing keys, and the private key kept encrypted (AES-GCM) under a key
 * derived from the person's password (PBKDF2-SHA256). Unwrapping is also the
 * password check: a wrong password fails the AES-GCM tag.
 */
import { sha256Hex } from '../common/sha256';

export const PBKDF2_ITERATIONS = 600_000;

export interface WrappedKey {
  alg: 'PBKDF2-SHA256/AES-GCM';
  iterations: number;
  salt: string;
  iv: string;
  data: string;
}

export interface NewKeyPair {
  keyId: string;
  publicKey: string;
  privateKey: CryptoKey;
  wrapped: WrappedKey;
}

// WebCrypto's own types, named without the DOM library (domain/ is also compiled for Node).
type Subtle = typeof globalThis.crypto.subtle;
export type CryptoKey = Awaited<ReturnType<Subtle['importKey']>>;
type CryptoKeyPair = { publicKey: CryptoKey; privateKey: CryptoKey };

const subtle = (): Subtle => globalThis.crypto.subtle;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** A key's id: the first 16 hex digits of the SHA-256 of its raw public key. */
export function keyIdOf(publicKeyB64: string): string {
  return sha256Hex(fromBase64(publicKeyB64)).slice(0, 16);
}

/** The fingerprint people read to each other: the SHA-256 of the public key in groups of four. */
export function fingerprint(publicKeyB64: string): string {
  return sha256Hex(fromBase64(publicKeyB64)).slice(0, 32).toUpperCase().match(/.{4}/g)!.join(' ');
}

async function passwordKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function wrapPrivateKey(pkcs8: Uint8Array<ArrayBuffer>, password: string, iterations = PBKDF2_ITERATIONS): Promise<WrappedKey> {
  return wrapWith(pkcs8, await deriveWrappingKey(password, iterations));
}

/** A password-derived key that wraps private keys: one PBKDF2 at the full count, usable for several keys under one password. */
export interface WrappingKey {
  key: CryptoKey;
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
}

export async function deriveWrappingKey(password: string, iterations = PBKDF2_ITERATIONS): Promise<WrappingKey> {
  const salt = randomBytes(16);
  return { key: await passwordKey(password, salt, iterations), salt, iterations };
}

/** The private key encrypted under a derived wrapping key (fresh IV); unwrapPrivateKey opens it with the password. */
export async function wrapWith(pkcs8: Uint8Array<ArrayBuffer>, w: WrappingKey): Promise<WrappedKey> {
  const iv = randomBytes(12);
  const data = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, w.key, pkcs8));
  return { alg: 'PBKDF2-SHA256/AES-GCM', iterations: w.iterations, salt: toBase64(w.salt), iv: toBase64(iv), data: toBase64(data) };
}

export class WrongPasswordError extends Error {
  constructor() {
    super('wrong password');
    this.name = 'WrongPasswordError';
  }
}

async function decrypt(wrapped: WrappedKey, password: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = await passwordKey(password, fromBase64(wrapped.salt), wrapped.iterations);
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: fromBase64(wrapped.iv) }, key, fromBase64(wrapped.data)));
  } catch {
    throw new WrongPasswordError();
  }
}

/** The private signing key, usable but not extractable; a wrong password throws WrongPasswordError. */
export async function unwrapPrivateKey(wrapped: WrappedKey, password: string): Promise<CryptoKey> {
  const pkcs8 = await decrypt(wrapped, password);
  try {
    return await subtle().importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  } finally {
    pkcs8.fill(0);
  }
}

/** The same key under a new password (a password change keeps the key, so nothing needs enrolling again). */
export async function rewrapPrivateKey(wrapped: WrappedKey, oldPassword: string, newPassword: string, iterations = PBKDF2_ITERATIONS): Promise<WrappedKey> {
  const pkcs8 = await decrypt(wrapped, oldPassword);
  try {
    return await wrapPrivateKey(pkcs8, newPassword, iterations);
  } finally {
    pkcs8.fill(0);
  }
}

/** A new Ed25519 key pair, its private half wrapped under the password. */
export async function generateKeyPair(password: string, iterations = PBKDF2_ITERATIONS): Promise<NewKeyPair> {
  return generateKeyPairWrappedWith(await deriveWrappingKey(password, iterations));
}

/** A new Ed25519 key pair wrapped under an already derived key (several accounts with one password: the demo plant's). */
export async function generateKeyPairWrappedWith(w: WrappingKey): Promise<NewKeyPair> {
  const pair = (await subtle().generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const wrapped = await wrapWith(pkcs8, w);
  // Kept in memory non-extractable, like a key unwrapped at login.
  const privateKey = await subtle().importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  pkcs8.fill(0);
  const publicKey = toBase64(raw);
  return { keyId: keyIdOf(publicKey), publicKey, privateKey, wrapped };
}

export async function signBytes(privateKey: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(new Uint8Array(await subtle().sign({ name: 'Ed25519' }, privateKey, bytes)));
}

const importedPublic = new Map<string, Promise<CryptoKey>>();

function publicKeyOf(publicKeyB64: string): Promise<CryptoKey> {
  let k = importedPublic.get(publicKeyB64);
  if (!k) {
    k = subtle().importKey('raw', fromBase64(publicKeyB64), { name: 'Ed25519' }, true, ['verify']);
    if (importedPublic.size > 5000) importedPublic.clear();
    importedPublic.set(publicKeyB64, k);
  }
  return k;
}

/** True only for a well-formed signature by this key over exactly these bytes. */
export async function verifyBytes(publicKeyB64: string, bytes: Uint8Array<ArrayBuffer>, signatureB64: string): Promise<boolean> {
  try {
    return await subtle().verify({ name: 'Ed25519' }, await publicKeyOf(publicKeyB64), fromBase64(signatureB64), bytes);
  } catch {
    return false;
  }
}
