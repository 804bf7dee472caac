/**
 * "Back up to…" and "Restore from file" on another computer: one file, sealed
 * under the passphrase typed for it, restores on an installation that has never
 * seen the station (no stored key), and every way it can be wrong refuses it
 * with its own code and leaves no database behind.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ulid } from 'ulid';
import { AppDB } from './app-db';
import { buildBackup } from './backup-file';
import { isEncryptedBackup, openBackup, sealBackup, sealWithPassphrase, setBackupIterationsForTests, setBackupPassphrase } from './backup-crypto';
import { restoreBackup } from './restore';
import { freshDb, sampleComplaintInput } from './test-support/fake-db';
import { createComplaint } from './repositories/complaints';
import { storeAttachment } from './repositories/attachments';
import { sha256Hex } from '../domain/common/sha256';
import { fingerprint } from '../sync/test-support/fingerprint';

beforeAll(() => setBackupIterationsForTests(1000));

const PASS = '备份口令-U盘-2026';

async function stationWithData() {
  const s = await freshDb();
  const photo = await storeAttachment(s.db, new File([new Uint8Array([0xff, 0xd8, 0xff, 9, 8, 7])], '漏油.jpg', { type: 'image/jpeg' }));
  const input = sampleComplaintInput();
  input.attachments = { [photo.sha256]: photo };
  await createComplaint(s.db, s.station, s.actor, input);
  return s;
}

/** A portable backup file of the station, as "Back up to…" writes it. */
async function portable(db: AppDB): Promise<Uint8Array<ArrayBuffer>> {
  return sealWithPassphrase((await buildBackup(db)).bytes as Uint8Array<ArrayBuffer>, PASS);
}

async function databaseExists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

/** Opens (with no station database at all, as on a new computer) and restores into a new name. */
async function restoreElsewhere(file: Uint8Array<ArrayBuffer>, passphrase: string) {
  const name = `test-portable-${ulid()}`;
  const run = async () => restoreBackup(await openBackup(null, file, passphrase), { name });
  return { name, run };
}

/** Rewrites one entry of the zip inside a plain backup, keeping the manifest's hashes true, so only the check under test can fail. */
function rewrite(plain: Uint8Array, table: string, edit: (rows: Record<string, unknown>[]) => unknown[]): Uint8Array<ArrayBuffer> {
  const entries = unzipSync(plain);
  const text = strFromU8(entries[`tables/${table}.jsonl`] as Uint8Array);
  const rows = edit(text.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>));
  const newText = rows.map((r) => JSON.stringify(r)).join('\n');
  entries[`tables/${table}.jsonl`] = strToU8(newText);
  const manifest = JSON.parse(strFromU8(entries['backup.json'] as Uint8Array)) as { tables: Record<string, { rows: number; sha256: string }> };
  manifest.tables[table] = { rows: rows.length, sha256: sha256Hex(newText) };
  entries['backup.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(entries) as Uint8Array<ArrayBuffer>;
}

describe('a portable backup (Back up to…)', () => {
  it('round trip: sealed under its passphrase, it restores on a computer that never had the key, every table and attachment identical', async () => {
    const a = await stationWithData();
    const file = await portable(a.db);
    expect(isEncryptedBackup(file)).toBe(true);
    expect(new TextDecoder().decode(file)).not.toContain('华东精密');
    const { name, run } = await restoreElsewhere(file, PASS);
    await run();
    const b = new AppDB(name);
    await b.open();
    expect(await fingerprint(b)).toBe(await fingerprint(a.db));
    const [photo] = await b.attachments.toArray();
    expect(Array.from(new Uint8Array(await photo!.blob.arrayBuffer()))).toEqual([0xff, 0xd8, 0xff, 9, 8, 7]);
    b.close();
  });

  it('is sealed under the passphrase typed for it, not the station\'s own', async () => {
    const a = await stationWithData();
    await setBackupPassphrase(a.db, 'station-passphrase-1');
    const file = await portable(a.db);
    await expect(openBackup(a.db, file)).rejects.toMatchObject({ code: 'needPassphrase' });
    await expect(openBackup(null, file, 'station-passphrase-1')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    expect(unzipSync(await openBackup(null, file, PASS))['backup.json']).toBeDefined();
  });

  it('a scheduled backup (the station key) is self-contained too: its passphrase opens it anywhere', async () => {
    const a = await stationWithData();
    await setBackupPassphrase(a.db, 'station-passphrase-1');
    const file = await sealBackup(a.db, (await buildBackup(a.db)).bytes as Uint8Array<ArrayBuffer>);
    const { name, run } = await restoreElsewhere(file, 'station-passphrase-1');
    await run();
    expect(await databaseExists(name)).toBe(true);
  });

  it('refuses a passphrase shorter than 8 characters', async () => {
    await expect(sealWithPassphrase(new Uint8Array(4), 'short')).rejects.toMatchObject({ code: 'passphraseShort' });
  });

  it('wrong passphrase: refused as such, no database created', async () => {
    const a = await stationWithData();
    const { name, run } = await restoreElsewhere(await portable(a.db), 'not-the-passphrase');
    await expect(run()).rejects.toMatchObject({ code: 'wrongPassphrase' });
    expect(await databaseExists(name)).toBe(false);
  });

  it('truncated anywhere (inside the header or the body): refused as damaged, no database created', async () => {
    const a = await stationWithData();
    const file = await portable(a.db);
    for (const length of [20, 90, file.length - 1, Math.floor(file.length / 2)]) {
      const { name, run } = await restoreElsewhere(file.slice(0, length), PASS);
      await expect(run()).rejects.toMatchObject({ code: 'corrupt' });
      expect(await databaseExists(name)).toBe(false);
    }
  });

  it('one byte changed in the body: refused as damaged', async () => {
    const a = await stationWithData();
    const file = await portable(a.db);
    file[file.length - 40] = (file[file.length - 40] ?? 0) ^ 0x01;
    const { name, run } = await restoreElsewhere(file, PASS);
    await expect(run()).rejects.toMatchObject({ code: 'corrupt' });
    expect(await databaseExists(name)).toBe(false);
  });

  it('another envelope version or another backup format version: refused as a version, not as damage', async () => {
    const a = await stationWithData();
    const file = await portable(a.db);
    file[7] = '2'.charCodeAt(0);
    await expect(openBackup(null, file, PASS)).rejects.toMatchObject({ code: 'version' });

    const entries = unzipSync((await buildBackup(a.db)).bytes);
    const manifest = JSON.parse(strFromU8(entries['backup.json'] as Uint8Array)) as Record<string, unknown>;
    entries['backup.json'] = strToU8(JSON.stringify({ ...manifest, version: 99 }));
    const later = await sealWithPassphrase(zipSync(entries) as Uint8Array<ArrayBuffer>, PASS);
    const { name, run } = await restoreElsewhere(later, PASS);
    await expect(run()).rejects.toMatchObject({ code: 'version' });
    expect(await databaseExists(name)).toBe(false);
  });

  it('every row validated: a row without its key, a repeated key or a malformed attachment refuses the whole file, nothing written', async () => {
    const a = await stationWithData();
    const plain = (await buildBackup(a.db)).bytes;
    const cases: Uint8Array<ArrayBuffer>[] = [
      rewrite(plain, 'complaints', (rows) => rows.map(({ id: _id, ...rest }) => rest)),
      rewrite(plain, 'complaints', (rows) => [...rows, rows[0]]),
      rewrite(plain, 'attachments', (rows) => rows.map((r) => ({ ...r, sha256: 'not-a-hash' }))),
      rewrite(plain, 'changes', (rows) => rows.map((r) => ({ ...r, seq: 'one' }))),
      rewrite(plain, 'complaints', (rows) => rows.map((r) => {
        let deep: unknown = 'x';
        for (let i = 0; i < 40; i++) deep = { d: deep };
        return { ...r, deep };
      })),
    ];
    for (const bytes of cases) {
      const name = `test-portable-${ulid()}`;
      await expect(restoreBackup(bytes, { name })).rejects.toMatchObject({ code: 'corrupt' });
      expect(await databaseExists(name)).toBe(false);
    }
  });
});
