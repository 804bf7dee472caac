import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from './test-support/fake-db';
import { createComplaint } from './repositories/complaints';
import { CHAIN_BROKEN_ACTION, checkStoredAuditChains, lastAuditChainReport, onAuditChainReport, verifyAuditAfterImport, verifyAuditChainNow } from './audit-verify';

async function stationWithHistory() {
  const s = await freshDb();
  await createComplaint(s.db, s.station, s.actor, sampleComplaintInput());
  await createComplaint(s.db, s.station, s.actor, sampleComplaintInput('苏州精工'));
  const entries = await s.db.audit.orderBy('seq').toArray();
  expect(entries.length).toBeGreaterThanOrEqual(2);
  return { ...s, entries };
}

const brokenEntries = async (db: Awaited<ReturnType<typeof freshDb>>['db']) => (await db.audit.toArray()).filter((e) => e.action === CHAIN_BROKEN_ACTION);

describe('audit chain verification', () => {
  it('an intact chain verifies, is published, and writes nothing', async () => {
    const { db, station, entries } = await stationWithHistory();
    const seen: unknown[] = [];
    const off = onAuditChainReport((r) => seen.push(r));
    const report = await verifyAuditChainNow(db, station, 'start');
    off();
    expect(report).toMatchObject({ ok: true, entries: entries.length, trigger: 'start' });
    expect(seen).toEqual([report]);
    expect(lastAuditChainReport()).toBe(report);
    expect(await db.audit.count()).toBe(entries.length);
  });

  it('an edited entry breaks the chain there; the break is audited once however often it is found', async () => {
    const { db, station, entries } = await stationWithHistory();
    const victim = entries[0]!;
    await db.audit.update(victim.seq!, { actor: '别人' });
    const report = await verifyAuditChainNow(db, station, 'start');
    expect(report).toMatchObject({ ok: false, brokenAt: victim.id, reason: 'entry', station: station.id });
    await verifyAuditChainNow(db, station, 'demand');
    const audited = await brokenEntries(db);
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ entity: 'audit', rowId: victim.id, actor: 'system' });
    expect(audited[0]!.changes).toContainEqual({ path: 'trigger', before: null, after: 'start' });
  });

  it('a deleted last entry is found by the recorded head; the import hook reports it too', async () => {
    const { db, station, entries } = await stationWithHistory();
    const lastEntry = entries.at(-1)!;
    await db.audit.delete(lastEntry.seq!);
    const report = await verifyAuditAfterImport(db, station);
    expect(report).toMatchObject({ ok: false, reason: 'head', trigger: 'import' });
    expect(await brokenEntries(db)).toHaveLength(1);
  });

  it('checked a slice at a time, a break in a later slice is found, and an intact chain passes across slices', async () => {
    const { db, station, entries } = await stationWithHistory();
    expect(await checkStoredAuditChains(db, station.id, 1)).toEqual({ ok: true, entries: entries.length });
    const victim = entries.at(-1)!;
    await db.audit.update(victim.seq!, { rowId: 'x' });
    expect(await checkStoredAuditChains(db, station.id, 1)).toMatchObject({ ok: false, brokenAt: victim.id, reason: 'entry' });
  });

  it('an entry re-hashed from scratch (a rewritten history) still breaks: the next entry no longer links to it', async () => {
    const { db, station, entries } = await stationWithHistory();
    const { chainAuditEntry } = await import('../domain/audit/audit-chain');
    const first = entries[0]!;
    const { seq: _s, hash: _h, prevHash, ...draft } = first;
    const forged = chainAuditEntry({ ...draft, actor: '伪造者' }, prevHash);
    await db.audit.put({ ...forged, seq: first.seq });
    const report = await verifyAuditChainNow(db, station, 'demand');
    expect(report).toMatchObject({ ok: false, brokenAt: entries[1]!.id, reason: 'entry' });
  });
});

describe('signed chain heads', () => {
  it('an intact check signs the head with the station key; a history re-hashed from scratch, head and all, is then found', async () => {
    const { db, station, entries } = await stationWithHistory();
    const { readSignedHead } = await import('./audit-checkpoint');
    expect(await readSignedHead(db)).toBeNull();
    expect(await verifyAuditChainNow(db, station, 'start')).toMatchObject({ ok: true });
    expect(await readSignedHead(db)).toMatchObject({ station: station.id, count: entries.length, head: entries.at(-1)!.hash });

    // Rewrite every entry from the genesis on and move the recorded head along: every link holds.
    const { chainAuditEntry, GENESIS_HASH } = await import('../domain/audit/audit-chain');
    let prev = GENESIS_HASH;
    for (const e of entries) {
      const { seq, hash: _h, prevHash: _p, ...draft } = e;
      const next = chainAuditEntry({ ...draft, actor: '伪造者' }, prev);
      await db.audit.put({ ...next, seq });
      prev = next.hash;
    }
    await db.settings.put({ key: 'auditHead', value: prev });
    const report = await verifyAuditChainNow(db, station, 'demand');
    expect(report).toMatchObject({ ok: false, reason: 'checkpoint', brokenAt: entries.at(-1)!.id, station: station.id });
    expect(await brokenEntries(db)).toHaveLength(1);
  });

  it('a cut-short chain and a signed head that is not genuine are found too', async () => {
    const { db, station, entries } = await stationWithHistory();
    await verifyAuditChainNow(db, station, 'start');
    const { readSignedHead, SIGNED_HEAD_KEY } = await import('./audit-checkpoint');
    const signed = (await readSignedHead(db))!;
    // Forged: the same statement about a shorter chain, with the old signature.
    await db.settings.put({ key: SIGNED_HEAD_KEY, value: { ...signed, count: 1, head: entries[0]!.hash } });
    expect(await checkStoredAuditChains(db, station.id)).toMatchObject({ ok: false, reason: 'checkpoint', brokenAt: '' });
    await db.settings.put({ key: SIGNED_HEAD_KEY, value: { ...signed } });
    // The last entry removed, and the recorded head moved back to the one before: links and head agree, the signed head does not.
    await db.audit.delete(entries.at(-1)!.seq!);
    await db.settings.put({ key: 'auditHead', value: entries.at(-2)!.hash });
    expect(await checkStoredAuditChains(db, station.id)).toMatchObject({ ok: false, reason: 'checkpoint' });
  });
});
