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
