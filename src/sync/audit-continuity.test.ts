/**
 * Other stations' audit chains: a bundle's piece of its exporter's chain is
 * checked link by link and against what this station saw before; a broken or
 * rewritten history is shown in the preview and refused unless an administrator
 * accepts it knowingly (audited); the settings record the warning.
 */
import { describe, expect, it } from 'vitest';
import { complaintToInput, createComplaint, updateComplaint } from '../db/repositories/complaints';
import { chainAuditEntry, GENESIS_HASH, type AuditEntry } from '../domain/audit/audit-chain';
import type { AppDB } from '../db/app-db';
import { AUDIT_WARNINGS_KEY, judgeAuditChain, type AuditCheckpoint, type AuditWarningRecord } from './audit-continuity';
import type { Manifest } from './bundle-format';
import { decodeBundle } from './decode';
import { buildExport, markExported } from './export';
import { applyImport, previewImport } from './import';
import { auditEntries, changeLine, TEST_LIMITS } from './__fixtures__/hostile';
import { signedBundle } from './__fixtures__/signed';
import { sampleComplaint, station } from './test-support/stations';
import { enrolEachOther, enrolHostile } from './test-support/enrol';
import { fingerprint } from './test-support/fingerprint';

const T0 = new Date('2026-11-20T03:00:00.000Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);

async function exportFrom(db: AppDB, destination: string, mode: 'all' | 'since', now: Date) {
  const out = await buildExport(db, { destination, mode, now });
  await markExported(db, destination, out.toSeq);
  return decodeBundle(out.bytes);
}

async function warnings(db: AppDB): Promise<AuditWarningRecord[]> {
  return ((await db.settings.get(AUDIT_WARNINGS_KEY))?.value as AuditWarningRecord[] | undefined) ?? [];
}

/** What a station does when it restores an old backup and writes on: its chain from some entry on is replaced. */
async function rewriteHistory(db: AppDB, fromIndex: number): Promise<void> {
  await db.transaction('rw', db.audit, db.settings, async () => {
    const all = await db.audit.orderBy(':id').toArray();
    let prev = all[fromIndex - 1]?.hash ?? GENESIS_HASH;
    for (const e of all.slice(fromIndex)) {
      const { seq, hash: _h, prevHash: _p, ...draft } = e;
      const next = chainAuditEntry({ ...draft, actor: `${draft.actor}（改）` }, prev);
      await db.audit.put({ ...next, seq });
      prev = next.hash;
    }
    await db.settings.put({ key: 'auditHead', value: prev });
  });
}

describe('audit chain of other stations', () => {
  it('carries the piece of the chain a bundle covers and sees it continue', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), at(0));
    const first = await exportFrom(a.db, 'b', 'since', at(1));
    // From the first change on (the enrolment before it is not covered by a since-export).
    expect(first.audit?.map((e) => e.hash)).toEqual((await a.db.audit.toArray()).filter((e) => e.action !== 'station.enrol').map((e) => e.hash));
    expect((await applyImport(b.db, first, at(1))).audit).toEqual({ kind: 'first' });

    await updateComplaint(a.db, a.station, a.actor, c.id, { ...complaintToInput(c), customer: { ...c.customer, phone: '13900000001' } }, at(2));
    const second = await exportFrom(a.db, 'b', 'since', at(3));
    expect(second.audit).toHaveLength(1);
    expect(second.audit?.[0]?.prevHash).toBe(first.manifest.auditHead);
    expect((await previewImport(b.db, second, at(3))).audit).toEqual({ kind: 'continues' });
    await applyImport(b.db, second, at(3));
    expect(await warnings(b.db)).toEqual([]);
  });

  it('refuses a rewritten history unless an administrator accepts it knowingly; the acceptance is audited and recorded', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), at(0));
    await updateComplaint(a.db, a.station, a.actor, c.id, { ...complaintToInput(c), customer: { ...c.customer, phone: '13900000001' } }, at(1));
    await applyImport(b.db, await exportFrom(a.db, 'b', 'all', at(2)), at(2));

    await rewriteHistory(a.db, 0);
    await updateComplaint(a.db, a.station, a.actor, c.id, { ...complaintToInput(c), customer: { ...c.customer, phone: '13900000002' } }, at(3));
    const bundle = await exportFrom(a.db, 'b', 'all', at(4));
    // A will not sign over its rewritten history: the bundle still carries the head it signed before.
    expect(bundle.manifest.auditSigned?.head).not.toBe(bundle.manifest.auditHead);
    const preview = await previewImport(b.db, bundle, at(4));
    expect(preview.audit).toMatchObject({ kind: 'rewritten', lastSeenAt: at(2).toISOString() });

    const before = await fingerprint(b.db);
    await expect(applyImport(b.db, bundle, at(4))).rejects.toMatchObject({ code: 'auditChainBroken', params: { station: 'QA1' } });
    // Accepted by someone who may not manage people (the procedure's matrix: a QA manager): still refused.
    const allowAll = await b.db.config.get('plant');
    await b.db.config.delete('plant');
    await expect(applyImport(b.db, bundle, at(4), { acceptBrokenChainBy: b.actor })).rejects.toMatchObject({ code: 'auditChainBroken' });
    await b.db.config.put(allowAll!);
    expect(await fingerprint(b.db)).toBe(before);

    const result = await applyImport(b.db, bundle, at(4), { acceptBrokenChainBy: b.actor });
    expect(result.newChanges).toBe(1);
    expect((await b.db.complaints.get(c.id))?.customer.phone).toBe('13900000002');
    expect(await warnings(b.db)).toMatchObject([{ kind: 'rewritten', stationCode: 'QA1', bundleId: bundle.id }]);
    expect((await b.db.bundleReceipts.get(bundle.id)) as unknown).toMatchObject({ auditCheck: 'rewritten' });
    const accepted = (await b.db.audit.toArray()).filter((e) => e.action === 'sync.acceptBrokenChain');
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ actor: b.actor.name, rowId: bundle.id });
    expect(accepted[0]!.changes).toContainEqual({ path: 'audit', before: null, after: 'rewritten' });
  });

  it('a rewritten entry inside a since-bundle is caught by its id', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), at(0));
    await applyImport(b.db, await exportFrom(a.db, 'b', 'since', at(1)), at(1));
    // The same export range again after the rewrite: the entry we saw is in it, with another hash.
    await rewriteHistory(a.db, 0);
    await updateComplaint(a.db, a.station, a.actor, c.id, { ...complaintToInput(c), customer: { ...c.customer, phone: '13900000003' } }, at(2));
    const bundle = await exportFrom(a.db, 'other', 'since', at(3));
    expect((await previewImport(b.db, bundle, at(3))).audit).toMatchObject({ kind: 'rewritten' });
  });

  it('says it cannot confirm when a bundle in between was not imported here', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), at(0));
    await applyImport(b.db, await exportFrom(a.db, 'usb', 'since', at(1)), at(1));
    const edit = (phone: string, s: number) => updateComplaint(a.db, a.station, a.actor, c.id, { ...complaintToInput(c), customer: { ...c.customer, phone } }, at(s));
    await edit('13900000001', 2);
    await exportFrom(a.db, 'folder', 'since', at(3)); // never reaches B
    await edit('13900000002', 4);
    const later = await exportFrom(a.db, 'folder', 'since', at(5));
    expect((await previewImport(b.db, later, at(5))).audit).toEqual({ kind: 'gap', lastSeenAt: at(1).toISOString() });
  });

  it('refuses a piece whose links or hashes do not hold unless accepted, and sees a head the piece does not end at', async () => {
    const good = auditEntries(3);
    const tampered = good.map((e, i) => (i === 1 ? { ...e, actor: '李四' } : e));
    const relinked = good.map((e, i) => (i === 2 ? chainAuditEntry({ ...e, actor: '李四' }, 'f'.repeat(64)) : e));
    const lines = (entries: AuditEntry[]) => entries.map((e) => JSON.stringify(e));
    for (const [entries, entry] of [[tampered, good[1]?.id], [relinked, good[2]?.id]] as const) {
      const s = await station('WH1');
      await enrolHostile(s);
      const bundle = await decodeBundle(await signedBundle({ audit: lines(entries) }), { limits: TEST_LIMITS });
      expect((await previewImport(s.db, bundle)).audit).toEqual({ kind: 'broken', entry });
      await expect(applyImport(s.db, bundle)).rejects.toMatchObject({ code: 'auditChainBroken', params: { station: 'QA9', entry } });
      expect((await applyImport(s.db, bundle, new Date(), { acceptBrokenChainBy: s.actor })).newChanges).toBe(2);
      expect(await warnings(s.db)).toMatchObject([{ kind: 'broken', entry }]);
    }
    const s = await station('WH1');
    await enrolHostile(s);
    const wrongHead = await decodeBundle(await signedBundle({ audit: lines(good), manifest: (m) => ({ ...m, auditHead: 'e'.repeat(64) }) }), { limits: TEST_LIMITS });
    expect((await previewImport(s.db, wrongHead)).audit).toEqual({ kind: 'broken', entry: good[2]?.id });
  });

  it('still reads bundles without audit.jsonl, only remembering their head', async () => {
    const s = await station('WH1');
    await enrolHostile(s);
    const bundle = await decodeBundle(await signedBundle({ lines: [JSON.stringify(changeLine(1))], manifest: (m) => ({ ...m, counts: { changes: 1, attachments: 0, byTable: {} } }) }), { limits: TEST_LIMITS });
    expect(bundle.audit).toBeNull();
    expect((await applyImport(s.db, bundle)).audit).toEqual({ kind: 'unverified' });
  });
});

describe('judgeAuditChain', () => {
  const manifest = (auditHead: string, createdAt = '2026-11-21T00:00:00.000Z') => ({ auditHead, createdAt }) as Manifest;
  const chain = auditEntries(4);
  const cp = (e: AuditEntry | undefined, bundleCreatedAt = '2026-11-20T00:00:00.000Z'): AuditCheckpoint => ({ id: e?.id ?? '', hash: e?.hash ?? '', bundleCreatedAt, seenAt: '2026-11-20T01:00:00.000Z' });

  it('continues from a checkpoint at the piece start, inside it, or at its head', () => {
    expect(judgeAuditChain(manifest(chain[3]!.hash), chain.slice(2), [cp(chain[1])]).kind).toBe('continues');
    expect(judgeAuditChain(manifest(chain[3]!.hash), chain, [cp(chain[1])]).kind).toBe('continues');
    expect(judgeAuditChain(manifest(chain[3]!.hash), [], [cp(chain[3])]).kind).toBe('continues');
  });

  it('calls an older bundle older, and an emptied chain rewritten', () => {
    expect(judgeAuditChain(manifest(chain[1]!.hash, '2026-11-19T00:00:00.000Z'), chain.slice(1, 2), [cp(chain[3])]).kind).toBe('older');
    expect(judgeAuditChain(manifest(GENESIS_HASH), [], [cp(chain[3])]).kind).toBe('rewritten');
  });
});
