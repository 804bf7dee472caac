import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { countLogSince, readLog } from '../change-log';
import { loadDemoData } from './demo';
import { seedDepartments } from './org';
import { logIn } from './accounts';
import { verifyAll } from './signing';
import { countOverdue } from '../queries/complaint-table';
import { COMPLAINT_STATUSES } from '../../domain/workflow/statuses';
import { PERSON_ROLES } from '../../domain/org/org';
import { closureStatement, type Closure } from '../../domain/auth/closure';
import { DEMO_PASSWORD } from '../../domain/demo/demo-password';
import type { WorkflowComplaint } from './workflow-store';
import { approvalsOf, type StoredReturn } from './returns-row';
import { approvalStatement, claimDecisionStatement, REQUEST_STATUSES } from '../../domain/returns';
import { eightDStatement } from '../../domain/eightd/signature';
import type { EightD } from '../../domain/eightd/schema';

const NOW = new Date('2026-12-02T08:00:00Z');

describe('the demo plant loader', () => {
  it('writes people with accounts, complaints in every status with overdue and slipped deadlines, 8Ds and verifiable closures, returns at every stage with signed decisions and approvals, signed 8Ds', async () => {
    const { db, station, actor } = await freshDb();
    await seedDepartments(db, station, actor);
    const changesBefore = await countLogSince(db.changes, 0);
    expect(await loadDemoData(db, station, actor, 300, NOW)).toBe(300);

    const people = (await db.people.toArray()).filter((p) => p.login);
    const warehouseName = people.find((p) => p.role === 'warehouseClerk')!.name;
    expect(new Set(people.map((p) => p.role))).toEqual(new Set(PERSON_ROLES));
    const complaints = (await db.complaints.toArray()) as WorkflowComplaint[];
    expect(complaints).toHaveLength(300);
    expect(new Set(complaints.map((c) => c.status))).toEqual(new Set(COMPLAINT_STATUSES));
    expect(complaints.filter((c) => c.assessment).length).toBeGreaterThan(200);
    expect(complaints.some((c) => Object.values(c.deadlines ?? {}).some((d) => d && Object.keys(d.slips).length > 0))).toBe(true);
    expect(await countOverdue(db, NOW.toISOString())).toBeGreaterThan(0);
    expect(await db.eightD.count()).toBeGreaterThan(100);
    // Every row is logged for sync, each part under its author; the numbers continue from the demo's.
    const logged = (await readLog(db.changes)).slice(changesBefore);
    expect(new Set(logged.map((c) => `${c.table}/${c.rowId}`)).size).toBe(people.length + 300 + (await db.eightD.count()) + (await db.returns.count()));
    expect(logged.every((c) => people.some((p) => p.id === c.author && p.name === c.actor))).toBe(true);
    expect(new Set(complaints.map((c) => c.number)).size).toBe(300);

    const closed = complaints.filter((c) => c.status === 'closed');
    expect(closed.length).toBeGreaterThan(50);
    const closures = closed.flatMap((c) => Object.values((c.closures ?? {}) as Record<string, Closure>).map((x) => ({ c, x })));
    expect(closures).toHaveLength(closed.length);
    const verdicts = await verifyAll(db, closures.map(({ c, x }) => ({ statement: closureStatement(c.id, x), proof: { keyId: x.keyId, sig: x.sig } })));
    expect(verdicts.every((v) => v.state === 'valid')).toBe(true);
    // A tampered closure does not verify.
    const [first] = closures;
    const bad = await verifyAll(db, [{ statement: closureStatement(first!.c.id, { ...first!.x, note: 'changed' }), proof: { keyId: first!.x.keyId, sig: first!.x.sig } }]);
    expect(bad[0]?.state).toBe('invalid');

    // Returns at every stage, linked to demo complaints, numbered once each.
    const returns = (await db.returns.toArray()) as StoredReturn[];
    expect(new Set(returns.map((r) => r.status))).toEqual(new Set(REQUEST_STATUSES));
    expect(returns.every((r) => complaints.some((c) => c.id === r.complaintId))).toBe(true);
    expect(new Set(returns.map((r) => r.number)).size).toBe(returns.length);
    const roleOf = new Map(people.map((p) => [p.id, p.role]));
    const decided = returns.filter((r) => r.decision);
    const approvals = returns.flatMap((r) => approvalsOf(r).map((a) => ({ r, a })));
    expect(approvals.some(({ a }) => a.role === 'generalManager')).toBe(true);
    expect(approvals.some(({ a }) => a.meaning === 'rejected')).toBe(true);
    expect(approvals.every(({ a }) => roleOf.get(a.signerId) === a.role)).toBe(true);
    expect(decided.every((r) => roleOf.get(r.decision!.signature!.signerId) === 'marketingManager')).toBe(true);
    expect(returns.filter((r) => r.receipt).every((r) => r.receipt!.receivedBy === warehouseName)).toBe(true);
    const closedReturn = returns.find((r) => r.status === 'closed')!;
    expect(closedReturn.judgement?.judgedBy).toBeTruthy();
    expect(Object.keys(closedReturn.disposition?.lines ?? {})).toHaveLength(1);

    // Completed 8Ds are signed prepared, reviewed and approved by the right roles.
    const reports = (await db.eightD.toArray()) as EightD[];
    const signed = reports.filter((r) => Object.keys(r.signatures).length > 0);
    expect(signed.length).toBeGreaterThan(50);
    for (const r of signed) {
      const slots = Object.values(r.signatures).map((s) => `${s!.slot}:${roleOf.get(s!.personId)}`).sort();
      expect(slots).toEqual(['approved:qaManager', 'prepared:qaEngineer', 'reviewed:teamLeader']);
    }

    // Every claim decision, approval and 8D signature verifies; a tampered approval does not.
    const items = [
      ...decided.map((r) => ({ statement: claimDecisionStatement(r.id, r.decision!, r.decision!.signature!, r.decision!.contentHash!), proof: r.decision!.signature! })),
      ...approvals.map(({ r, a }) => ({ statement: approvalStatement(r.id, a), proof: { keyId: a.keyId!, sig: a.sig! } })),
      ...signed.flatMap((r) => Object.values(r.signatures).map((s) => ({ statement: eightDStatement(r.id, s!), proof: { keyId: s!.keyId!, sig: s!.sig! } }))),
    ];
    expect(decided.length).toBeGreaterThan(5);
    const all = await verifyAll(db, items);
    expect(all.filter((v) => v.state !== 'valid')).toEqual([]);
    const { r: ar, a: aa } = approvals[0]!;
    const forged = await verifyAll(db, [{ statement: approvalStatement(ar.id, { ...aa, comment: '改过' }), proof: { keyId: aa.keyId!, sig: aa.sig! } }]);
    expect(forged[0]?.state).toBe('invalid');

    const warehouse = people.find((p) => p.role === 'warehouseClerk')!;
    const login = await logIn(db, station, warehouse.login!, DEMO_PASSWORD, NOW);
    expect(login.person.id).toBe(warehouse.id);
  }, 60_000);
});
