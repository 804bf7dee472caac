import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { freshDb, sampleComplaintInput } from './test-support/fake-db';
import { createComplaint, complaintToInput, updateComplaint } from './repositories/complaints';
import { storeAttachment } from './repositories/attachments';
import { pruneUnreferencedAttachments } from './attachment-gc';
import type { AppDB } from './app-db';
import { ATTACHMENT_GRACE_MS, UNREFERENCED_GRACE_MS } from '../domain/attachments/retention';

const photo = (bytes: number[]) => new File([new Uint8Array(bytes)], '漏油.jpg', { type: 'image/jpeg' });
const stored = new Date('2026-11-20T02:00:00.000Z');
const later = new Date(stored.getTime() + 2 * ATTACHMENT_GRACE_MS);
const weekLater = new Date(later.getTime() + UNREFERENCED_GRACE_MS + 1);

describe('pruneUnreferencedAttachments', () => {
  it('drops a file once no record names it; keeps the one a complaint still shows and a fresh upload', async () => {
    const s = await freshDb();
    const kept = await storeAttachment(s.db, photo([1, 2, 3]), stored);
    const removed = await storeAttachment(s.db, photo([4, 5, 6]), stored);
    const input = sampleComplaintInput();
    input.attachments = { [kept.sha256]: kept, [removed.sha256]: removed };
    const c = await createComplaint(s.db, s.station, s.actor, input);
    // Nothing is dropped while the complaint shows both.
    expect(await pruneUnreferencedAttachments(s.db, later)).toEqual([]);

    const { [removed.sha256]: _gone, ...rest } = c.attachments;
    await updateComplaint(s.db, s.station, s.actor, c.id, { ...complaintToInput(c), attachments: rest });
    const fresh = await storeAttachment(s.db, photo([7, 8, 9]), weekLater);
    // Found unnamed now; dropped only at a check a week later (and the fresh upload is kept).
    expect(await pruneUnreferencedAttachments(s.db, later)).toEqual([]);
    expect(await pruneUnreferencedAttachments(s.db, weekLater)).toEqual([removed.sha256]);
    expect((await s.db.attachments.toArray()).map((a) => a.sha256).sort()).toEqual([kept.sha256, fresh.sha256].sort());
  });

  it('keeps the files of a deleted record still in its table (it can be restored)', async () => {
    const s = await freshDb();
    const file = await storeAttachment(s.db, photo([1, 1, 1]), stored);
    const input = sampleComplaintInput();
    input.attachments = { [file.sha256]: file };
    const c = await createComplaint(s.db, s.station, s.actor, input);
    await s.db.complaints.update(c.id, { deletedAt: later.toISOString() });
    expect(await pruneUnreferencedAttachments(s.db, later)).toEqual([]);
    expect(await pruneUnreferencedAttachments(s.db, weekLater)).toEqual([]);
  });
});

describe('pruneUnreferencedAttachments at start', () => {
  /** The mode of every transaction the database opens from here on. */
  const modes = (db: AppDB) => {
    const seen: string[] = [];
    const original = db.transaction.bind(db) as (...a: unknown[]) => unknown;
    const spy = vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      seen.push(String(args[0]));
      return original(...args);
    }) as never);
    return { seen, restore: () => spy.mockRestore() };
  };

  it('decides in a read-only pass and writes only when something is to be dropped or remembered', async () => {
    const s = await freshDb();
    const file = await storeAttachment(s.db, photo([2, 4, 6]), stored);
    const input = sampleComplaintInput();
    input.attachments = { [file.sha256]: file };
    await createComplaint(s.db, s.station, s.actor, input);
    const watch = modes(s.db);
    try {
      // Every file named: one read-only pass, no write transaction.
      expect(await pruneUnreferencedAttachments(s.db, later)).toEqual([]);
      expect(watch.seen).toEqual(['r']);
      // An unnamed file: remembered since now (a write), then dropped a week later (a write).
      const orphan = await storeAttachment(s.db, photo([3, 5, 7]), stored);
      watch.seen.length = 0;
      expect(await pruneUnreferencedAttachments(s.db, later)).toEqual([]);
      expect(watch.seen).toEqual(['r', 'rw']);
      watch.seen.length = 0;
      expect(await pruneUnreferencedAttachments(s.db, later)).toEqual([]);
      expect(watch.seen).toEqual(['r']);
      expect(await pruneUnreferencedAttachments(s.db, weekLater)).toEqual([orphan.sha256]);
      expect((await s.db.attachments.toArray()).map((a) => a.sha256)).toEqual([file.sha256]);
    } finally {
      watch.restore();
    }
  });

  it('reads no record table when no file is stored', async () => {
    const s = await freshDb();
    await createComplaint(s.db, s.station, s.actor, sampleComplaintInput());
    const each = vi.spyOn(s.db.complaints, 'each');
    expect(await pruneUnreferencedAttachments(s.db, later)).toEqual([]);
    expect(each).not.toHaveBeenCalled();
  });
});
