import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentsDir, BackupAttachmentError, listBackupAttachments, readBackupAttachment, writeBackupAttachment } from './backup-attachments';
import { FREE_SPACE_MARGIN, listBackups, writeBackup } from './backups';

let dir: string;
const plenty = async () => 10 * 1024 ** 3;
const deps = (freeBytes = plenty) => ({ dir: nodePath.join(dir, 'backups'), now: () => new Date(2026, 10, 25, 9, 30, 15), freeBytes });
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

beforeEach(async () => {
  dir = await mkdtemp(nodePath.join(tmpdir(), 'ckd-backup-attachments-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backup attachments', () => {
  it('stores a file under its hash once, lists it and reads it back; no temporary file is left', async () => {
    const data = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    expect(await listBackupAttachments(deps())).toEqual([]);
    expect(await writeBackupAttachment({ sha256: sha(data), data }, deps())).toEqual({ ok: true });
    expect(await writeBackupAttachment({ sha256: sha(data), data }, deps())).toEqual({ ok: true });
    expect(await listBackupAttachments(deps())).toEqual([sha(data)]);
    expect(await readdir(attachmentsDir(deps().dir))).toEqual([sha(data)]);
    expect(await readBackupAttachment(sha(data), deps())).toEqual(data);
  });

  it('refuses bytes that are not the file the hash names, and writes nothing', async () => {
    const data = new Uint8Array([1, 2, 3]);
    await expect(writeBackupAttachment({ sha256: 'a'.repeat(64), data }, deps())).rejects.toMatchObject({ code: 'hashMismatch' });
    expect(await listBackupAttachments(deps())).toEqual([]);
  });

  it('refuses on a full disk with the figures, and writes nothing', async () => {
    const data = new Uint8Array(1000);
    const result = await writeBackupAttachment({ sha256: sha(data), data }, deps(async () => 2 * 1000 + FREE_SPACE_MARGIN - 1));
    expect(result).toEqual({ ok: false, reason: 'diskFull', freeBytes: 2 * 1000 + FREE_SPACE_MARGIN - 1, requiredBytes: 2 * 1000 + FREE_SPACE_MARGIN });
    expect(await listBackupAttachments(deps())).toEqual([]);
  });

  it('reads only 64-hex names and says which file is missing', async () => {
    await expect(readBackupAttachment('../../etc/passwd', deps())).rejects.toBeInstanceOf(BackupAttachmentError);
    await expect(readBackupAttachment('b'.repeat(64), deps())).rejects.toMatchObject({ code: 'missing' });
  });

  it('lists only hash names, and the backups list does not see the attachments folder', async () => {
    const data = new Uint8Array([7]);
    await writeBackupAttachment({ sha256: sha(data), data }, deps());
    await writeFile(nodePath.join(attachmentsDir(deps().dir), 'notes.txt'), 'x');
    await writeFile(nodePath.join(attachmentsDir(deps().dir), `.${sha(data)}.1.tmp`), 'x');
    expect(await listBackupAttachments(deps())).toEqual([sha(data)]);
    await writeBackup({ stationCode: 'QA1', data: new Uint8Array([1]), reason: 'manual' }, deps());
    expect((await listBackups(deps())).map((b) => b.name)).toEqual(['QA1-20261125-093015.ckb']);
  });
});
