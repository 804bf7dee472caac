import { describe, expect, it } from 'vitest';
import { freshDb, TEST_ACTOR } from '../test-support/fake-db';
import { countLogSince } from '../change-log';
import { withAccounts, type TestAccounts } from '../test-support/accounts';
import { savePerson } from './org';
import { approveReturn, createReturn, decideReturnClaim, recordDisposition, recordJudgement, recordReceipt, reopenReturn, updateReturn } from './returns';
import { isoInZone, toRequest, type StoredReturn } from './returns-row';
import { ValidationError } from '../../domain/common/validation-error';
import { verifyAuditChain } from '../../domain/audit/audit-chain';
import type { ReturnRequestInput } from '../../domain/returns';
import type { AppDB } from '../app-db';

const NOW = new Date('2026-03-02T01:30:00.000Z');

function input(unitPriceFen: number, qty = 10): Omit<ReturnRequestInput, 'id'> {
  return {
    customer: { name: '华东电器有限公司', contact: '王工', phone: '021-5555-0101' },
    orderNo: 'SO-2026-0101',
    returnType: 'defectiveInUse',
    freightPaidBy: 'us',
    lines: [{ id: 'L1', productNo: 'CD-100', reason: '外壳开裂', qtyShipped: 100, qtyRequested: qty, unitPriceFen }],
  };
}

async function person(db: AppDB, station: Parameters<typeof savePerson>[1], name: string, role: 'marketingManager' | 'generalManager' | 'warehouseClerk') {
  const dept = await db.departments.add({ id: `D-${name}`, code: `D${name.length}${Math.random().toString(36).slice(2, 6)}`, name: '市场部', kind: 'marketing', _clocks: {} });
  const p = await savePerson(db, station, TEST_ACTOR, { name, departmentId: String(dept), role, phone: '', email: '', active: true });
  const signer = await (await accounts(db, station)).signerFor(p.id, role);
  return { id: p.id, name: p.name, actor: { id: p.id, name: p.name }, signer };
}

const plants = new WeakMap<AppDB, Promise<TestAccounts>>();
function accounts(db: AppDB, station: Parameters<typeof savePerson>[1]): Promise<TestAccounts> {
  let a = plants.get(db);
  if (!a) plants.set(db, (a = withAccounts(db, station)));
  return a;
}

/** The test actor's own key (p1, a QA manager), for claim decisions. */
async function mine(db: AppDB, station: Parameters<typeof savePerson>[1]) {
  return (await accounts(db, station)).signerFor(TEST_ACTOR.id, 'qaManager');
}

async function expectRefused(p: Promise<unknown>, code: string): Promise<void> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues.map((i) => i.code)).toContain(code);
}

async function rowCountAndLog(db: AppDB) {
  return { changes: await countLogSince(db.changes, 0), audit: await db.audit.count(), rows: await db.returns.count() };
}

describe('returns repository', () => {
  it('creates a numbered request with computed totals, lines keyed by id, stamped and audited', async () => {
    const { db, station, actor } = await freshDb();
    const r = await createReturn(db, station, actor, { ...input(25_000), lines: [{ ...input(25_000).lines[0]!, amountFen: 1 } as never] }, NOW);
    expect(r.number).toBe('RT-QA1-2026-0001');
    expect(r.totalFen).toBe(250_000);
    expect(r.status).toBe('pendingApproval');
    expect(r.request.lines.L1?.order).toBe(0);
    expect(r._clocks['request.lines.L1.qtyRequested']).toBeDefined();
    expect(r._clocks.status).toBeUndefined();
    const second = await createReturn(db, station, actor, input(100), NOW);
    expect(second.number).toBe('RT-QA1-2026-0002');
    expect(verifyAuditChain(await db.audit.toArray()).ok).toBe(true);
  });

  it('refuses negative and non-numeric quantities and prices, writing nothing', async () => {
    const { db, station, actor } = await freshDb();
    await expectRefused(createReturn(db, station, actor, input(100, -1), NOW), 'returns.qtyRequestedNotPositive');
    await expectRefused(createReturn(db, station, actor, input(-5), NOW), 'returns.priceNegative');
    await expectRefused(createReturn(db, station, actor, input(Number.NaN), NOW), 'returns.priceNotInteger');
    expect(await rowCountAndLog(db)).toEqual({ changes: 0, audit: 0, rows: 0 });
  });

  it('a 1000.00 return needs no approval: accepted claim → approved', async () => {
    const { db, station, actor } = await freshDb();
    const r = await createReturn(db, station, actor, input(10_000), NOW);
    expect(r.totalFen).toBe(100_000);
    const decided = await decideReturnClaim(db, station, actor, r.id, { kind: 'accept' }, await mine(db, station), NOW);
    expect(decided.status).toBe('approved');
  });

  it('walks approvals by role, refuses the wrong role and voids approvals when the request changes', async () => {
    const { db, station, actor } = await freshDb();
    const mm = await person(db, station, '李经理', 'marketingManager');
    const gm = await person(db, station, '王总', 'generalManager');
    const r = await createReturn(db, station, actor, input(25_000), NOW);
    // The procedure's order: no approval before the claim is accepted, the general manager after the marketing manager.
    await expectRefused(approveReturn(db, station, mm.actor, r.id, { role: 'marketingManager', meaning: 'approved', comment: '' }, mm.signer, NOW), 'repo.claimDecisionFirst');
    await decideReturnClaim(db, station, actor, r.id, { kind: 'accept' }, await mine(db, station), NOW);
    const before = await rowCountAndLog(db);
    await expectRefused(approveReturn(db, station, mm.actor, r.id, { role: 'generalManager', meaning: 'approved', comment: '' }, mm.signer, NOW), 'auth.err.notAllowed');
    await expectRefused(approveReturn(db, station, gm.actor, r.id, { role: 'generalManager', meaning: 'approved', comment: '' }, gm.signer, NOW), 'repo.managerFirst');
    // Nobody signs with another person's key.
    await expectRefused(approveReturn(db, station, mm.actor, r.id, { role: 'marketingManager', meaning: 'approved', comment: '' }, gm.signer, NOW), 'repo.noActingPerson');
    expect(await rowCountAndLog(db)).toEqual(before);

    const one = await approveReturn(db, station, mm.actor, r.id, { role: 'marketingManager', meaning: 'approved', comment: '同意' }, mm.signer, NOW);
    expect(one.status).toBe('pendingApproval');
    const signed = Object.values(one.approvals)[0];
    expect(signed).toMatchObject({ signerName: '李经理', role: 'marketingManager', at: '2026-03-02T09:30:00+08:00', timeZone: 'Asia/Shanghai' });
    expect(signed?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    await expectRefused(approveReturn(db, station, mm.actor, r.id, { role: 'marketingManager', meaning: 'approved', comment: '' }, mm.signer, NOW), 'approval.alreadySigned');
    const two = await approveReturn(db, station, gm.actor, r.id, { role: 'generalManager', meaning: 'approved', comment: '' }, gm.signer, NOW);
    expect(two.status).toBe('approved');

    const edited = await updateReturn(db, station, actor, r.id, input(25_100), NOW);
    expect(edited.status).toBe('pendingApproval');
    const approvals = Object.values(edited.approvals);
    expect(approvals).toHaveLength(2);
    expect(approvals.every((a) => a?.voided?.reason === 'approval.voidedContentChanged')).toBe(true);
    // The signature itself is untouched: only the void mark was added.
    expect(approvals[0]?.contentHash).toBe(signed?.contentHash);
  });

  it('a 1500 return needs only the marketing manager', async () => {
    const { db, station, actor } = await freshDb();
    const mm = await person(db, station, '李经理', 'marketingManager');
    const gm = await person(db, station, '王总', 'generalManager');
    const r = await createReturn(db, station, actor, input(15_000), NOW);
    await decideReturnClaim(db, station, actor, r.id, { kind: 'accept' }, await mine(db, station), NOW);
    await expectRefused(approveReturn(db, station, gm.actor, r.id, { role: 'generalManager', meaning: 'approved', comment: '' }, gm.signer, NOW), 'approval.notRequired');
    const ok = await approveReturn(db, station, mm.actor, r.id, { role: 'marketingManager', meaning: 'approved', comment: '' }, mm.signer, NOW);
    expect(ok.status).toBe('approved');
  });

  it('refusing the claim needs a note for "other" and sets the status refused', async () => {
    const { db, station, actor } = await freshDb();
    const r = await createReturn(db, station, actor, input(100), NOW);
    await expectRefused(decideReturnClaim(db, station, actor, r.id, { kind: 'refuse', reason: 'other', note: '' }, await mine(db, station), NOW), 'claim.noteRequired');
    const refused = await decideReturnClaim(db, station, actor, r.id, { kind: 'refuse', reason: 'pastShelfLife', note: '已过保质期' }, await mine(db, station), NOW);
    expect(refused.status).toBe('refused');
  });

  it('receipt, judgement and disposition close the return; bad input at each step writes nothing', async () => {
    const { db, station, actor } = await freshDb();
    const r = await createReturn(db, station, actor, input(10_000), NOW);
    const receipt = (countedQty: number, confirm = false) => ({
      receivedAt: '2026-03-05T14:00:00+08:00', receivedBy: '赵仓管', packageCondition: 'intact', outcome: 'partial',
      overReceiptConfirmed: confirm, lines: [{ lineId: 'L1', countedQty, location: 'A-01', isolationTag: 'isolated' }],
    });
    // Not approved yet (no claim decision): the warehouse cannot book it in.
    await expectRefused(recordReceipt(db, station, actor, r.id, receipt(8), NOW), 'repo.wrongStage');
    await decideReturnClaim(db, station, actor, r.id, { kind: 'accept' }, await mine(db, station), NOW);
    const before = await rowCountAndLog(db);
    await expectRefused(recordReceipt(db, station, actor, r.id, receipt(120), NOW), 'receipt.overReceiptNotConfirmed');
    await expectRefused(recordReceipt(db, station, actor, r.id, receipt(-1), NOW), 'returns.qtyNegative');
    expect(await rowCountAndLog(db)).toEqual(before);
    const received = await recordReceipt(db, station, actor, r.id, receipt(8), NOW);
    expect(received.status).toBe('received');
    expect(received.receipt?.lines.L1?.countedQty).toBe(8);
    await expectRefused(updateReturn(db, station, actor, r.id, input(10_000, 9), NOW), 'repo.lockedAfterReceipt');

    await expectRefused(
      recordJudgement(db, station, actor, r.id, { judgedAt: '2026-03-06T10:00:00+08:00', judgedBy: '质检', lines: [{ lineId: 'L1', inspectedQty: 8, conformingQty: 2, nonconformingQty: 5, eightDRequired: false, responsibility: 'production' }] }, NOW),
      'judgement.sumMismatch',
    );
    const judged = await recordJudgement(db, station, actor, r.id, {
      judgedAt: '2026-03-06T10:00:00+08:00', judgedBy: '质检', lines: [{ lineId: 'L1', inspectedQty: 8, conformingQty: 2, nonconformingQty: 6, defectFound: '裂纹', responsibility: 'production', eightDRequired: true }],
    }, NOW);
    expect(judged.status).toBe('judged');

    const mid = await rowCountAndLog(db);
    await expectRefused(recordDisposition(db, station, actor, r.id, { lines: [{ lineId: 'L1', actions: [{ kind: 'scrap', qty: 5 }] }] }, NOW), 'disposition.sumMismatch');
    expect(await rowCountAndLog(db)).toEqual(mid);
    const closed = await recordDisposition(db, station, actor, r.id, { lines: [{ lineId: 'L1', actions: [{ kind: 'scrap', qty: 6 }, { kind: 'returnToCustomer', qty: 2 }] }] }, NOW);
    expect(closed.status).toBe('closed');
    const audit = await db.audit.where('[entity+rowId]').equals(['returns', r.id]).toArray();
    expect(audit.map((a) => a.action)).toEqual(['create', 'claimAccepted', 'receive', 'judge', 'dispose']);
    // Settled: read-only until reopened with a reason.
    const redo = { lines: [{ lineId: 'L1', actions: [{ kind: 'scrap', qty: 8 }] }] };
    await expectRefused(recordDisposition(db, station, actor, r.id, redo, NOW), 'auth.err.locked');
    await expectRefused(reopenReturn(db, station, actor, r.id, ' ', NOW), 'validation.required');
    const later = new Date(NOW.getTime() + 60_000);
    await reopenReturn(db, station, actor, r.id, '客户补充了检验报告', later);
    const redone = await recordDisposition(db, station, actor, r.id, redo, new Date(later.getTime() + 60_000));
    expect(redone.status).toBe('closed');
    await expectRefused(recordDisposition(db, station, actor, r.id, redo, new Date(later.getTime() + 120_000)), 'auth.err.locked');
  });

  it('keeps line order and tombstones removed lines', async () => {
    const { db, station, actor } = await freshDb();
    const base = input(100);
    const two = { ...base, lines: [base.lines[0]!, { ...base.lines[0]!, id: 'L2', productNo: 'CD-200' }] };
    const r = await createReturn(db, station, actor, two, NOW);
    expect(toRequest(r).lines.map((l) => l.id)).toEqual(['L1', 'L2']);
    const one = (await updateReturn(db, station, actor, r.id, { ...base, lines: [{ ...base.lines[0]!, id: 'L2', productNo: 'CD-200' }] }, NOW)) as StoredReturn;
    expect(one.request.lines.L1).toBeNull();
    expect(toRequest(one).lines.map((l) => l.id)).toEqual(['L2']);
  });

  it('formats instants with the zone offset', () => {
    expect(isoInZone(Date.parse('2026-03-02T01:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-02T09:30:00+08:00');
    expect(isoInZone(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
  });
});
