/** Restore a backup into a new database, switch to it, and say what went wrong in the user's words. */
import type { TFunction } from 'i18next';
import { BackupError } from '../../db/backup-file';
import { activeDatabaseName, getDb, switchDatabase } from '../../db/db';
import { BackupPassphraseError, openBackup } from '../../db/backup-crypto';
import { discardUnusedDatabase, restoreBackup, restoredDatabaseName, type ReadStoredAttachment, type RestoreResult } from '../../db/restore';

import { RESTORED_NOTICE_KEY } from './restored-notice-key';

/** `readAttachment`: the shell's store, for backups that keep their attachments beside them. */
export async function restoreAndSwitch(bytes: Uint8Array, readAttachment?: ReadStoredAttachment, now = new Date(), passphrase?: string): Promise<RestoreResult> {
  // An encrypted backup opens with this station's key, or (from another computer) with the passphrase.
  const plain = await openBackup(getDb(), bytes as Uint8Array<ArrayBuffer>, passphrase);
  const result = await restoreBackup(plain, { name: restoredDatabaseName(now), readAttachment });
  // Only a written and verified copy becomes live; the caller reloads to open it.
  switchDatabase(result.name);
  return result;
}

export interface RestoredNotice {
  station: string;
  createdAt: string;
  /** The empty database set-up had opened: deleted at the next start, when nothing holds it open. */
  discard: string;
}

/**
 * "Restore from file" on the set-up screen of a new installation: the restored
 * database becomes live; the caller reloads, the administrator logs in with the
 * restored accounts, and the login screen says what was restored.
 */
export async function restoreOnNewInstallation(bytes: Uint8Array, passphrase: string, readAttachment?: ReadStoredAttachment, now = new Date()): Promise<RestoreResult> {
  const setupDatabase = activeDatabaseName();
  const result = await restoreAndSwitch(bytes, readAttachment, now, passphrase || undefined);
  const notice: RestoredNotice = { station: result.manifest.station.code, createdAt: result.manifest.createdAt, discard: setupDatabase };
  if (typeof sessionStorage !== 'undefined') sessionStorage.setItem(RESTORED_NOTICE_KEY, JSON.stringify(notice));
  return result;
}

/** At the start after such a restore: the notice to show (once), and the empty set-up database deleted. */
export async function takeRestoredNotice(): Promise<RestoredNotice | null> {
  if (typeof sessionStorage === 'undefined') return null;
  const raw = sessionStorage.getItem(RESTORED_NOTICE_KEY);
  if (!raw) return null;
  sessionStorage.removeItem(RESTORED_NOTICE_KEY);
  let notice: RestoredNotice;
  try {
    notice = JSON.parse(raw) as RestoredNotice;
  } catch {
    return null;
  }
  await discardUnusedDatabase(notice.discard).catch((e: unknown) => console.warn('could not delete the set-up database', e));
  return notice;
}

export function restoreErrorText(t: TFunction, e: unknown): string {
  if (e instanceof BackupError) return t(`backups.error.${e.code}`);
  if (e instanceof BackupPassphraseError) return t(`backups.error.${e.code}`);
  return t('backups.error.unexpected', { message: e instanceof Error ? e.message : String(e) });
}
