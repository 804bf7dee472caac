/**
 * When backups are written: at start and then hourly, a scheduled backup when
 * the newest is 4 hours old and something changed since (or it is a day old
 * anyway); before every import; and on demand. One at a time: a second request
 * waits for the first. Only the desktop shell has a backups folder; in a browser
 * these are no-ops (see platform/browser.ts for why).
 */
import type { TFunction } from 'i18next';
import type { AppDB, StoredAttachment } from '../../db/app-db';
import { buildBackup } from '../../db/backup-file';
import { sealBackup } from '../../db/backup-crypto';
import { getDb } from '../../db/db';
import { pruneUnreferencedAttachments } from '../../db/attachment-gc';
import { MAX_TRANSFER_BYTES, type BackupReason, type WriteBackupAttachmentResult, type WriteBackupResult } from '../../platform/desktop-api';
import { getPlatform, type BackupStore } from '../../platform';
import { formatBytes } from '../../ui/format';

const HOUR_MS = 60 * 60 * 1000;
export const SCHEDULE_EVERY_MS = 4 * HOUR_MS;
const DAY_MS = 24 * HOUR_MS;
/** The change-log position last backed up, per database: an unchanged database is not backed up every 4 hours. */
const MARK_KEY = 'complaint-desk.lastBackupMark';

/** The shell takes at most MAX_TRANSFER_BYTES per call; a larger backup is refused here with its size. */
export class BackupTooLargeError extends Error {
  constructor(readonly size: number) {
    super(`backup of ${size} bytes is over the ${MAX_TRANSFER_BYTES} byte transfer limit`);
    this.name = 'BackupTooLargeError';
  }
}

let queue: Promise<unknown> = Promise.resolve();

// Node tests have no localStorage: the mark is then simply not kept.
const marks = {
  get: (): string | null => (typeof localStorage === 'undefined' ? null : localStorage.getItem(MARK_KEY)),
  set: (mark: string) => {
    if (typeof localStorage !== 'undefined') localStorage.setItem(MARK_KEY, mark);
  },
};

function serial<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/** What "something changed" compares: the last change and audit entry of the database. */
async function changeMark(db: AppDB): Promise<string> {
  const change = (await db.changes.orderBy('seq').last())?.seq ?? 0;
  const audit = (await db.audit.orderBy('seq').last())?.seq ?? 0;
  return `${db.name}:${change}:${audit}`;
}

export function writeBackupNow(reason: BackupReason, store: BackupStore | null = getPlatform().backups, db = getDb()): Promise<WriteBackupResult | null> {
  if (!store) return Promise.resolve(null);
  return serial(async () => {
    const mark = await changeMark(db);
    const built = await buildBackup(db, new Date(), 'beside');
    const { manifest, attachments } = built;
    // Encrypted with the administrator's backup passphrase once one is set (db/backup-crypto.ts).
    const bytes = await sealBackup(db, built.bytes as Uint8Array<ArrayBuffer>);
    if (bytes.byteLength > MAX_TRANSFER_BYTES) throw new BackupTooLargeError(bytes.byteLength);
    // The files the backup names go into the store first: a backup is never written before what it needs.
    const stored = await storeAttachments(store, attachments);
    if (!stored.ok) return stored;
    const result = await store.write(manifest.station.code, bytes, reason, attachments.map((a) => a.sha256));
    if (result.ok) marks.set(mark);
    return result;
  });
}

/** Hands the store the attachments it does not hold yet, one call each (a file is at most 50 MB). */
async function storeAttachments(store: BackupStore, attachments: readonly StoredAttachment[]): Promise<WriteBackupAttachmentResult> {
  const held = new Set(await store.attachments.list());
  for (const a of attachments) {
    if (held.has(a.sha256)) continue;
    const result = await store.attachments.write(a.sha256, new Uint8Array(await a.blob.arrayBuffer()));
    if (!result.ok) return result;
  }
  return { ok: true };
}

/** Whether a scheduled backup is due now. Pure but for the inputs, for the tests. */
export function scheduledBackupDue(newestAt: string | undefined, now: Date, changed: boolean): boolean {
  if (!newestAt) return true;
  const age = now.getTime() - new Date(newestAt).getTime();
  return age >= DAY_MS || (age >= SCHEDULE_EVERY_MS && changed);
}

export async function backupIfDue(store: BackupStore, db: AppDB, now = new Date()): Promise<WriteBackupResult | null> {
  const { backups } = await store.list();
  const changed = marks.get() !== (await changeMark(db));
  if (!scheduledBackupDue(backups[0]?.createdAt, now, changed)) return null;
  return writeBackupNow('scheduled', store, db);
}

let started = false;

/**
 * Starts the schedule once per page (React's strict mode calls effects twice),
 * and drops the attachments no record names any more (db/attachment-gc.ts), in
 * the browser too: at start no form holds a file it has not saved yet.
 */
export function startBackupSchedule(): void {
  if (started) return;
  started = true;
  const db = getDb();
  pruneUnreferencedAttachments(db).catch((e: unknown) => console.warn('attachment clean-up failed', e));
  const store = getPlatform().backups;
  if (!store) return;
  const tick = () => {
    backupIfDue(store, db).catch((e: unknown) => console.warn('scheduled backup failed', e));
  };
  tick();
  window.setInterval(tick, HOUR_MS);
}

/** Why a backup could not be written, in the user's words. */
export function backupFailureText(t: TFunction, e: unknown): string {
  if (e instanceof BackupTooLargeError) return t('backups.tooLarge', { size: formatBytes(e.size), max: formatBytes(MAX_TRANSFER_BYTES) });
  return t('backups.failed', { message: e instanceof Error ? e.message : String(e) });
}

export function diskFullText(t: TFunction, result: { freeBytes: number; requiredBytes: number }): string {
  return t('backups.diskFull', { free: formatBytes(result.freeBytes), required: formatBytes(result.requiredBytes) });
}

/**
 * Called by the import right before it writes. Returns why the import must not
 * go ahead (the backup could not be written: full disk or an error), or null.
 */
export async function backupBeforeImport(t: TFunction, store: BackupStore | null = getPlatform().backups, db?: AppDB): Promise<string | null> {
  try {
    const result = await writeBackupNow('beforeImport', store, db ?? getDb());
    if (!result || result.ok) return null;
    return t('backups.beforeImportFailed', { reason: diskFullText(t, result) });
  } catch (e) {
    return t('backups.beforeImportFailed', { reason: backupFailureText(t, e) });
  }
}
