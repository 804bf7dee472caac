/**
 * "Back up to…": one self-contained file — every table and every attachment
 * inside, sealed under the passphrase typed for it — handed to the platform's
 * save (a download in a browser, the save dialog in the desktop app), so it can
 * go to a USB stick or a network share and be restored on a new computer.
 */
import type { AppDB } from '../../db/app-db';
import { buildBackup } from '../../db/backup-file';
import { sealWithPassphrase } from '../../db/backup-crypto';
import { authorizeBackupExport, recordBackupExport } from '../../db/repositories/backup-export';
import type { Actor } from '../../db/repositories/write-record';
import type { Station } from '../../db/repositories/station';
import { MAX_TRANSFER_BYTES } from '../../platform/desktop-api';
import type { Platform, SaveOutcome } from '../../platform';
import { BackupTooLargeError } from './backup-runner';

export const BACKUP_MIME = 'application/octet-stream';

/** `CODE-YYYYMMDD-HHMMSS.ckb`, from the backup's own UTC time. */
export function portableBackupName(stationCode: string, createdAt: string): string {
  return `${stationCode}-${createdAt.replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}.ckb`;
}

export interface BackUpToRequest {
  passphrase: string;
  /** Who saves it: must be allowed to manage backups; the file is audited under their name. */
  actor: Actor;
  station: Station;
}

export async function backUpToFile(db: AppDB, { passphrase, actor, station }: BackUpToRequest, platform: Pick<Platform, 'saveFile' | 'kind'>, now = new Date()): Promise<SaveOutcome & { name: string; size: number }> {
  await authorizeBackupExport(db, actor);
  const built = await buildBackup(db, now, 'inline');
  const bytes = await sealWithPassphrase(built.bytes as Uint8Array<ArrayBuffer>, passphrase);
  // The desktop shell takes at most this much in one call: refused here with its size, not half-written there.
  if (platform.kind === 'desktop' && bytes.byteLength > MAX_TRANSFER_BYTES) throw new BackupTooLargeError(bytes.byteLength);
  const name = portableBackupName(built.manifest.station.code, built.manifest.createdAt);
  const outcome = await platform.saveFile(name, bytes, BACKUP_MIME);
  if (outcome.saved) await recordBackupExport(db, station, actor, { name: outcome.path ?? name, size: bytes.byteLength }, now);
  return { ...outcome, name, size: bytes.byteLength };
}
