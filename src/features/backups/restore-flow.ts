/** Restore a backup into a new database, switch to it, and say what went wrong in the user's words. */
import type { TFunction } from 'i18next';
import { BackupError } from '../../db/backup-file';
import { getDb, switchDatabase } from '../../db/db';
import { BackupPassphraseError, openBackup } from '../../db/backup-crypto';
import { restoreBackup, restoredDatabaseName, type ReadStoredAttachment, type RestoreResult } from '../../db/restore';

/** `readAttachment`: the shell's store, for backups that keep their attachments beside them. */
export async function restoreAndSwitch(bytes: Uint8Array, readAttachment?: ReadStoredAttachment, now = new Date(), passphrase?: string): Promise<RestoreResult> {
  // An encrypted backup opens with this station's key, or (from another computer) with the passphrase.
  const plain = await openBackup(getDb(), bytes as Uint8Array<ArrayBuffer>, passphrase);
  const result = await restoreBackup(plain, { name: restoredDatabaseName(now), readAttachment });
  // Only a written and verified copy becomes live; the caller reloads to open it.
  switchDatabase(result.name);
  return result;
}

export function restoreErrorText(t: TFunction, e: unknown): string {
  if (e instanceof BackupError) return t(`backups.error.${e.code}`);
  if (e instanceof BackupPassphraseError) return t(`backups.error.${e.code}`);
  return t('backups.error.unexpected', { message: e instanceof Error ? e.message : String(e) });
}
