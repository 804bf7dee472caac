import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../src/platform/desktop-api';
import { backupsToPrune, FREE_SPACE_MARGIN, listBackups, readBackup, writeBackup, type BackupDeps } from './backups';

let dir: string;
const now = new Date(2026, 10, 25, 9, 30, 15);
const plenty = async () => 10 * 1024 ** 3;
const deps = (extra: Partial<BackupDeps> = {}): BackupDeps => ({ dir: nodePath.join(dir, 'backups'), now: () => now, freeBytes: plenty, ...extra });

beforeEach(async () => {
  dir = await mkdtemp(nodePath.join(tmpdir(), 'ckd-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeBackup', () => {
  it('writes the bytes under a name with the station code and local time, and reads them back', async () => {
    const data = new Uint8Array([80, 75, 3, 4, 9, 9]);
    const result = await writeBackup({ stationCode: 'QA1', data, reason: 'manual' }, deps());
    expect(result).toMatchObject({ ok: true, backup: { name: 'QA1-20261125-093015.ckb', size: 6 } });
    expect(await readBackup('QA1-20261125-093015.ckb', deps())).toEqual(data);
    // No temporary file is left behind.
    expect(await readdir(deps().dir)).toEqual(['QA1-20261125-093015.ckb']);
  });

  it('never overwrites: a second backup within the same second gets a counter', async () => {
    await writeBackup({ stationCode: 'QA1', data: new Uint8Array([1]), reason: 'manual' }, deps());
    const second = await writeBackup({ stationCode: 'QA1', data: new Uint8Array([2]), reason: 'beforeImport' }, deps());
    expect(second).toMatchObject({ ok: true, backup: { name: 'QA1-20261125-093015-1.ckb' } });
    expect(await readBackup('QA1-20261125-093015.ckb', deps())).toEqual(new Uint8Array([1]));
  });

  it('refuses when the disk would keep less than twice the size plus 200 MB, and writes nothing', async () => {
    const data = new Uint8Array(1000);
    const free = 2 * 1000 + FREE_SPACE_MARGIN - 1;
    const result = await writeBackup({ stationCode: 'QA1', data, reason: 'scheduled' }, deps({ freeBytes: async () => free }));
    expect(result).toEqual({ ok: false, reason: 'diskFull', freeBytes: free, requiredBytes: free + 1 });
    expect(await readdir(deps().dir)).toEqual([]);
    const enough = await writeBackup({ stationCode: 'QA1', data, reason: 'scheduled' }, deps({ freeBytes: async () => free + 1 }));
    expect(enough.ok).toBe(true);
  });

  it('thins old backups after writing and leaves other files alone', async () => {
    const d = deps().dir;
    await writeBackup({ stationCode: 'QA1', data: new Uint8Array([0]), reason: 'manual' }, deps());
    const old = async (name: string, daysAgo: number) => {
      await writeFile(nodePath.join(d, name), 'x');
      const t = new Date(now.getTime() - daysAgo * 86_400_000);
      await utimes(nodePath.join(d, name), t, t);
    };
    await old('QA1-20250101-000000.ckb', 300);
    await old('QA1-20250102-000000.ckb', 299);
    await old('QA1-20250103-000000.ckb', 298);
    await old('QA1-20250104-000000.ckb', 297);
    await old('notes.txt', 400);
    await writeBackup({ stationCode: 'QA1', data: new Uint8Array([1]), reason: 'manual' }, deps());
    const names = (await readdir(d)).sort();
    // The newest 3 are kept whatever their age; the rest of the year-old ones go.
    expect(names).toEqual(['QA1-20250104-000000.ckb', 'QA1-20261125-093015-1.ckb', 'QA1-20261125-093015.ckb', 'notes.txt']);
  });
});

describe('listBackups / readBackup', () => {
  it('lists nothing before the folder exists, and refuses names that are not backups', async () => {
    expect(await listBackups(deps())).toEqual([]);
    await expect(readBackup('../../etc/passwd', deps())).rejects.toThrow(/not a backup name/);
  });
});

describe('backupsToPrune', () => {
  const at = (daysAgo: number, hours = 0) => new Date(now.getTime() - daysAgo * 86_400_000 - hours * 3_600_000).toISOString();
  const b = (name: string, createdAt: string): BackupInfo => ({ name, size: 1, createdAt });

  it('keeps everything from the last 7 days, the newest of each day for 30 days, and the newest 3', () => {
    const list = [
      b('a', at(0)), b('b', at(0, 4)), b('c', at(1)), b('d', at(6, 20)),
      b('e', at(10, 1)), b('f', at(10, 3)), // same day: f is older, dropped
      b('g', at(29)), b('h', at(31)), b('i', at(60)),
    ];
    expect(backupsToPrune(list, now).map((x) => x.name)).toEqual(['f', 'h', 'i']);
  });
});
