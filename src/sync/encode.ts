/**
 * Writes a version-2 bundle (see bundle-format.ts): signed by the station's key over
 * the exact manifest bytes. Attachments are stored, not deflated: they are photos and videos.
 */
import { zipSync, type Zippable } from 'fflate';
import type { SyncChange } from '../domain/merge/conflicts';
import type { SyncTable } from '../domain/merge/change';
import type { AuditEntry } from '../domain/audit/audit-chain';
import { AUDIT_NAME, BUNDLE_FORMAT, BUNDLE_VERSION, CHANGES_NAME, MANIFEST_NAME, SIGNATURE_NAME, type AttachmentMeta, type BundleStation, type Manifest } from './bundle-format';
import { sha256Bytes } from './decode';

export interface BundleContent {
  id: string;
  station: BundleStation;
  createdAt: string;
  range: Manifest['range'];
  changes: readonly SyncChange[];
  attachments: readonly { meta: AttachmentMeta; bytes: Uint8Array }[];
  auditHead: string;
  auditSigned?: Manifest['auditSigned'];
  /** The exporter's own audit entries ending at auditHead (audit.jsonl); omitted, the bundle has none. */
  audit?: readonly AuditEntry[];
  /** Signs the manifest's bytes with the key named in `station.publicKey` (base64 Ed25519 signature). */
  sign: (manifestBytes: Uint8Array<ArrayBuffer>) => Promise<string>;
}

export async function encodeBundle(content: BundleContent): Promise<Uint8Array> {
  const text = content.changes.map((c) => JSON.stringify({ hlc: c.hlc, station: c.station, table: c.table, rowId: c.rowId, fields: c.fields, at: c.at, actor: c.actor, ...(c.author ? { author: c.author } : {}), base: c.base ?? {} })).join('\n');
  const changesBytes = new TextEncoder().encode(text);
  const entries: Manifest['entries'] = { [CHANGES_NAME]: { sha256: await sha256Bytes(changesBytes), size: changesBytes.length } };
  const files: Zippable = { [CHANGES_NAME]: [changesBytes, { level: 1 }] };
  if (content.audit) {
    const auditText = content.audit.map(({ seq: _seq, ...e }) => JSON.stringify(e)).join('\n');
    const auditBytes = new TextEncoder().encode(auditText);
    entries[AUDIT_NAME] = { sha256: await sha256Bytes(auditBytes), size: auditBytes.length };
    files[AUDIT_NAME] = [auditBytes, { level: 6 }];
  }
  for (const a of content.attachments) {
    const name = `attachments/${a.meta.sha256}`;
    entries[name] = { sha256: a.meta.sha256, size: a.bytes.length };
    files[name] = [a.bytes, { level: 0 }];
  }
  const byTable: Partial<Record<SyncTable, number>> = {};
  for (const c of content.changes) byTable[c.table] = (byTable[c.table] ?? 0) + 1;
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    id: content.id,
    station: content.station,
    createdAt: content.createdAt,
    range: content.range,
    counts: { changes: content.changes.length, attachments: content.attachments.length, byTable },
    entries,
    attachments: content.attachments.map((a) => a.meta),
    auditHead: content.auditHead,
    ...(content.auditSigned ? { auditSigned: content.auditSigned } : {}),
  };
  const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest));
  files[MANIFEST_NAME] = [manifestBytes, { level: 6 }];
  files[SIGNATURE_NAME] = [new TextEncoder().encode(JSON.stringify({ alg: 'Ed25519', signature: await content.sign(manifestBytes) })), { level: 0 }];
  return zipSync(files);
}
