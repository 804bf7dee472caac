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

type FakeStore = BackupStore & { write: ReturnType<typeof vi.fn>; files: Map<string, Uint8Array>; attachments: BackupStore['attachments'] & { write: ReturnType<typeof vi.fn> } };

/** A backups folder in memory; `attachmentWrite` decides what writing an attachment answers. */
function store(write: BackupStore['write'], attachmentWrite?: BackupStore['attachments']['write']): FakeStore {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    write: vi.fn(write),
    list: vi.fn(async () => ({ folder: '/b', backups: [] })),
    read: vi.fn(),
    attachments: {
      list: async () => [...files.keys()],
      write: vi.fn(attachmentWrite ?? (async (sha: string, data: Uint8Array) => {
        files.set(sha, data);
        return { ok: true as const };
      })),
      read: async (sha) => files.get(sha) ?? new Uint8Array(),
    },
  };
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

describe('attachments beside the backups', () => {
  async function withPhoto() {
    const env = await freshDb();
    const data = new Uint8Array(MAX_TRANSFER_BYTES + 1);
    await env.db.attachments.add({ sha256: 'a'.repeat(64), name: 'big.mp4', type: 'video/mp4', size: data.length, blob: new Blob([data]), createdAt: '2026-11-25T00:00:00.000Z' });
    return env;
  }

  it('go into the store once, before the backup; the backup file holds the tables only', async () => {
    const { db } = await withPhoto();
    const s = store(async () => ({ ok: true, backup: { name: 'x', size: 1, createdAt: '' } }));
    expect(await backupBeforeImport(t, s, db)).toBeNull();
    expect([...s.files.keys()]).toEqual(['a'.repeat(64)]);
    const [, bytes] = s.write.mock.calls[0] as [string, Uint8Array];
    // The tables alone: well under the (here 64 KB) limit that the video alone passes.
    expect(bytes.length).toBeLessThan(MAX_TRANSFER_BYTES);
    expect(readBackupFile(bytes).placement).toBe('beside');
    expect(s.attachments.write.mock.invocationCallOrder[0]).toBeLessThan(s.write.mock.invocationCallOrder[0] as number);
    // The next backup finds it there and does not send it again.
    await writeBackupNow('manual', s, db);
    expect(s.attachments.write).toHaveBeenCalledTimes(1);
    expect(s.write).toHaveBeenCalledTimes(2);
  });

  it('a full disk for an attachment refuses the backup (and the import) with the figures; no backup file is written', async () => {
    const { db } = await withPhoto();
    const s = store(
      async () => ({ ok: true, backup: { name: 'x', size: 1, createdAt: '' } }),
      async () => ({ ok: false, reason: 'diskFull', freeBytes: 100 * 1024 * 1024, requiredBytes: 300 * 1024 * 1024 }),
    );
    const refusal = await backupBeforeImport(t, s, db);
    expect(refusal).toContain('backups.diskFull');
    expect(s.write).not.toHaveBeenCalled();
  });
});

describe('a backup over the transfer limit', () => {
  it('is refused by name and size, and refuses the import with it', async () => {
    const { db } = await freshDb();
    // Tables that alone pass the (mocked, 64 KB) limit: text that does not compress.
    let x = 1;
    const noise = Array.from({ length: 100_000 }, () => String.fromCharCode(33 + ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 25))).join('');
    await db.settings.put({ key: 'noise', value: noise });
    const s = store(async () => ({ ok: true, backup: { name: 'x', size: 1, createdAt: '' } }));
    const refusal = await backupBeforeImport(t, s, db);
    expect(refusal).toContain('backups.tooLarge');
    expect(s.write).not.toHaveBeenCalled();
  });
});
