import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import { ImportBlocked, ownSubfolder, pullFromFolder, pushToFolder, type SyncFolder } from './sync-folder';
import { sampleComplaint, station } from './test-support/stations';
import { enrol, enrolEachOther } from './test-support/enrol';
import { ensureStationKey } from '../db/repositories/station-keys';

/** A shared folder in memory; each station may only write below its own subfolder. */
class MemoryFolder implements SyncFolder {
  readonly files = new Map<string, Uint8Array>();
  async list() {
    return [...this.files].map(([path, b]) => ({ path, size: b.length }));
  }
  async read(path: string) {
    const b = this.files.get(path);
    if (!b) throw new Error('missing');
    return b;
  }
  async writeOwn(subfolder: string, name: string, bytes: Uint8Array) {
    this.files.set(`${subfolder}/${name}`, bytes);
  }
}

const T = (s: number) => new Date(Date.UTC(2026, 10, 20, 3, 0, s));

describe('sync folder', () => {
  it('three stations converge through one folder, each writing only its own files', async () => {
    const folder = new MemoryFolder();
    const stations = [await station('QA1'), await station('WH1'), await station('MK1')];
    await enrolEachOther(...stations);
    for (const [i, s] of stations.entries()) {
      await createComplaint(s.db, s.station, s.actor, sampleComplaint(`客户${i}`), T(i));
      expect(await pushToFolder(s.db, s.station, folder, { now: T(i) })).toMatch(/\.ckd$/);
    }
    for (const s of stations) {
      const r = await pullFromFolder(s.db, s.station, folder);
      expect(r.imported).toHaveLength(2);
      expect(r.refused).toEqual([]);
    }
    for (const s of stations) expect(await s.db.complaints.count()).toBe(3);
    // Every file lies in its writer's subfolder.
    for (const path of folder.files.keys()) expect(stations.some((s) => path.startsWith(`${ownSubfolder(s.station)}/`))).toBe(true);
    // The next push relays what each station imported; pulling those brings nothing new.
    for (const s of stations) await pushToFolder(s.db, s.station, folder, { now: T(9) });
    for (const s of stations) expect((await pullFromFolder(s.db, s.station, folder)).imported).toEqual([]);
    for (const s of stations) expect(await pushToFolder(s.db, s.station, folder, { now: T(10) })).toBeNull();
  });

  it('skips and reports the files of a station not enrolled here, imports the others, and takes them once it is enrolled', async () => {
    const folder = new MemoryFolder();
    const [a, b, c] = [await station('QA1'), await station('WH1'), await station('MK1')];
    await enrol(a, b);
    for (const [i, s] of [b, c].entries()) {
      await createComplaint(s.db, s.station, s.actor, sampleComplaint(`客户${i}`), T(i));
      await pushToFolder(s.db, s.station, folder, { now: T(i) });
    }
    let backups = 0;
    const first = await pullFromFolder(a.db, a.station, folder, { beforeImport: async () => void (backups += 1) });
    expect(first.imported.map((r) => r.path.split('/')[0])).toEqual([ownSubfolder(b.station)]);
    const print = (await ensureStationKey(c.db)).fingerprint;
    expect(first.refused).toEqual([{ path: expect.stringMatching(new RegExp(`^${ownSubfolder(c.station)}/`)), code: 'stationNotEnrolled', params: { station: 'MK1', stationId: c.station.id, name: c.station.name, publicKey: (await ensureStationKey(c.db)).publicKey, fingerprint: print } }]);
    expect(backups).toBe(1);
    expect(await a.db.complaints.count()).toBe(1);
    // Read again at the next pull, not marked as seen: enrolled, the file comes in.
    await enrol(a, c);
    const second = await pullFromFolder(a.db, a.station, folder);
    expect(second.refused).toEqual([]);
    expect(second.imported).toHaveLength(1);
    expect(await a.db.complaints.count()).toBe(2);
  });

  it('ignores temporary and .sync-conflict files and reports a damaged bundle without stopping', async () => {
    const folder = new MemoryFolder();
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T(1));
    const name = (await pushToFolder(a.db, a.station, folder, { now: T(1) })) ?? '';
    const good = folder.files.get(`${ownSubfolder(a.station)}/${name}`) ?? new Uint8Array();
    folder.files.set(`${ownSubfolder(a.station)}/${name}.sync-conflict-20261120-1`, good);
    folder.files.set(`${ownSubfolder(a.station)}/.${name}.tmp`, good);
    folder.files.set(`${ownSubfolder(a.station)}/QA1-20261120-030000-99.ckd`, good.slice(0, 100));
    const r = await pullFromFolder(b.db, b.station, folder);
    expect(r.imported.map((x) => x.path)).toEqual([`${ownSubfolder(a.station)}/${name}`]);
    expect(r.refused.map((x) => x.code)).toEqual(['truncated']);
    expect(await b.db.complaints.count()).toBe(1);
  });

  it('retries an encrypted bundle once the passphrase is given, instead of marking it seen', async () => {
    const folder = new MemoryFolder();
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint(), T(1));
    await pushToFolder(a.db, a.station, folder, { now: T(1), passphrase: '仓库口令' });
    expect((await pullFromFolder(b.db, b.station, folder)).refused.map((x) => x.code)).toEqual(['passphraseRequired']);
    expect((await pullFromFolder(b.db, b.station, folder, { passphrase: 'wrong' })).refused.map((x) => x.code)).toEqual(['wrongPassphrase']);
    const r = await pullFromFolder(b.db, b.station, folder, { passphrase: '仓库口令' });
    expect(r.refused).toEqual([]);
    expect(r.imported).toHaveLength(1);
    expect(await b.db.complaints.count()).toBe(1);
  });

  it('runs the backup hook once before the first write, and imports nothing when it refuses', async () => {
    const folder = new MemoryFolder();
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await createComplaint(a.db, a.station, a.actor, sampleComplaint('客户甲'), T(1));
    await pushToFolder(a.db, a.station, folder, { now: T(1) });
    await createComplaint(a.db, a.station, a.actor, sampleComplaint('客户乙'), T(2));
    await pushToFolder(a.db, a.station, folder, { now: T(2) });

    const refuse = async () => {
      throw new ImportBlocked('磁盘空间不足');
    };
    await expect(pullFromFolder(b.db, b.station, folder, { beforeImport: refuse })).rejects.toThrow('磁盘空间不足');
    expect(await b.db.complaints.count()).toBe(0);

    let backups = 0;
    const r = await pullFromFolder(b.db, b.station, folder, { beforeImport: async () => void (backups += 1) });
    expect(r.imported).toHaveLength(2);
    expect(backups).toBe(1);
    // Nothing new: no backup.
    await pullFromFolder(b.db, b.station, folder, { beforeImport: async () => void (backups += 1) });
    expect(backups).toBe(1);
  });
});
