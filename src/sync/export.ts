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

export type ExportMode = 'all' | 'since';

export interface ExportResult {
  bytes: Uint8Array;
  fileName: string;
  toSeq: number;
  changes: number;
  attachments: number;
}

const lastExportKey = (destination: string) => `sync.lastExport:${destination}`;
const ATTACHMENT_PATH = /(?:^|\.)attachments\.([0-9a-f]{64})(?:\.|$)/;

export async function lastExportedSeq(db: AppDB, destination: string): Promise<number> {
  return ((await db.settings.get(lastExportKey(destination)))?.value as number | undefined) ?? 0;
}

export async function markExported(db: AppDB, destination: string, toSeq: number): Promise<void> {
  await db.settings.put({ key: lastExportKey(destination), value: toSeq });
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

export async function buildExport(
  db: AppDB,
  opts: { destination: string; mode: ExportMode; passphrase?: string; now?: Date },
): Promise<ExportResult> {
  const now = opts.now ?? new Date();
  const { station, log, from, auditHead } = await db.transaction('r', [db.settings, db.changes], async () => {
    const station = (await db.settings.get('station'))?.value as unknown as Station;
    const from = opts.mode === 'since' ? await lastExportedSeq(db, opts.destination) : 0;
    const log = (await db.changes.toArray()) as SyncChange[];
    const auditHead = ((await db.settings.get('auditHead'))?.value as string | undefined) ?? GENESIS_HASH;
    return { station, log, from, auditHead };
  });

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

  const stored = opts.mode === 'all' ? await db.attachments.toArray() : await db.attachments.bulkGet([...referencedAttachments(changes)]);
  const attachments: { meta: AttachmentMeta; bytes: Uint8Array }[] = [];
  for (const a of stored) {
    if (!a) continue;
    const bytes = new Uint8Array(await a.blob.arrayBuffer());
    attachments.push({ meta: { sha256: a.sha256, name: a.name, type: a.type, size: bytes.length, createdAt: a.createdAt }, bytes });
  }

  const plain = await encodeBundle({
    id: ulid(now.getTime()),
    station: { id: station.id, code: station.code },
    createdAt: now.toISOString(),
    range: opts.mode === 'all' ? 'all' : { fromSeq: from + 1, toSeq },
    changes,
    attachments,
    auditHead,
  });
  const bytes = opts.passphrase ? await encryptBundle(plain, opts.passphrase) : plain;
  return { bytes, fileName: `${station.code}-${stamp(now)}.ckd`, toSeq, changes: changes.length, attachments: attachments.length };
}

function referencedAttachments(changes: readonly SyncChange[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    for (const path of Object.keys(c.fields)) {
      const sha = ATTACHMENT_PATH.exec(path)?.[1];
      if (sha) out.add(sha);
    }
  }
  return out;
}
