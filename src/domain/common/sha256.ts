/**
 * Synchronous SHA-256 (pure JS). WebCrypto is asynchronous, and awaiting it
 * inside a Dexie transaction commits the transaction early; the audit chain is
 * hashed inside the write transaction, so it needs a synchronous hash.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? utf8ToBytes(input) : input));
}
