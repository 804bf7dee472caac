/**
 * Derived fields after a merge equal what the writing station derived (returns'
 * status and total, complaints' next deadline), and partial rows (an edit
 * relayed before the row's creation) stay readable.
 */
import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import { savePerson } from '../db/repositories/org';
import { unlockSigner } from '../db/repositories/signing';
import { shareTrust, TEST_PASSWORD, withAccounts } from '../db/test-support/accounts';
import { approveReturn, createReturn, decideReturnClaim, updateReturn } from '../db/repositories/returns';
import { hashRequestSync, toCase, toRequest, type StoredReturn } from '../db/repositories/returns-row';
import { transitionComplaint } from '../db/repositories/workflow';
import { restoreEightD } from '../domain/eightd/report';
import { hashRequest, type ReturnRequest, type ReturnRequestInput } from '../domain/returns';
import type { AppDB } from '../db/app-db';
import type { MergeableRow } from '../domain/merge/apply-change';
import { buildExport, markExported } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { DEFAULT_DERIVE_CONTEXT, deriveRow } from './derive';
import { sampleComplaint, station } from './test-support/stations';
import { enrolEachOther, enrolHostile } from './test-support/enrol';
import { changeLine, TEST_LIMITS } from './__fixtures__/hostile';
import { signedBundle } from './__fixtures__/signed';

const T0 = new Date('2026-11-20T03:00:00.000Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const CTX = DEFAULT_DERIVE_CONTEXT;

async function transfer(from: AppDB, to: AppDB, destination: string) {
  const out = await buildExport(from, { destination, mode: 'since', now: T0 });
  await markExported(from, destination, out.toSeq);
  return applyImport(to, await decodeBundle(out.bytes), T0);
}

function request(qty: number, unitPriceFen = 15_000): Omit<ReturnRequestInput, 'id'> {
  return {
    customer: { name: '华东电器有限公司', contact: '王工', phone: '021-5555-0101' },
    orderNo: 'SO-2026-0101',
    returnType: 'defectiveInUse',
    freightPaidBy: 'us',
    lines: [{ id: 'L1', productNo: 'CD-100', reason: '外壳开裂', qtyShipped: 100, qtyRequested: qty, unitPriceFen }],
  };
}

const derived = (row: unknown) => ({ status: (row as StoredReturn | undefined)?.status, totalFen: (row as StoredReturn | undefined)?.totalFen });

describe('derived fields after a merge', () => {
  it('the synchronous request hash equals the WebCrypto one', async () => {
    for (const qty of [1, 7, 99]) {
      const req = { ...request(qty), id: `R${qty}`, customer: { name: '华东电器 “引号” ✓', contact: '', phone: '' } } as ReturnRequest;
      expect(hashRequestSync(req)).toBe(await hashRequest(req));
    }
  });

  it('a return line quantity changed on B gives A the same status and total', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const acc = await withAccounts(a.db, a.station);
    await shareTrust(a.db, b.db);
    const r = await createReturn(a.db, a.station, a.actor, request(5), at(0));
    await decideReturnClaim(a.db, a.station, a.actor, r.id, { kind: 'accept' }, await acc.signerFor(a.actor.id, 'qaManager'), at(1));
    await transfer(a.db, b.db, 'b');
    expect(derived(await b.db.returns.get(r.id))).toEqual({ status: 'approved', totalFen: 75_000 });

    // 10 × 150.00 = 1500.00: now over the manager's threshold.
    const onB = await updateReturn(b.db, b.station, b.actor, r.id, request(10), at(2));
    expect(derived(onB)).toEqual({ status: 'pendingApproval', totalFen: 150_000 });
    await transfer(b.db, a.db, 'a');
    expect(derived(await a.db.returns.get(r.id))).toEqual(derived(onB));
  });

  it('an approval signed on B gives A the same status', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const acc = await withAccounts(a.db, a.station);
    await shareTrust(a.db, b.db);
    await a.db.departments.add({ id: 'dept-MKT', code: 'MKT', name: '市场部', kind: 'marketing', _clocks: {} });
    const mm = await savePerson(a.db, a.station, a.actor, { name: '李经理', departmentId: 'dept-MKT', role: 'marketingManager', phone: '', email: '', active: true });
    await acc.signerFor(mm.id, 'marketingManager');
    const r = await createReturn(a.db, a.station, a.actor, request(10), at(0));
    await decideReturnClaim(a.db, a.station, a.actor, r.id, { kind: 'accept' }, await acc.signerFor(a.actor.id, 'qaManager'), at(1));
    await transfer(a.db, b.db, 'b');
    const onB = await approveReturn(b.db, b.station, { id: mm.id, name: mm.name }, r.id, { role: 'marketingManager', meaning: 'approved', comment: '' }, await unlockSigner(b.db, mm.id, TEST_PASSWORD), at(2));
    expect(onB.status).toBe('approved');
    expect((await a.db.returns.get(r.id))?.status).toBe('pendingApproval');
    await transfer(b.db, a.db, 'a');
    expect(derived(await a.db.returns.get(r.id))).toEqual(derived(onB));
  });

  it("a complaint's status change on B moves A's next deadline too", async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), at(0));
    await transfer(a.db, b.db, 'b');
    const onB = await transitionComplaint(b.db, b.station, b.actor, c.id, { to: 'acknowledged' }, at(60));
    const before = (await a.db.complaints.get(c.id))?.nextDueAt;
    expect(onB.nextDueAt).not.toBe(before);
    await transfer(b.db, a.db, 'a');
    expect((await a.db.complaints.get(c.id))?.nextDueAt).toBe(onB.nextDueAt);
  });
});

describe('partial rows (an edit that arrived before the creation)', () => {
  const HLC = '001764000000000:000000:S1';
  const partial = (fields: Record<string, unknown>): MergeableRow => ({ id: 'ROW1', _clocks: Object.fromEntries(Object.keys(fields).map((k) => [k, HLC])), ...fields });

  it('a return holding only an approval or a line quantity can be read and derived', () => {
    for (const fields of [{ updatedAt: '2026-11-20' }, { request: { lines: { L1: { qtyRequested: 3 } } } }, { approvals: { A1: { role: 'generalManager' } } }]) {
      const row = deriveRow('returns', partial(fields), CTX) as unknown as StoredReturn;
      expect(() => toCase(row)).not.toThrow();
      expect(toRequest(row).customer.name).toBe('');
      expect(typeof row.status).toBe('string');
      expect(typeof row.totalFen).toBe('number');
      expect(row._clocks).toEqual(partial(fields)._clocks);
    }
  });

  it('a complaint holding only a phone number gets its derived fields and the empty form around it', () => {
    const row = deriveRow('complaints', partial({ customer: { phone: '139' } }), CTX) as Record<string, unknown>;
    expect(row.searchTokens).toEqual(expect.any(Array));
    expect(typeof row.nextDueAt).toBe('string');
    expect(row.attachments).toEqual({});
    expect(row.customer).toMatchObject({ phone: '139', name: '' });
    // `number` is a unique index: partial rows must not share a default.
    expect(row.number).toBeUndefined();
    expect(row.receivedAt).toBe(new Date(1_764_000_000_000).toISOString());
  });

  it('two partial returns import side by side, each readable', async () => {
    const s = await station('WH1');
    await enrolHostile(s);
    const fields = { 'request.customer.name': '华东电器', 'request.lines.L1.qtyRequested': 3 };
    const lines = [1, 2].map((n) => JSON.stringify(changeLine(n, { table: 'returns', rowId: `RET${n}`, fields })));
    const bundle = await decodeBundle(await signedBundle({ lines }), { limits: TEST_LIMITS });
    await applyImport(s.db, bundle);
    for (const id of ['RET1', 'RET2']) {
      const row = (await s.db.returns.get(id)) as StoredReturn;
      expect(toCase(row).request.lines[0]).toMatchObject({ id: 'L1', qtyRequested: 3, unitPriceFen: 0 });
      expect(row.number).toBeUndefined();
    }
  });

  it('a complete row is stored as merged, without the defaults', () => {
    const row = deriveRow('returns', partial({ createdAt: '2026-11-20', request: { lines: {} } }), CTX) as Record<string, unknown>;
    expect(row.approvals).toBeUndefined();
    expect(row.totalFen).toBe(0);
  });

  it('an 8D report holding only one discipline restores to a full report', () => {
    const row = restoreEightD({ id: 'E1', complaintId: 'C1', d4: { rootCause: 'x' } } as never);
    expect(row.d2.isNot).toBeDefined();
    expect(row.actions).toEqual({});
  });
});
