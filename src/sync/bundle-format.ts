/**
 * The sync bundle file format, version 2: a zip holding
 *   manifest.json          what the bundle is (format, version, station with its name and
 *                          public key, range, counts, checksums)
 *   signature.json         the station's Ed25519 signature over the exact bytes of
 *                          manifest.json (which lists every other entry's hash, so
 *                          the signature covers the whole bundle)
 *   changes.jsonl          one ChangeRecord (+ what its writer had seen) per line
 *   attachments/<sha256>   immutable evidence files, named by their own hash
 *   audit.jsonl            optional: the exporting station's own audit entries, a
 *                          contiguous piece of its hash chain ending at `auditHead`
 *                          (added later within version 1: readers that predate it
 *                          refuse such a bundle as a bad manifest, never misread it)
 * Version 1 (no signature, no key) is still read, so that its refusal names what
 * is wrong with it (unsigned: src/sync/station-trust.ts), never misreads it.
 * Strict types describe what we write; the loose zod schemas below describe what
 * we accept (unknown extra keys are tolerated, unknown versions are not).
 * Reading goes validate → upgrade → merge.
 */
import { z } from 'zod';
import { SYNC_TABLES, type SyncTable } from '../domain/merge/change';
import { isHlc } from '../domain/merge/hlc';

export const BUNDLE_FORMAT = 'complaint-desk-bundle';
export const BUNDLE_VERSION = 2;
export const MANIFEST_NAME = 'manifest.json';
export const CHANGES_NAME = 'changes.jsonl';
export const ATTACHMENT_NAME = /^attachments\/([0-9a-f]{64})$/;
export const AUDIT_NAME = 'audit.jsonl';
export const SIGNATURE_NAME = 'signature.json';
export const ENTRY_NAME = /^(manifest\.json|signature\.json|changes\.jsonl|audit\.jsonl|attachments\/[0-9a-f]{64})$/;

export interface AttachmentMeta {
  sha256: string;
  name: string;
  type: string;
  size: number;
  createdAt: string;
}

export interface BundleStation {
  id: string;
  code: string;
  name: string;
  /** Raw Ed25519 public key, base64 ('' in a version-1 bundle). */
  publicKey: string;
}

/** The manifest as read (any accepted version) and as written (version 2). */
export interface Manifest {
  format: typeof BUNDLE_FORMAT;
  version: 1 | 2;
  id: string;
  station: BundleStation;
  createdAt: string;
  range: { fromSeq: number; toSeq: number } | 'all';
  counts: { changes: number; attachments: number; byTable: Partial<Record<SyncTable, number>> };
  entries: Record<string, { sha256: string; size: number }>;
  attachments: AttachmentMeta[];
  /** Head of the exporting station's audit hash chain, so others can notice a rewritten history. */
  auditHead: string;
  /** The same head as the station signed it for itself (audit-checkpoint.ts); absent in version 1. */
  auditSigned?: { head: string; count: number; at: string; signature: string };
}

const hlc = z.string().refine(isHlc);
const sha = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0).max(100_000_000);

/** Only the two keys that decide how to read the rest. */
export const manifestHeadSchema = z.looseObject({ format: z.unknown(), version: z.unknown() });

const manifestV1Shape = {
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  id: z.string().min(1).max(64),
  station: z.looseObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), code: z.string().min(1).max(20) }),
  createdAt: z.string().max(40),
  range: z.union([z.literal('all'), z.looseObject({ fromSeq: count, toSeq: count })]),
  counts: z.looseObject({ changes: count, attachments: count, byTable: z.record(z.string(), count) }),
  entries: z.record(z.string().regex(ENTRY_NAME), z.looseObject({ sha256: sha, size: count })),
  attachments: z.array(
    z.looseObject({ sha256: sha, name: z.string().min(1).max(255), type: z.string().max(100), size: count, createdAt: z.string().max(40) }),
  ).max(100_000),
  auditHead: z.string().max(128),
};
export const manifestV1Schema = z.looseObject(manifestV1Shape);
export const manifestV2Schema = z.looseObject({
  ...manifestV1Shape,
  version: z.literal(2),
  station: z.looseObject({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    code: z.string().min(1).max(20),
    name: z.string().max(100),
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  }),
  auditSigned: z.looseObject({ head: sha, count, at: z.string().max(40), signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/) }).optional(),
});

/** signature.json: the manifest's signature by the key the manifest names. */
export const signatureSchema = z.looseObject({ alg: z.literal('Ed25519'), signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/) });
export const MAX_SIGNATURE_BYTES = 1024;

export const changeLineSchema = z.looseObject({
  hlc,
  station: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  // Attachments never travel as changes: they are immutable entries of their own.
  table: z.enum(SYNC_TABLES).exclude(['attachments']),
  rowId: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/),
  // Values come out of JSON.parse, so they are JSON already; a recursive z.json() would cost more than the merge.
  fields: z.record(z.string(), z.unknown()).refine((f) => Object.keys(f).length > 0 && Object.keys(f).length <= 10_000),
  at: z.string().max(40),
  actor: z.string().max(200),
  /** The person (id) who made the change; absent from bundles written before authors were recorded. */
  author: z.string().max(200).optional(),
  base: z.record(z.string(), hlc).optional(),
});

/** One audit entry as it travels (the stored entry without its local `seq`); its hash is checked after parsing. */
export const auditLineSchema = z.looseObject({
  id: z.string().min(1).max(64),
  station: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  actor: z.string().max(200),
  at: z.string().max(40),
  entity: z.string().max(40),
  rowId: z.string().max(100),
  action: z.string().max(100),
  changes: z.array(z.looseObject({ path: z.string().max(512), before: z.unknown(), after: z.unknown() })).max(100_000),
  prevHash: sha,
  hash: sha,
});

/** validate → upgrade: every accepted version becomes the current shape here (a version-1 station has no name or key). */
export function upgradeManifest(m: z.infer<typeof manifestV1Schema> | z.infer<typeof manifestV2Schema>): Manifest {
  if (m.version === 1) return { ...(m as unknown as Manifest), station: { id: m.station.id, code: m.station.code, name: '', publicKey: '' } };
  return m as unknown as Manifest;
}
