/**
 * Hand-made bundles signed as the hostile station (a fixed Ed25519 key, so the
 * same bytes are built every run), or as any other key, or as version 1.
 */
import { fromBase64, signBytes, toBase64, type CryptoKey } from '../../domain/auth/keys';
import { rawZip, type RawEntry } from './raw-zip';
import { validParts } from './hostile';

type BundleSpec = Parameters<typeof validParts>[0];

/** The hostile station's private key (PKCS#8 of a fixed seed): test data, never a real station's. */
const HOSTILE_PKCS8 = 'MC4CAQAwBQYDK2VwBCIEIGNvbXBsYWludC1kZXNrIGhvc3RpbGUgc3RhdGlvbiAx';
let hostileKey: Promise<CryptoKey> | null = null;

export function hostilePrivateKey(): Promise<CryptoKey> {
  hostileKey ??= globalThis.crypto.subtle.importKey('pkcs8', fromBase64(HOSTILE_PKCS8), { name: 'Ed25519' }, false, ['sign']);
  return hostileKey;
}

/** A fresh key pair, e.g. for a forger or for a station whose key changed. */
export async function otherKey(): Promise<{ privateKey: CryptoKey; publicKey: string }> {
  const pair = (await globalThis.crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as { publicKey: CryptoKey; privateKey: CryptoKey };
  return { privateKey: pair.privateKey, publicKey: toBase64(new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', pair.publicKey))) };
}

/** validParts plus signature.json: the manifest's exact bytes signed with `key` (the hostile station's by default). */
export async function signedParts(spec: BundleSpec = {}, key?: CryptoKey): Promise<RawEntry[]> {
  const parts = validParts(spec);
  const manifest = parts.find((p) => p.name === 'manifest.json');
  if (!manifest) return parts;
  const signature = await signBytes(key ?? (await hostilePrivateKey()), new Uint8Array(manifest.data));
  return [...parts, { name: 'signature.json', data: new TextEncoder().encode(JSON.stringify({ alg: 'Ed25519', signature })) }];
}

export async function signedBundle(spec: BundleSpec = {}, key?: CryptoKey): Promise<Uint8Array> {
  return rawZip(await signedParts(spec, key));
}
