/**
 * The backup file format: a zip of every table of the local database.
 *   backup.json             what the file is (format, version, station, schema, per-table counts and hashes,
 *                           and where the attachments are)
 *   tables/<table>.jsonl    one row per line in canonical JSON, in primary-key order
 *   attachments/<sha256>    attachment bytes (their rows in tables/attachments.jsonl, without the blob),
 *                           when `attachments` is 'inline'
 *
 * Version 2 added `attachments`: 'inline' (in the file: a download, self-contained)
 * or 'beside' (the shell's backups: each file once, by hash, in the store beside
 * the backups, so a backup every 4 hours does not rewrite every video and stays
 * under what one IPC call may carry). Version 1 files are inline and still read.
 *
 * Not a sync bundle: a bundle carries only the synced tables' change log, and own
 * changes leave with the bases they had seen. A restore needs the local-only state
 * as well — the station identity and HLC, the per-year complaint number counters,
 * the audit hash chain, conflicts, import receipts and export marks — and the log
 * exactly as it was (with its seq numbers), so the restored station continues it.
 *
 * Each table's hash is the SHA-256 of its jsonl text; the restore recomputes it
 * from the new database, so "verified" means the rows read back are the rows
 * that were backed up.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { canonicalJson } from '../domain/common/canonical-json';
import { sha256Hex } from '../domain/common/sha256';
import { DERIVED_TABLES, type AppDB, type StoredAttachment } from './app-db';

export const BACKUP_FORMAT = 'complaint-desk-backup';
export const BACKUP_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, BACKUP_VERSION];

export type AttachmentPlacement = 'inline' | 'beside';
const MANIFEST = 'backup.json';
const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{64})$/;

export type BackupErrorCode = 'notBackup' | 'version' | 'corrupt' | 'newerSchema' | 'verify' | 'targetNotEmpty' | 'attachmentsBeside' | 'attachmentMissing';

export class BackupError extends Error {
  constructor(readonly code: BackupErrorCode, detail = '') {
    super(`backup ${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'BackupError';
  }
}

const tableInfoSchema = z.looseObject({ rows: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const manifestSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  createdAt: z.string().max(40),
  station: z.looseObject({ id: z.string().min(1).max(64), code: z.string().min(1).max(20) }),
  schemaVersion: z.number().int().min(1),
  tables: z.record(z.string().regex(/^[A-Za-z]{1,40}$/), tableInfoSchema),
  // Absent in version 1, whose files always hold their attachments.
  attachments: z.enum(['inline', 'beside']).optional(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/**
 * Settings that belong to this installation and never go into a file: the
 * backup key and the station's signing key are live, non-extractable CryptoKeys;
 * the signed audit head is signed by that station key. A restored installation
 * makes a new station key (the other stations enrol it again) and signs its
 * head afresh.
 */
export const LOCAL_ONLY_SETTINGS: ReadonlySet<string> = new Set(['backupKey', 'station.key', 'audit.signedHead']);

/** What the backed-up rows look like once read: attachments by their bytes' hash, not the Blob object. */
export function rowLine(row: unknown): string {
  if (row && typeof row === 'object' && 'blob' in row && (row as StoredAttachment).blob instanceof Blob) {
    const { blob: _blob, ...meta } = row as StoredAttachment;
    return canonicalJson(meta);
  }
  return canonicalJson(row);
}

/** The jsonl text of a table and its hash: what the backup stores and what a restore must read back. */
export async function tableText(db: AppDB, table: string): Promise<{ rows: unknown[]; text: string; sha256: string }> {
  const rows = (await db.table(table).toArray()).filter((r) => !(table === 'settings' && LOCAL_ONLY_SETTINGS.has((r as { key?: string }).key ?? '')));
  const text = rows.map(rowLine).join('\n');
  return { rows, text, sha256: sha256Hex(text) };
}

export interface BuiltBackup {
  bytes: Uint8Array;
  manifest: BackupManifest;
  /** The attachment rows of the snapshot: with 'beside', what the store must hold before the file is written. */
  attachments: StoredAttachment[];
}

/** Reads every table in one read transaction (a consistent snapshot), then zips outside it. */
export async function buildBackup(db: AppDB, now = new Date(), placement: AttachmentPlacement = 'inline'): Promise<BuiltBackup> {
  // Derived tables are rebuilt by the restore's own writes (the review packs: review-packs/middleware.ts).
  const tablesToKeep = db.tables.filter((t) => !DERIVED_TABLES.has(t.name));
  const names = tablesToKeep.map((t) => t.name).sort();
  const texts = await db.transaction('r', tablesToKeep, async () => {
    const out = new Map<string, Awaited<ReturnType<typeof tableText>>>();
    for (const name of names) out.set(name, await tableText(db, name));
    return out;
  });
  const station = (await db.settings.get('station'))?.value as { id: string; code: string } | undefined;
  if (!station) throw new BackupError('notBackup', 'this database has no station yet');

  const files: Zippable = {};
  const tables: BackupManifest['tables'] = {};
  for (const [name, { rows, text, sha256 }] of texts) {
    tables[name] = { rows: rows.length, sha256 };
    files[`tables/${name}.jsonl`] = [strToU8(text), { level: 6 }];
  }
  const attachments = (texts.get('attachments')?.rows ?? []) as StoredAttachment[];
  if (placement === 'inline') {
    for (const row of attachments) {
      // Photos and videos are compressed already: stored, not deflated.
      files[`attachments/${row.sha256}`] = [new Uint8Array(await row.blob.arrayBuffer()), { level: 0 }];
    }
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    station: { id: station.id, code: station.code },
    schemaVersion: db.verno,
    tables,
    attachments: placement,
  };
  files[MANIFEST] = [strToU8(JSON.stringify(manifest)), { level: 6 }];
  return { bytes: zipSync(files), manifest, attachments };
}

export interface ReadBackup {
  manifest: BackupManifest;
  tables: Map<string, unknown[]>;
  /** The attachments held in the file (none when they are beside it). */
  attachments: Map<string, Uint8Array>;
  placement: AttachmentPlacement;
}

/** validate → parse. Every table's text must hash to what the manifest says; every attachment to its name. */
export function readBackupFile(bytes: Uint8Array): ReadBackup {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    throw new BackupError('notBackup', e instanceof Error ? e.message : String(e));
  }
  const rawManifest = entries[MANIFEST];
  if (!rawManifest) throw new BackupError('notBackup', 'no backup.json');
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(rawManifest));
  } catch {
    throw new BackupError('corrupt', MANIFEST);
  }
  const head = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(json);
  if (!head.success || head.data.format !== BACKUP_FORMAT) throw new BackupError('notBackup');
  if (!READABLE_VERSIONS.includes(head.data.version)) throw new BackupError('version', String(head.data.version));
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupError('corrupt', MANIFEST);
  const manifest = parsed.data;

  const tables = new Map<string, unknown[]>();
  for (const [name, info] of Object.entries(manifest.tables)) {
    const raw = entries[`tables/${name}.jsonl`];
    if (!raw) throw new BackupError('corrupt', `missing table ${name}`);
    const text = strFromU8(raw);
    if (sha256Hex(text) !== info.sha256) throw new BackupError('corrupt', `table ${name}`);
    const rows = text === '' ? [] : text.split('\n').map((line) => JSON.parse(line) as unknown);
    if (rows.length !== info.rows) throw new BackupError('corrupt', `row count of ${name}`);
    tables.set(name, rows);
  }
  const attachments = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    const sha = ATTACHMENT_ENTRY.exec(name)?.[1];
    if (!sha) continue;
    if (sha256Hex(data) !== sha) throw new BackupError('corrupt', name);
    attachments.set(sha, data);
  }
  const placement = manifest.attachments ?? 'inline';
  if (placement === 'beside' && attachments.size > 0) throw new BackupError('corrupt', 'attachments inside a file that keeps them beside');
  return { manifest, tables, attachments, placement };
}
