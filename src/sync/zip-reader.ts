/**
 * Reads the entries of an untrusted zip. Names must match the bundle's
 * allowlist (they are map keys, never paths); each entry and the whole archive
 * have byte caps that are counted while inflating, so a zip bomb stops at the
 * cap instead of filling memory; duplicates, truncation and unknown compression
 * methods are refusals. The central directory is not trusted for sizes.
 */
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { SyncError } from './errors';

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** Inflated byte cap for an entry name, or null when the name is not allowed. */
  capFor(name: string): number | null;
}

const CHUNK = 64 * 1024;
const EOCD = [0x50, 0x4b, 0x05, 0x06];

function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === EOCD[0] && bytes[i + 1] === EOCD[1] && bytes[i + 2] === EOCD[2] && bytes[i + 3] === EOCD[3]) return true;
  }
  return false;
}

export function readZipEntries(bytes: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  if (bytes.length === 0) throw new SyncError('empty');
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) throw new SyncError('notZip');
  if (!hasEndOfCentralDirectory(bytes)) throw new SyncError('truncated');

  const parts = new Map<string, Uint8Array[]>();
  const open = new Set<string>();
  let total = 0;
  // fflate catches what its callbacks throw and hands it back as a generic error,
  // so the first specific refusal is kept here and rethrown after the push.
  let failure: SyncError | null = null;
  const fail = (e: SyncError): never => {
    failure ??= e;
    throw e;
  };
  const unzip = new Unzip((file) => {
    const name = file.name;
    const cap = limits.capFor(name);
    if (cap === null) fail(new SyncError('entryName', { name: name.slice(0, 80) }));
    if (parts.has(name)) fail(new SyncError('duplicateEntry', { name }));
    if (parts.size >= limits.maxEntries) fail(new SyncError('tooManyEntries', { max: limits.maxEntries }));
    if (file.compression !== 0 && file.compression !== 8) fail(new SyncError('compression', { name }));
    const max = cap ?? 0;
    const chunks: Uint8Array[] = [];
    parts.set(name, chunks);
    open.add(name);
    let size = 0;
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) fail(new SyncError(/EOF/i.test(err.message) ? 'truncated' : 'corruptZip', { name }));
      size += data.length;
      total += data.length;
      if (size > max) fail(new SyncError('entryTooLarge', { name, max }));
      if (total > limits.maxTotalBytes) fail(new SyncError('totalTooLarge', { max: limits.maxTotalBytes }));
      chunks.push(data);
      if (final) open.delete(name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK) {
      const end = Math.min(bytes.length, at + CHUNK);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    if (failure) throw failure;
    if (e instanceof SyncError) throw e;
    // A new header where an open entry's data should continue: the entry was cut short.
    throw new SyncError(open.size > 0 ? 'truncated' : 'corruptZip');
  }
  if (failure) throw failure;
  if (open.size > 0) throw new SyncError('truncated');

  const out = new Map<string, Uint8Array>();
  for (const [name, chunks] of parts) out.set(name, concat(chunks));
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
