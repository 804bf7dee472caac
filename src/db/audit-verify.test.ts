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
