import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { knownHlcs, readLog, readLogOfRows } from './change-log';
import { ulid } from 'ulid';
import { AppDB } from './app-db';
import { BackupError, buildBackup, readBackupFile, rowLine } from './backup-file';
import { sha256Hex } from '../domain/common/sha256';
import { activeDatabaseName, previousDatabaseNames, switchDatabase, ACTIVE_DB_KEY } from './db';
import { restoreBackup, restoredDatabaseName } from './restore';
import { freshDb, sampleComplaintInput, TEST_ACTOR } from './test-support/fake-db';
import { createComplaint, updateComplaint, complaintToInput } from './repositories/complaints';
import { storeAttachment } from './repositories/attachments';
import { getSetting } from './repositories/station';
import { fingerprint } from '../sync/test-support/fingerprint';
import { ensureStationKey, STATION_KEY } from './repositories/station-keys';

async function stationWithData() {
  const s = await freshDb();
  const photo = await storeAttachment(s.db, new File([new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])], '漏油.jpg', { type: 'image/jpeg' }));
  const input = sampleComplaintInput();
  input.attachments = { [photo.sha256]: photo };
  const c = await createComplaint(s.db, s.station, s.actor, input);
  await updateComplaint(s.db, s.station, s.actor, c.id, { ...complaintToInput(c), details: { ...c.details, symptom: '泵体漏油，已拍照' } });
  await createComplaint(s.db, s.station, s.actor, sampleComplaintInput('苏州精工'));
  return { ...s, complaintId: c.id };
}


describe('backup and restore', () => {
  it('restores every table into a new database, identical, and leaves the original untouched', async () => {
    const a = await stationWithData();
    const before = await fingerprint(a.db);
    const { bytes, manifest } = await buildBackup(a.db);
    expect(manifest.tables.complaints?.rows).toBe(2);
    expect(manifest.tables.attachments?.rows).toBe(1);
    expect(manifest.tables.changes?.rows).toBeGreaterThan(0);

    const name = `test-restore-${ulid()}`;
    const result = await restoreBackup(bytes, { name });
    expect(result.manifest.station.id).toBe(a.station.id);
    const b = new AppDB(name);
    await b.open();
    expect(await fingerprint(b)).toBe(before);
    expect(await fingerprint(a.db)).toBe(before);
    const photo = await b.attachments.toArray();
    expect(Array.from(new Uint8Array(await photo[0]!.blob.arrayBuffer()))).toEqual([0xff, 0xd8, 0xff, 1, 2, 3]);
  });

  it('keeps the station identity, HLC and log, so the restored station continues it', async () => {
    const a = await stationWithData();
    const { bytes } = await buildBackup(a.db);
    const name = `test-restore-${ulid()}`;
    await restoreBackup(bytes, { name });
    const b = new AppDB(name);
    await b.open();
    expect(await getSetting(b, 'station')).toEqual(a.station);
    const hlcBefore = await getSetting<string>(b, 'hlc');
    const lastSeq = (await b.changes.orderBy('seq').last())?.seq ?? 0;
    const c = await createComplaint(b, a.station, a.actor, sampleComplaintInput('杭州机电'));
    const [next] = await readLogOfRows(b.changes, 'complaints', [c.id]);
    expect(next?.seq).toBe(lastSeq + 1);
    expect(next?.station).toBe(a.station.id);
    expect(next!.hlc > (hlcBefore ?? '')).toBe(true);
    // The next complaint number follows the restored counters instead of starting over.
    const numbers = (await b.complaints.toArray()).map((x) => x.number);
    expect(new Set(numbers).size).toBe(3);
  });

  it('leaves out the station key and the signed audit head: the restored station makes a new key, and a planted one is refused', async () => {
    const a = await stationWithData();
    const key = await ensureStationKey(a.db);
    await a.db.settings.put({ key: 'audit.signedHead', value: { head: 'x', count: 1, signature: 'y' } });
    const { bytes } = await buildBackup(a.db);
    const text = strFromU8(unzipSync(bytes)['tables/settings.jsonl']!);
    expect(text).not.toContain(STATION_KEY);
    expect(text).not.toContain('audit.signedHead');
    expect(text).not.toContain(key.publicKey);
    const name = `test-restore-${ulid()}`;
    await restoreBackup(bytes, { name });
    const b = new AppDB(name);
    await b.open();
    expect(await b.settings.get(STATION_KEY)).toBeUndefined();
    expect((await ensureStationKey(b)).publicKey).not.toBe(key.publicKey);

    // A file that carries a key row (made by hand: the app never writes one) is refused.
    const files = unzipSync(bytes);
    const planted = strToU8(`${text}\n${JSON.stringify({ key: STATION_KEY, value: { publicKey: key.publicKey, privateKey: {} } })}`);
    const manifest = JSON.parse(strFromU8(files['backup.json']!)) as { tables: Record<string, { rows: number; sha256: string }> };
    const { sha256Hex } = await import('../domain/common/sha256');
    manifest.tables.settings = { rows: manifest.tables.settings!.rows + 1, sha256: sha256Hex(strFromU8(planted)) };
    const forged = zipSync({ ...files, 'tables/settings.jsonl': planted, 'backup.json': strToU8(JSON.stringify(manifest)) });
    await expect(restoreBackup(forged, { name: `test-restore-${ulid()}` })).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining('station.key is never backed up') });
  });

  it('refuses a corrupted file and leaves no new database behind', async () => {
    const a = await stationWithData();
    const { bytes } = await buildBackup(a.db);
    const entries = (await import('fflate')).unzipSync(bytes);
    const text = new TextDecoder().decode(entries['tables/complaints.jsonl']).replace('苏州精工', '苏州精密');
    entries['tables/complaints.jsonl'] = strToU8(text);
    const name = `test-restore-${ulid()}`;
    await expect(restoreBackup(zipSync(entries), { name })).rejects.toMatchObject({ code: 'corrupt' });
    expect((await AppDB.getDatabaseNames()).includes(name)).toBe(false);
  });

  it('refuses what is not a backup, and a version it does not know', () => {
    expect(() => readBackupFile(new Uint8Array([1, 2, 3]))).toThrow(BackupError);
    const later = zipSync({ 'backup.json': strToU8(JSON.stringify({ format: 'complaint-desk-backup', version: 3 })) });
    expect(() => readBackupFile(later)).toThrow(expect.objectContaining({ code: 'version' }) as Error);
    const bundle = zipSync({ 'manifest.json': strToU8('{}') });
    expect(() => readBackupFile(bundle)).toThrow(expect.objectContaining({ code: 'notBackup' }) as Error);
  });

  it('still restores a version 1 file (attachments inside, no placement field)', async () => {
    const a = await stationWithData();
    const before = await fingerprint(a.db);
    const entries = unzipSync((await buildBackup(a.db)).bytes);
    const manifest = JSON.parse(strFromU8(entries['backup.json'] as Uint8Array)) as Record<string, unknown>;
    delete manifest.attachments;
    entries['backup.json'] = strToU8(JSON.stringify({ ...manifest, version: 1 }));
    const name = `test-restore-${ulid()}`;
    await restoreBackup(zipSync(entries), { name });
    expect(await fingerprint(new AppDB(name))).toBe(before);
  });

  it('restores a backup of schema 6, whose log holds one change a record, as packs under the same seqs; a row that is no change refuses the file', async () => {
    const a = await stationWithData();
    const log = await readLog(a.db.changes);
    const entries = unzipSync((await buildBackup(a.db)).bytes);
    const manifest = JSON.parse(strFromU8(entries['backup.json'] as Uint8Array)) as { schemaVersion: number; tables: Record<string, { rows: number; sha256: string }> };
    const asV6 = (rows: unknown[]) => {
      const text = rows.map(rowLine).join('\n');
      entries['tables/changes.jsonl'] = strToU8(text);
      entries['backup.json'] = strToU8(JSON.stringify({ ...manifest, schemaVersion: 6, tables: { ...manifest.tables, changes: { rows: rows.length, sha256: sha256Hex(text) } } }));
      return zipSync(entries);
    };
    const name = `test-restore-${ulid()}`;
    await restoreBackup(asV6(log), { name });
    const b = new AppDB(name);
    await b.open();
    expect(await readLog(b.changes)).toEqual(log);
    expect(await knownHlcs(b.changes, log.map((c) => c.hlc))).toEqual(new Set(log.map((c) => c.hlc)));
    b.close();

    const other = `test-restore-${ulid()}`;
    await expect(restoreBackup(asV6([...log, { seq: 9999, note: 'no change' }]), { name: other })).rejects.toMatchObject({ code: 'corrupt' });
    expect((await AppDB.getDatabaseNames()).includes(other)).toBe(false);
  });

  it('restores a backup whose attachments are beside it, reading and checking each from the store', async () => {
    const a = await stationWithData();
    const before = await fingerprint(a.db);
    const built = await buildBackup(a.db, new Date(), 'beside');
    expect(built.manifest.attachments).toBe('beside');
    expect(Object.keys(unzipSync(built.bytes)).some((n) => n.startsWith('attachments/'))).toBe(false);
    const store = new Map<string, Uint8Array>();
    for (const row of built.attachments) store.set(row.sha256, new Uint8Array(await row.blob.arrayBuffer()));
    const read = async (sha: string) => {
      const data = store.get(sha);
      if (!data) throw new Error('ENOENT');
      return data;
    };

    // Without the store, it says where the attachments are; nothing is created.
    const refused = `test-restore-${ulid()}`;
    await expect(restoreBackup(built.bytes, { name: refused })).rejects.toMatchObject({ code: 'attachmentsBeside' });
    expect((await AppDB.getDatabaseNames()).includes(refused)).toBe(false);

    const name = `test-restore-${ulid()}`;
    await restoreBackup(built.bytes, { name, readAttachment: read });
    expect(await fingerprint(new AppDB(name))).toBe(before);

    // A file missing from the store, or not the bytes its hash names: refused, and no half database is left.
    const [sha] = [...store.keys()] as [string];
    for (const [data, code] of [[undefined, 'attachmentMissing'], [new Uint8Array([1, 2, 3]), 'corrupt']] as const) {
      if (data) store.set(sha, data);
      else store.delete(sha);
      const broken = `test-restore-${ulid()}`;
      await expect(restoreBackup(built.bytes, { name: broken, readAttachment: read })).rejects.toMatchObject({ code });
      expect((await AppDB.getDatabaseNames()).includes(broken)).toBe(false);
    }
  });

  it('never restores over a database that holds data', async () => {
    const a = await stationWithData();
    const other = await stationWithData();
    const before = await fingerprint(other.db);
    const { bytes } = await buildBackup(a.db);
    await expect(restoreBackup(bytes, { name: other.db.name })).rejects.toMatchObject({ code: 'targetNotEmpty' });
    const again = new AppDB(other.db.name);
    expect(await fingerprint(again)).toBe(before);
  });
});

describe('active database name', () => {
  function memory() {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  }

  it('defaults to the original name, switches, and remembers the one before', () => {
    const store = memory();
    expect(activeDatabaseName(store)).toBe('complaint-desk');
    const restored = restoredDatabaseName(new Date('2026-11-25T09:30:15.123Z'));
    expect(restored).toBe('complaint-desk-restored-20261125093015123');
    switchDatabase(restored, store);
    expect(activeDatabaseName(store)).toBe(restored);
    expect(previousDatabaseNames(store)).toEqual(['complaint-desk']);
  });

  it('ignores a stored name that is not one of ours', () => {
    const store = memory();
    store.setItem(ACTIVE_DB_KEY, 'evil');
    expect(activeDatabaseName(store)).toBe('complaint-desk');
    expect(() => switchDatabase('other-app', store)).toThrow();
  });
});

describe('discardUnusedDatabase', () => {
  it('deletes the empty database a first start opened, never one with records', async () => {
    const { discardUnusedDatabase } = await import('./restore');
    const { seedDepartments } = await import('./repositories/org');
    const store = new Map<string, string>();
    const names = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    globalThis.localStorage = names as unknown as Storage;
    try {
      const empty = new AppDB('complaint-desk');
      await empty.open();
      const station = await (await import('./repositories/station')).ensureStation(empty);
      await seedDepartments(empty, station, { id: 'system', name: 'system' });
      empty.close();
      switchDatabase('complaint-desk-restored-20261202120000000');
      expect(await discardUnusedDatabase('complaint-desk')).toBe(true);
      expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('complaint-desk');

      // A database with a complaint in it is kept, even when it is a previous one.
      const used = new AppDB('complaint-desk-restored-20261101000000000');
      await used.open();
      const usedStation = await (await import('./repositories/station')).ensureStation(used);
      await (await import('./test-support/fake-db')).seedTestPeople(used, [TEST_ACTOR]);
      await createComplaint(used, usedStation, TEST_ACTOR, sampleComplaintInput());
      used.close();
      switchDatabase(used.name);
      switchDatabase('complaint-desk-restored-20261202130000000');
      expect(previousDatabaseNames()).toContain(used.name);
      expect(await discardUnusedDatabase(used.name)).toBe(false);
      expect((await indexedDB.databases()).map((d) => d.name)).toContain(used.name);
    } finally {
      delete (globalThis as { localStorage?: Storage }).localStorage;
    }
  });
});
