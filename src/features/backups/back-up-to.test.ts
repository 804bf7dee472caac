import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { freshDb, sampleComplaintInput } from '../../db/test-support/fake-db';
import { createComplaint } from '../../db/repositories/complaints';
import { readBackupFile } from '../../db/backup-file';
import { isEncryptedBackup, openBackup, setBackupIterationsForTests } from '../../db/backup-crypto';
import { MAX_TRANSFER_BYTES } from '../../platform/desktop-api';
import { backUpToFile, portableBackupName } from './back-up-to';
import { passphraseProblem } from './BackUpToButton';

vi.mock('../../platform/desktop-api', async (importOriginal) => ({ ...(await importOriginal<object>()), MAX_TRANSFER_BYTES: 64 * 1024 }));
beforeAll(() => setBackupIterationsForTests(1000));

const now = new Date('2026-12-02T07:08:09.000Z');

describe('Back up to…', () => {
  it('hands the platform one sealed file with every table inside, named by station and time', async () => {
    const { db, station, actor } = await freshDb();
    await createComplaint(db, station, actor, sampleComplaintInput());
    const saveFile = vi.fn(async () => ({ saved: true, path: 'E:\\QA1.ckb' }));
    const result = await backUpToFile(db, { passphrase: 'U盘口令-123', actor, station }, { kind: 'desktop', saveFile }, now);
    expect(result).toMatchObject({ saved: true, path: 'E:\\QA1.ckb', name: 'QA1-20261202-070809.ckb' });
    const [name, bytes] = saveFile.mock.calls[0] as unknown as [string, Uint8Array<ArrayBuffer>];
    expect(name).toBe(portableBackupName(station.code, now.toISOString()));
    expect(isEncryptedBackup(bytes)).toBe(true);
    const read = readBackupFile(await openBackup(null, bytes, 'U盘口令-123'));
    expect(read.placement).toBe('inline');
    expect(read.tables.get('complaints')).toHaveLength(1);
    // Audited under the person's name, with where it went.
    const entry = (await db.audit.toArray()).find((e) => e.action === 'backup.export');
    expect(entry).toMatchObject({ actor: actor.name, rowId: 'E:\\QA1.ckb' });
  });

  it('is refused to a person whose role may not manage backups, before anything is built', async () => {
    const { db, station, actor } = await freshDb({ allowAll: false });
    const saveFile = vi.fn(async () => ({ saved: true }));
    await expect(backUpToFile(db, { passphrase: 'U盘口令-123', actor, station }, { kind: 'browser', saveFile }, now)).rejects.toMatchObject({ name: 'PermissionError' });
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('refuses over the desktop transfer limit (nothing handed over); a browser download has no such limit', async () => {
    const { db, station, actor } = await freshDb();
    let x = 1;
    const noise = Array.from({ length: 100_000 }, () => String.fromCharCode(33 + ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 25))).join('');
    await db.settings.put({ key: 'noise', value: noise });
    const saveFile = vi.fn(async () => ({ saved: true }));
    await expect(backUpToFile(db, { passphrase: 'U盘口令-123', actor, station }, { kind: 'desktop', saveFile }, now)).rejects.toMatchObject({ name: 'BackupTooLargeError' });
    expect(saveFile).not.toHaveBeenCalled();
    const result = await backUpToFile(db, { passphrase: 'U盘口令-123', actor, station }, { kind: 'browser', saveFile }, now);
    expect(result.size).toBeGreaterThan(MAX_TRANSFER_BYTES);
  });

  it('asks for 8 characters and the same passphrase twice', () => {
    expect(passphraseProblem('1234567', '1234567')).toBe('passphraseShort');
    expect(passphraseProblem('12345678', '12345679')).toBe('passphraseMismatch');
    expect(passphraseProblem('12345678', '12345678')).toBeNull();
  });
});
