/** Size limits for reading untrusted bundles, checked before and while reading. */
import { MAX_ATTACHMENT_BYTES } from '../domain/complaint/vocab';

export interface BundleLimits {
  /** The file as stored (possibly encrypted), checked before it is read. */
  maxFileBytes: number;
  maxTotalInflatedBytes: number;
  maxManifestBytes: number;
  maxChangesBytes: number;
  /** audit.jsonl, the exporter's piece of its audit chain. */
  maxAuditBytes: number;
  maxAttachmentBytes: number;
  maxLineBytes: number;
  maxChanges: number;
  maxEntries: number;
}

export const DEFAULT_LIMITS: BundleLimits = {
  maxFileBytes: 1024 * 1024 * 1024,
  maxTotalInflatedBytes: 2 * 1024 * 1024 * 1024,
  maxManifestBytes: 16 * 1024 * 1024,
  maxChangesBytes: 512 * 1024 * 1024,
  maxAuditBytes: 512 * 1024 * 1024,
  maxAttachmentBytes: MAX_ATTACHMENT_BYTES,
  maxLineBytes: 4 * 1024 * 1024,
  maxChanges: 2_000_000,
  maxEntries: 100_002,
};

/**
 * The UTF-8 size of a string without encoding it. Caps are in bytes: a cap in
 * characters lets a line of Chinese text (3 bytes a character) through at 3×.
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A line's size in bytes exceeds `max` (counted only when its length in characters leaves it in doubt). */
export function overByteCap(text: string, max: number): boolean {
  if (text.length > max) return true;
  return text.length * 3 > max && utf8Length(text) > max;
}
