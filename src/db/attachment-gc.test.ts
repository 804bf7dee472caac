import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from './test-support/fake-db';
import { createComplaint, complaintToInput, updateComplaint } from './repositories/complaints';
import { storeAttachment } from './repositories/attachments';
import { pruneUnreferencedAttachments } from './attachment-gc';
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
