/**
 * Export: everything, or what changed since the last export to a destination
 * (remembered per destination in settings). All reads happen first; the bytes
 * are built outside any transaction. The "last export" mark is moved only after
 * the caller has saved the file (markExported).
 */
import { ulid } from 'ulid';
import type { AppDB } from '../db/app-db';
import type { SyncChange } from '../domain/merge/conflicts';
import { resolveBases, rowKey } from '../domain/merge/merge-batch';
import type { Station } from '../db/repositories/station';
import { GENESIS_HASH } from '../domain/audit/audit-chain';
import type { AttachmentMeta } from './bundle-format';
import { encryptBundle } from './passphrase-envelope';
import { encodeBundle } from './encode';
import { readAuditForExport } from './audit-continuity';
import { ProgressReporter, type OnSyncProgress } from './progress';
import { lastExportedSeq } from '../db/queries/export-marks';

export { FILE_DESTINATION, lastExportedSeq, markExported, pendingSince, stationDestination } from '../db/queries/export-marks';

export type ExportMode = 'all' | 'since';

export interface ExportResult {
  bytes: Uint8Array;
  fileName: string;
  toSeq: number;
  changes: number;
  attachments: number;
}

/**
 * Files are referenced by SHA-256 in many shapes: evidence and receipt photos as
 * map keys (`attachments.<sha>.name`), 8D photos under `d2.photos.<sha>`, the
 * company logo as a value (`company.logoSha256`). Any 64-hex key or value is a
 * candidate; candidates that are not stored files (e.g. a signed content hash)
 * are simply not found.
 */
const SHA_SEGMENT = /(?:^|\.)([0-9a-f]{64})(?=\.|$)/g;
const SHA_VALUE = /^[0-9a-f]{64}$/;

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

export async function buildExport(
  db: AppDB,
  opts: { destination: string; mode: ExportMode; passphrase?: string; now?: Date; onProgress?: OnSyncProgress },
): Promise<ExportResult> {
  const now = opts.now ?? new Date();
  const progress = new ProgressReporter(opts.onProgress, [
    ['reading', 30],
    ['attachments', 20],
    ['zipping', 40],
    ...(opts.passphrase ? [['encrypting', 10] as const] : []),
  ]);
  await progress.report('reading', 0);
  const { station, log, from, auditHead, audit } = await db.transaction('r', [db.settings, db.changes, db.audit], async () => {
    const station = (await db.settings.get('station'))?.value as unknown as Station;
    const from = opts.mode === 'since' ? await lastExportedSeq(db, opts.destination) : 0;
    const log = (await db.changes.toArray()) as SyncChange[];
    const auditHead = ((await db.settings.get('auditHead'))?.value as string | undefined) ?? GENESIS_HASH;
    // Read with the head, in this transaction, so the piece ends exactly at it.
    const audit = await readAuditForExport(db, station.id, log.filter((c) => (c.seq ?? 0) > from), opts.mode === 'all');
    return { station, log, from, auditHead, audit };
  });
  await progress.report('reading', 0.5);

  // Own writes carry what they had seen (their base); relayed ones already do.
  const byRow = new Map<string, SyncChange[]>();
  for (const c of log) {
    const key = rowKey(c.table, c.rowId);
    const list = byRow.get(key);
    if (list) list.push(c);
    else byRow.set(key, [c]);
  }
  const withBase = new Map<string, SyncChange>();
  for (const list of byRow.values()) {
    if (!list.some((c) => (c.seq ?? 0) > from)) continue;
    for (const c of resolveBases(list, station.id)) withBase.set(c.hlc, c);
  }
  const changes: SyncChange[] = [];
  let toSeq = from;
  for (const c of log) {
    if ((c.seq ?? 0) <= from) continue;
    const { seq: _seq, ...rest } = withBase.get(c.hlc) ?? c;
    changes.push(rest);
    toSeq = Math.max(toSeq, c.seq ?? 0);
  }
  await progress.report('reading', 1);

  const stored = opts.mode === 'all' ? await db.attachments.toArray() : await db.attachments.bulkGet([...referencedAttachments(changes)]);
  const attachments: { meta: AttachmentMeta; bytes: Uint8Array }[] = [];
  await progress.chunked('attachments', stored, 4, async (a) => {
    if (!a) return;
    const bytes = new Uint8Array(await a.blob.arrayBuffer());
    attachments.push({ meta: { sha256: a.sha256, name: a.name, type: a.type, size: bytes.length, createdAt: a.createdAt }, bytes });
  });

  await progress.report('zipping', 0);
  const plain = await encodeBundle({
    id: ulid(now.getTime()),
    station: { id: station.id, code: station.code },
    createdAt: now.toISOString(),
    range: opts.mode === 'all' ? 'all' : { fromSeq: from + 1, toSeq },
    changes,
    attachments,
    auditHead,
    audit,
  });
  if (opts.passphrase) await progress.report('encrypting', 0);
  const bytes = opts.passphrase ? await encryptBundle(plain, opts.passphrase) : plain;
  progress.finish(opts.passphrase ? 'encrypting' : 'zipping');
  return { bytes, fileName: `${station.code}-${stamp(now)}.ckd`, toSeq, changes: changes.length, attachments: attachments.length };
}

function referencedAttachments(changes: readonly SyncChange[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    for (const [path, value] of Object.entries(c.fields)) {
      for (const m of path.matchAll(SHA_SEGMENT)) out.add(m[1] as string);
      if (typeof value === 'string' && SHA_VALUE.test(value)) out.add(value);
    }
  }
  return out;
}
