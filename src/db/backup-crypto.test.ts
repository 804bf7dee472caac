import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from './test-support/fake-db';
import { BackupPassphraseError, hasBackupPassphrase, isEncryptedBackup, openBackup, sealBackup, setBackupIterationsForTests, setBackupPassphrase } from './backup-crypto';

beforeAll(() => setBackupIterationsForTests(1000));

const plain = new TextEncoder().encode('{"format":"complaint-desk-backup"}\n客户资料');

describe('backup encryption', () => {
  it('leaves backups as they are until a passphrase is set, then seals them', async () => {
    const { db } = await freshDb();
    expect(await sealBackup(db, plain)).toBe(plain);
    await setBackupPassphrase(db, '备份口令-2026');
    expect(await hasBackupPassphrase(db)).toBe(true);
    const sealed = await sealBackup(db, plain);
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(new TextDecoder().decode(sealed)).not.toContain('客户资料');
    // This station opens its own backups without asking.
    expect(await openBackup(db, sealed)).toEqual(plain);
  });

  it('opens on another computer only with the passphrase', async () => {
    const { db } = await freshDb();
    await setBackupPassphrase(db, '备份口令-2026');
    const sealed = await sealBackup(db, plain);
    const other = (await freshDb()).db;
    await expect(openBackup(other, sealed)).rejects.toMatchObject({ code: 'needPassphrase' });
    await expect(openBackup(other, sealed, 'wrong')).rejects.toBeInstanceOf(BackupPassphraseError);
    await expect(openBackup(other, sealed, 'wrong')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    expect(await openBackup(other, sealed, '备份口令-2026')).toEqual(plain);
  });

  it('refuses a tampered file', async () => {
    const { db } = await freshDb();
    await setBackupPassphrase(db, '备份口令-2026');
    const sealed = await sealBackup(db, plain);
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
    await expect(openBackup(db, sealed)).rejects.toMatchObject({ code: 'corrupt' });
  });
});
