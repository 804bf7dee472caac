// The backups folder (<userData>/backups): the renderer builds a backup file of
// the whole database and hands it over; this module writes it atomically, thins
// old ones out, lists them and reads one back for a restore. Only names matching
// BACKUP_NAME are ever listed, read or deleted, so nothing else in the folder is
// touched. Free space and the clock come in as arguments so tests fake a full disk.
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { writeFileAtomically } from './atomic-write';
import nodePath from 'node:path';
import {
  BACKUP_NAME,
  MAX_TRANSFER_BYTES,
  SHA256_PATTERN,
  type BackupInfo,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../../../src/platform/desktop-api';

export interface BackupDeps {
  /** The folder backups live in; created on first write. */
  dir: string;
  now(): Date;
  /** Bytes available to this user on the disk holding `dir`. */
  freeBytes(dir: string): Promise<number>;
}

/**
 * Refuse unless the disk keeps a margin after the write: the temporary file and
 * the final one exist together for a moment, and a restore later writes the
 * same data into IndexedDB on (usually) the same disk.
 */
export const FREE_SPACE_MARGIN = 200 * 1024 * 1024;
export function requiredFreeBytes(size: number): number {
  return size * 2 + FREE_SPACE_MARGIN;
}

/**
 * Retention: every backup of the last 7 days (a mistake is usually noticed within
 * a week, and any of those points may be the one wanted), then the newest of each
 * day for 30 days, and always the newest 3 so a machine left off for months still
 * has some. Bounded: about 7 days × (6 scheduled + imports) + 23 files.
 */
export const KEEP_ALL_DAYS = 7;
export const KEEP_DAILY_DAYS = 30;
export const KEEP_NEWEST = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function localStamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

function localDay(d: Date): string {
  return localStamp(d).slice(0, 8);
}

export async function listBackups(deps: Pick<BackupDeps, 'dir'>): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(deps.dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    if (!BACKUP_NAME.test(name)) continue;
    const info = await stat(nodePath.join(deps.dir, name));
    if (info.isFile()) out.push({ name, size: info.size, createdAt: info.mtime.toISOString() });
  }
  // Newest first; the name breaks ties between writes within one mtime tick.
  return out.sort((a, b) => (a.createdAt === b.createdAt ? (a.name < b.name ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
}

/** Which of the (newest-first) backups the retention policy drops. Pure, for the tests. */
export function backupsToPrune(backups: readonly BackupInfo[], now: Date): BackupInfo[] {
  const drop: BackupInfo[] = [];
  const daysSeen = new Set<string>();
  backups.forEach((b, i) => {
    const at = new Date(b.createdAt);
    const age = now.getTime() - at.getTime();
    const day = localDay(at);
    const newestOfDay = !daysSeen.has(day);
    daysSeen.add(day);
    if (i < KEEP_NEWEST || age < KEEP_ALL_DAYS * DAY_MS) return;
    if (newestOfDay && age < KEEP_DAILY_DAYS * DAY_MS) return;
    drop.push(b);
  });
  return drop;
}

async function freeName(dir: string, code: string, now: Date): Promise<string> {
  const base = `${code}-${localStamp(now)}`;
  const existing = new Set(await readdir(dir));
  if (!existing.has(`${base}.ckb`)) return `${base}.ckb`;
  for (let i = 1; i < 1000; i++) if (!existing.has(`${base}-${i}.ckb`)) return `${base}-${i}.ckb`;
  throw new Error('too many backups within one second');
}

/**
 * Write to a temporary name, flush, then rename: a crash or a full disk midway
 * leaves the previous backups intact and no half file under a backup name.
 */
export async function writeBackup(request: WriteBackupRequest, deps: BackupDeps): Promise<WriteBackupResult> {
  await mkdir(deps.dir, { recursive: true });
  const size = request.data.byteLength;
  const freeBytes = await deps.freeBytes(deps.dir);
  const requiredBytes = requiredFreeBytes(size);
  if (freeBytes < requiredBytes) return { ok: false, reason: 'diskFull', freeBytes, requiredBytes };

  const now = deps.now();
  const name = await freeName(deps.dir, request.stationCode, now);
  // What it needs from the attachment store, before the backup itself: a backup never exists without its list.
  if (request.attachments) await writeFileAtomically(neededListPath(deps.dir, name), new TextEncoder().encode(request.attachments.join('\n')));
  await writeFileAtomically(nodePath.join(deps.dir, name), request.data);

  const backups = await listBackups(deps);
  for (const old of backupsToPrune(backups, now)) {
    await unlink(nodePath.join(deps.dir, old.name));
    await unlink(neededListPath(deps.dir, old.name)).catch(() => undefined);
  }
  const written = backups.find((b) => b.name === name);
  return { ok: true, backup: written ?? { name, size, createdAt: now.toISOString() } };
}

/** Beside each backup, the attachments it needs, one SHA-256 a line: `<name>.attachments`. */
export function neededListPath(dir: string, backupName: string): string {
  if (!BACKUP_NAME.test(backupName)) throw new Error(`not a backup name: ${backupName}`);
  return nodePath.join(dir, `${backupName}.attachments`);
}

/** The attachments a backup needs, or null when it does not say (written before backups said, or the list is unreadable). */
export async function readNeededList(dir: string, backupName: string): Promise<string[] | null> {
  let text: string;
  try {
    text = await readFile(neededListPath(dir, backupName), 'utf8');
  } catch {
    return null;
  }
  const lines = text === '' ? [] : text.split('\n');
  return lines.every((l) => SHA256_PATTERN.test(l)) ? lines : null;
}

export async function readBackup(name: string, deps: Pick<BackupDeps, 'dir'>): Promise<Uint8Array> {
  // The IPC schema already checked the name; checked again because this is the file system.
  if (!BACKUP_NAME.test(name)) throw new Error(`not a backup name: ${name}`);
  const path = nodePath.join(deps.dir, name);
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`not a file: ${name}`);
  if (info.size > MAX_TRANSFER_BYTES) throw new Error(`backup larger than ${MAX_TRANSFER_BYTES} bytes: ${name}`);
  return new Uint8Array(await readFile(path));
}
