import { describe, expect, it } from 'vitest';
import { ATTACHMENT_GRACE_MS, UNREFERENCED_GRACE_MS, attachmentsToDrop, collectHashes, storeFilesToRemove } from './retention';

const h = (c: string) => c.repeat(64);
const now = new Date('2026-12-02T12:00:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('collectHashes', () => {
  it('finds a hash as a value, as a key, inside a field path, at any depth; nothing else', () => {
    const out = new Set<string>();
    collectHashes({ attachments: { [h('a')]: { sha256: h('a'), name: 'x.jpg' } }, d3: [{ photos: [h('b')] }], path: `attachments.${h('c')}.name`, note: 'ab'.repeat(20), n: 64 }, out);
    expect([...out].sort()).toEqual([h('a'), h('b'), h('c')]);
  });

  it('a tombstone (a removed attachment) and the merge clocks point to nothing', () => {
    const out = new Set<string>();
    collectHashes({ attachments: { [h('d')]: null }, _clocks: { [`attachments.${h('d')}.name`]: '001:000:X' } }, out);
    expect([...out]).toEqual([]);
  });
});

describe('rule 1: the database drops a file no record has named for a week', () => {
  const old = ago(30 * ATTACHMENT_GRACE_MS);
  it('first finding a file unnamed only starts its week; a later check past the week drops it', () => {
    const stored = [{ sha256: h('a'), createdAt: old }, { sha256: h('b'), createdAt: old }];
    const first = attachmentsToDrop(stored, new Set([h('a')]), {}, now);
    expect(first).toEqual({ drop: [], since: { [h('b')]: now.toISOString() } });
    const weekLater = new Date(now.getTime() + UNREFERENCED_GRACE_MS + 1);
    expect(attachmentsToDrop(stored, new Set([h('a')]), first.since, weekLater)).toEqual({ drop: [h('b')], since: {} });
  });

  it('a file named again (its record arrived) leaves the record and is kept', () => {
    const stored = [{ sha256: h('b'), createdAt: old }];
    expect(attachmentsToDrop(stored, new Set([h('b')]), { [h('b')]: ago(UNREFERENCED_GRACE_MS * 2) }, now)).toEqual({ drop: [], since: {} });
  });

  it('keeps a file stored less than a day ago (a form not saved yet), however long unnamed', () => {
    const stored = [{ sha256: h('c'), createdAt: ago(ATTACHMENT_GRACE_MS / 2) }];
    expect(attachmentsToDrop(stored, new Set(), { [h('c')]: ago(UNREFERENCED_GRACE_MS * 2) }, now).drop).toEqual([]);
  });
});

describe('rule 2: the store beside the backups removes a file only once no kept backup needs it', () => {
  it('removes only what no kept backup names', () => {
    expect(storeFilesToRemove([h('a'), h('b'), h('c')], [[h('a')], [h('a'), h('c')]])).toEqual([h('b')]);
  });

  it('removes nothing while a kept backup does not say what it needs', () => {
    expect(storeFilesToRemove([h('a'), h('b')], [[h('a')], null])).toEqual([]);
  });

  it('removes everything once no backup is kept', () => {
    expect(storeFilesToRemove([h('a')], [])).toEqual([h('a')]);
  });
});
