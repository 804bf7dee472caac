import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackupAttachments, writeBackupAttachment } from './backup-attachments';
import { pruneBackupAttachments, writeBackupAndPrune } from './backup-attachments-prune';
import { listBackups, readNeededList, type BackupDeps } from './backups';

let dir: string;
const DAY = 24 * 60 * 60 * 1000;
const today = new Date(2026, 11, 2, 10, 0, 0);
const deps = (at: Date): BackupDeps => ({ dir: nodePath.join(dir, 'backups'), now: () => at, freeBytes: async () => 10 * 1024 ** 3 });
const photo = (n: number) => new Uint8Array([0xff, 0xd8, n]);
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

beforeEach(async () => {
  dir = await mkdtemp(nodePath.join(tmpdir(), 'ckd-backup-prune-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A backup written `daysAgo` days before today that needs `needs`; its file dated then (retention reads file times). */
async function backupAt(daysAgo: number, needs: string[] | undefined) {
  const at = new Date(today.getTime() - daysAgo * DAY);
  const result = await writeBackupAndPrune({ stationCode: 'QA1', data: new Uint8Array([daysAgo]), reason: 'scheduled', ...(needs ? { attachments: needs } : {}) }, deps(at));
  if (!result.ok) throw new Error('not written');
  await utimes(nodePath.join(deps(at).dir, result.backup.name), at, at);
  return result.backup.name;
}

describe('the attachment store beside the backups', () => {
  it('keeps a file no current record names while a kept backup needs it, and removes it once that backup is thinned out', async () => {
    const x = photo(1);
    const y = photo(2);
    for (const data of [x, y]) await writeBackupAttachment({ sha256: sha(data), data }, deps(today));
    // 40 days ago a backup needed both; since then only y is named.
    const old = await backupAt(40, [sha(x), sha(y)]);
    expect(await readNeededList(deps(today).dir, old)).toEqual([sha(x), sha(y)]);
    await backupAt(2, [sha(y)]);
    await backupAt(1, [sha(y)]);
    // The old backup is among the newest 3, so kept: x stays.
    expect((await listBackups(deps(today))).map((b) => b.name)).toContain(old);
    expect(await listBackupAttachments(deps(today))).toEqual([sha(x), sha(y)].sort());

    await backupAt(0, [sha(y)]);
    // Now it is over 30 days old and not among the newest 3: it goes, its list with it, and x with them.
    expect((await listBackups(deps(today))).map((b) => b.name)).not.toContain(old);
    expect(await listBackupAttachments(deps(today))).toEqual([sha(y)]);
    expect((await readdir(deps(today).dir)).filter((n) => n.endsWith('.attachments'))).toHaveLength(3);
  });

  it('removes nothing while a kept backup does not say what it needs (written before backups had lists)', async () => {
    const x = photo(3);
    await writeBackupAttachment({ sha256: sha(x), data: x }, deps(today));
    await backupAt(1, undefined);
    await backupAt(0, []);
    expect(await listBackupAttachments(deps(today))).toEqual([sha(x)]);
  });

  it('treats an unreadable list as not saying', async () => {
    const x = photo(4);
    await writeBackupAttachment({ sha256: sha(x), data: x }, deps(today));
    const name = await backupAt(0, [sha(x)]);
    expect(await listBackupAttachments(deps(today))).toEqual([sha(x)]);
    await writeFile(nodePath.join(deps(today).dir, `${name}.attachments`), 'not a hash');
    expect(await pruneBackupAttachments(deps(today))).toEqual([]);
    await writeFile(nodePath.join(deps(today).dir, `${name}.attachments`), '');
    expect(await pruneBackupAttachments(deps(today))).toEqual([sha(x)]);
  });
});
