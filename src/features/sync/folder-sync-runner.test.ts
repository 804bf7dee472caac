/**
 * The folder runner never writes a bundle with a passphrase that is still being
 * typed: a sync asked for meanwhile (by "sync now" or the folder's watcher) waits
 * and runs once both entries agree, with the agreed passphrase.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '../../db/db';
import { createComplaint } from '../../db/repositories/complaints';
import { ensureStation } from '../../db/repositories/station';
import { sampleComplaintInput, seedTestPeople, TEST_ACTOR } from '../../db/test-support/fake-db';
import type { SyncFolderAccess } from '../../platform';
import { decodeBundle } from '../../sync/decode';
import { folderSyncState, setFolderPassphrase, syncFolderNow } from './folder-sync-runner';

function memoryFolder() {
  const written = new Map<string, Uint8Array>();
  const folder: SyncFolderAccess = {
    current: async () => '/share',
    choose: async () => '/share',
    // Nothing from other stations: only the push matters here.
    list: async () => [],
    read: async () => new Uint8Array(),
    writeOwn: vi.fn(async (sub: string, name: string, bytes: Uint8Array) => void written.set(`${sub}/${name}`, bytes)),
    watch: () => () => undefined,
  };
  return { folder, written };
}

describe('folder sync while the passphrase is typed', () => {
  it('waits while the two entries differ, then pushes encrypted with the agreed passphrase', async () => {
    const db = getDb();
    const station = await ensureStation(db);
    await seedTestPeople(db, [TEST_ACTOR]);
    await createComplaint(db, station, TEST_ACTOR, sampleComplaintInput());
    const { folder, written } = memoryFolder();

    setFolderPassphrase('仓库', false);
    await syncFolderNow(folder);
    expect(folder.writeOwn).not.toHaveBeenCalled();
    expect(folderSyncState().last).toBeNull();

    setFolderPassphrase('仓库口令', true);
    // The push derives a key from the passphrase: seconds on a loaded machine, so wait for it rather than 1 s.
    await vi.waitFor(() => expect(folderSyncState().last).not.toBeNull(), { timeout: 20_000 });
    expect(folderSyncState().error).toBeNull();
    const [bytes] = [...written.values()];
    expect(bytes).toBeDefined();
    await expect(decodeBundle(bytes as Uint8Array, { passphrase: '仓库' })).rejects.toMatchObject({ code: 'wrongPassphrase' });
    expect((await decodeBundle(bytes as Uint8Array, { passphrase: '仓库口令' })).changes.length).toBeGreaterThan(0);
  });
});
