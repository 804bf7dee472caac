// The attachments of backups, once each by SHA-256, in <backups>/attachments/.
// A backup file holds the tables only; the photos and videos it names are here.
// Nothing but 64-hex names is ever listed, read or written, and a file is
// written only after its bytes hash to its name, atomically (temporary name,
// fsync, rename), so a crash or a full disk never leaves a wrong file under a
// hash. Free space comes in as an argument so tests fake a full disk.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { writeFileAtomically } from './atomic-write';
import nodePath from 'node:path';
import { MAX_TRANSFER_BYTES, SHA256_PATTERN, type WriteBackupAttachmentRequest, type WriteBackupAttachmentResult } from '../../../src/platform/desktop-api';
import { requiredFreeBytes, type BackupDeps } from './backups';

export function attachmentsDir(backupsDir: string): string {
  return nodePath.join(backupsDir, 'attachments');
}

export class BackupAttachmentError extends Error {
  constructor(readonly code: 'badName' | 'hashMismatch' | 'missing' | 'tooLarge', sha256: string) {
    super(`backup attachment ${code}: ${sha256.slice(0, 64)}`);
    this.name = 'BackupAttachmentError';
  }
}

function pathOf(dir: string, sha256: string): string {
  // The IPC schema checked the name already; checked again because this is the file system.
  if (!SHA256_PATTERN.test(sha256)) throw new BackupAttachmentError('badName', sha256);
  return nodePath.join(attachmentsDir(dir), sha256);
}

export async function listBackupAttachments(deps: Pick<BackupDeps, 'dir'>): Promise<string[]> {
  try {
    return (await readdir(attachmentsDir(deps.dir))).filter((name) => SHA256_PATTERN.test(name)).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

export async function writeBackupAttachment(request: WriteBackupAttachmentRequest, deps: Pick<BackupDeps, 'dir' | 'freeBytes'>): Promise<WriteBackupAttachmentResult> {
  const target = pathOf(deps.dir, request.sha256);
  const actual = createHash('sha256').update(request.data).digest('hex');
  if (actual !== request.sha256) throw new BackupAttachmentError('hashMismatch', request.sha256);
  const existing = await stat(target).catch(() => null);
  // Same name, same bytes: a file that is already there (and whole) is kept as it is.
  if (existing?.isFile() && existing.size === request.data.byteLength) return { ok: true };

  await mkdir(attachmentsDir(deps.dir), { recursive: true });
  const freeBytes = await deps.freeBytes(deps.dir);
  const requiredBytes = requiredFreeBytes(request.data.byteLength);
  if (freeBytes < requiredBytes) return { ok: false, reason: 'diskFull', freeBytes, requiredBytes };
  await writeFileAtomically(target, request.data);
  return { ok: true };
}

export async function readBackupAttachment(sha256: string, deps: Pick<BackupDeps, 'dir'>): Promise<Uint8Array> {
  const path = pathOf(deps.dir, sha256);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new BackupAttachmentError('missing', sha256);
  if (info.size > MAX_TRANSFER_BYTES) throw new BackupAttachmentError('tooLarge', sha256);
  return new Uint8Array(await readFile(path));
}
