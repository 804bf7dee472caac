import { describe, expect, it } from 'vitest';
import { fingerprint, generateKeyPair, keyIdOf, signBytes, unwrapPrivateKey, verifyBytes, WrongPasswordError } from './keys';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('signing keys', () => {
  it('unwraps with the right password only, and the unwrapped key signs verifiably', async () => {
    const k = await generateKeyPair('correct horse', 1000);
    await expect(unwrapPrivateKey(k.wrapped, 'wrong horse')).rejects.toBeInstanceOf(WrongPasswordError);
    const priv = await unwrapPrivateKey(k.wrapped, 'correct horse');
    const sig = await signBytes(priv, bytes('hello'));
    expect(await verifyBytes(k.publicKey, bytes('hello'), sig)).toBe(true);
    expect(await verifyBytes(k.publicKey, bytes('hellO'), sig)).toBe(false);
    expect(await verifyBytes(k.publicKey, bytes('hello'), 'AAAA')).toBe(false);
  });

  it('keeps the private key out of reach of scripts', async () => {
    const k = await generateKeyPair('pw-pw-pw-pw', 1000);
    expect(k.privateKey.extractable).toBe(false);
    expect(k.wrapped.data).not.toContain(k.publicKey);
  });

  it('names keys by their public half', async () => {
    const k = await generateKeyPair('pw-pw-pw-pw', 1000);
    expect(k.keyId).toBe(keyIdOf(k.publicKey));
    expect(k.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(k.publicKey)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });
});
