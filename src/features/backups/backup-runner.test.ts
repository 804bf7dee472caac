import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { freshDb } from '../../db/test-support/fake-db';
import { readBackupFile } from '../../db/backup-file';
import type { BackupStore } from '../../platform';
import { MAX_TRANSFER_BYTES } from '../../platform/desktop-api';
import { backupBeforeImport, scheduledBackupDue, writeBackupNow } from './backup-runner';

// A small transfer limit, so the over-the-limit test need not build a 200 MB backup.
vi.mock('../../platform/desktop-api', async (importOriginal) => ({ ...(await importOriginal<object>()), MAX_TRANSFER_BYTES: 64 * 1024 }));

const t = ((key: string, params?: Record<string, string>) => `${key} ${JSON.stringify(params ?? {})}`) as unknown as TFunction;
const now = new Date('2026-11-25T10:00:00.000Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();

function store(write: BackupStore['write']): BackupStore & { write: ReturnType<typeof vi.fn> } {
  return { write: vi.fn(write), list: vi.fn(async () => ({ folder: '/b', backups: [] })), read: vi.fn() };
}

describe('scheduledBackupDue', () => {
  it('backs up when there is none, after 4 hours if something changed, after a day anyway', () => {
    expect(scheduledBackupDue(undefined, now, false)).toBe(true);
    expect(scheduledBackupDue(hoursAgo(3), now, true)).toBe(false);
    expect(scheduledBackupDue(hoursAgo(4), now, true)).toBe(true);
    expect(scheduledBackupDue(hoursAgo(23), now, false)).toBe(false);
    expect(scheduledBackupDue(hoursAgo(24), now, false)).toBe(true);
  });
});

describe('backup before import', () => {
  it('writes a full backup with the station code and lets the import go ahead', async () => {
    const { db, station } = await freshDb();
    const s = store(async () => ({ ok: true, backup: { name: 'x', size: 1, createdAt: '' } }));
    expect(await backupBeforeImport(t, s, db)).toBeNull();
    const [code, bytes, reason] = s.write.mock.calls[0] as [string, Uint8Array, string];
    expect(code).toBe(station.code);
    expect(reason).toBe('beforeImport');
    expect(readBackupFile(bytes).manifest.station.id).toBe(station.id);
  });

  it('refuses the import with the figures when the disk is full', async () => {
    const { db } = await freshDb();
    const s = store(async () => ({ ok: false, reason: 'diskFull', freeBytes: 100 * 1024 * 1024, requiredBytes: 300 * 1024 * 1024 }));
    const refusal = await backupBeforeImport(t, s, db);
    expect(refusal).toContain('backups.beforeImportFailed');
    expect(refusal).toContain('backups.diskFull');
    expect(refusal).toContain('100 MB');
  });

  it('refuses the import when the backup cannot be written at all', async () => {
    const { db } = await freshDb();
    const s = store(async () => {
      throw new Error('EACCES');
    });
    expect(await backupBeforeImport(t, s, db)).toContain('EACCES');
  });

  it('is a no-op without a backups folder (browser)', async () => {
    const { db } = await freshDb();
    expect(await writeBackupNow('manual', null, db)).toBeNull();
    expect(await backupBeforeImport(t, null, db)).toBeNull();
  });
});

describe('a backup over the transfer limit', () => {
  it('is refused by name and size, and refuses the import with it', async () => {
    const { db } = await freshDb();
    const big = new Uint8Array(MAX_TRANSFER_BYTES + 1);
    await db.attachments.add({ sha256: 'a'.repeat(64), name: 'big.mp4', type: 'video/mp4', size: big.length, blob: new Blob([big]), createdAt: '2026-11-25T00:00:00.000Z' });
    const s = store(async () => ({ ok: true, backup: { name: 'x', size: 1, createdAt: '' } }));
    const refusal = await backupBeforeImport(t, s, db);
    expect(refusal).toContain('backups.tooLarge');
    expect(s.write).not.toHaveBeenCalled();
  });
});
