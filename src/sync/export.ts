/**
 * Export: everything, or what changed since the last export to a destination
 * (remembered per destination in settings). All reads happen first; the bytes
 * are built outside any transaction. The "last export" mark is moved only after
 * the caller has saved the file (markExported).
 */
import { ulid } from 'ulid';
import type { AppDB, StoredAttachment } from '../db/app-db';
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
import { readLog } from '../db/change-log';
import { ensureStationKey } from '../db/repositories/station-keys';
import { signBytes } from '../domain/auth/keys';
import { readAuditHeadInTx, signAuditHead } from '../db/audit-checkpoint';

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

export interface ExportOptions {
  destination: string;
  mode: ExportMode;
  passphrase?: string;
  now?: Date;
  onProgress?: OnSyncProgress;
  /** Attachment bytes one file may carry; the rest go into further parts (default PART_ATTACHMENT_BYTES). */
  partBytes?: number;
}

/**
 * Attachments per file. The shell hands a file over IPC whole and at most 200 MB
 * at a time (MAX_TRANSFER_BYTES), and a whole part is built in memory: a station
 * with years of 50 MB videos must still hand over everything, so an export is
 * split into parts of at most this much, leaving room for the change log.
 */
export const PART_ATTACHMENT_BYTES = 150 * 1024 * 1024;

export interface ExportPart {
  bytes: Uint8Array;
  fileName: string;
  part: number;
  parts: number;
  attachments: number;
}

/** A prepared export: the log is read; the files are built one at a time with `build`. */
export interface ExportJob {
  /** "<code>-<yyyymmdd>-<hhmmss>": the name every part starts with. */
  baseName: string;
  toSeq: number;
  changes: number;
  attachments: number;
  parts: number;
  /**
   * Part `k` (1…parts). Part 1 carries the changes, the audit piece and the first
   * attachments; later parts carry attachments only. Each part is a complete
   * bundle of its own (imported alone, in any order); attachments are immutable,
   * so a row whose file comes in a later part shows it once that part is in.
   */
  build(k: number): Promise<ExportPart>;
}

/** "QA1-20261201-101500.ckd", or "QA1-20261201-101500-2of3.ckd" for a part of several. */
export function partFileName(baseName: string, part: number, parts: number): string {
  return parts === 1 ? `${baseName}.ckd` : `${baseName}-${part}of${parts}.ckd`;
}

/** Greedy, in stored order: a part closes when the next file would pass the budget (a file alone may fill one). */
function partition(stored: readonly StoredAttachment[], budget: number): StoredAttachment[][] {
  const groups: StoredAttachment[][] = [[]];
  let used = 0;
  for (const a of stored) {
    const size = a.blob.size;
    const current = groups[groups.length - 1] as StoredAttachment[];
    if (current.length > 0 && used + size > budget) {
      groups.push([a]);
      used = size;
    } else {
      current.push(a);
      used += size;
    }
  }
  return groups;
}

export async function prepareExport(db: AppDB, opts: ExportOptions): Promise<ExportJob> {
  const now = opts.now ?? new Date();
  const encrypting = opts.passphrase ? [['encrypting', 10] as const] : [];
  const first = new ProgressReporter(opts.onProgress, [['reading', 30], ['attachments', 20], ['zipping', 40], ...encrypting]);
  await first.report('reading', 0);
  // Made (WebCrypto) before the read transaction, the first time a station exports.
  const key = await ensureStationKey(db, now);
  const { station, log, from, auditHead, audit, ownHead } = await db.transaction('r', [db.settings, db.changes, db.audit], async () => {
    const station = (await db.settings.get('station'))?.value as unknown as Station;
    const from = opts.mode === 'since' ? await lastExportedSeq(db, opts.destination) : 0;
    const log = await readLog(db.changes);
    const auditHead = ((await db.settings.get('auditHead'))?.value as string | undefined) ?? GENESIS_HASH;
    // Read with the head, in this transaction, so the piece ends exactly at it.
    const audit = await readAuditForExport(db, station.id, log.filter((c) => (c.seq ?? 0) > from), opts.mode === 'all');
    return { station, log, from, auditHead, audit, ownHead: await readAuditHeadInTx(db, station.id) };
  });
  // The head as read with the log, signed by the station (kept as its checkpoint, carried by the bundle).
  const signedHead = await signAuditHead(db, station.id, ownHead, now);
  await first.report('reading', 0.5);

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
  await first.report('reading', 1);

  const found = opts.mode === 'all' ? await db.attachments.toArray() : await db.attachments.bulkGet([...referencedAttachments(changes)]);
  const stored = found.filter((a): a is StoredAttachment => a !== undefined);
  const groups = partition(stored, opts.partBytes ?? PART_ATTACHMENT_BYTES);
  const baseName = `${station.code}-${stamp(now)}`;

  const build = async (k: number): Promise<ExportPart> => {
    const group = groups[k - 1];
    if (!group) throw new RangeError(`export part ${k} of ${groups.length}`);
    const progress = k === 1 ? first : new ProgressReporter(opts.onProgress, [['attachments', 30], ['zipping', 60], ...encrypting]);
    const attachments: { meta: AttachmentMeta; bytes: Uint8Array }[] = [];
    await progress.chunked('attachments', group, 4, async (a) => {
      const bytes = new Uint8Array(await a.blob.arrayBuffer());
      attachments.push({ meta: { sha256: a.sha256, name: a.name, type: a.type, size: bytes.length, createdAt: a.createdAt }, bytes });
    });
    await progress.report('zipping', 0);
    const plain = await encodeBundle({
      id: ulid(now.getTime()),
      station: { id: station.id, code: station.code, name: station.name, publicKey: key.publicKey },
      sign: (bytes) => signBytes(key.privateKey, bytes),
      createdAt: now.toISOString(),
      range: opts.mode === 'all' ? 'all' : { fromSeq: from + 1, toSeq },
      changes: k === 1 ? changes : [],
      attachments,
      auditHead,
      auditSigned: { head: signedHead.head, count: signedHead.count, at: signedHead.at, signature: signedHead.signature },
      // Later parts carry no audit piece: the head alone, which part 1 proves.
      audit: k === 1 ? audit : undefined,
    });
    if (opts.passphrase) await progress.report('encrypting', 0);
    const bytes = opts.passphrase ? await encryptBundle(plain, opts.passphrase) : plain;
    progress.finish(opts.passphrase ? 'encrypting' : 'zipping');
    return { bytes, fileName: partFileName(baseName, k, groups.length), part: k, parts: groups.length, attachments: attachments.length };
  };
  return { baseName, toSeq, changes: changes.length, attachments: stored.length, parts: groups.length, build };
}

/** The whole export as one file, whatever its size (tests, the bench, generated bundles). */
export async function buildExport(db: AppDB, opts: Omit<ExportOptions, 'partBytes'>): Promise<ExportResult> {
  const job = await prepareExport(db, { ...opts, partBytes: Number.POSITIVE_INFINITY });
  const part = await job.build(1);
  return { bytes: part.bytes, fileName: part.fileName, toSeq: job.toSeq, changes: job.changes, attachments: part.attachments };
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
