import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
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

const NOW = new Date('2026-12-02T08:00:00Z');

describe('the demo plant loader', () => {
  it('writes people with accounts, complaints in every status with overdue and slipped deadlines, 8Ds and verifiable closures', async () => {
    const { db, station, actor } = await freshDb();
    await seedDepartments(db, station, actor);
    const changesBefore = await db.changes.count();
    expect(await loadDemoData(db, station, actor, 300, NOW)).toBe(300);

    const people = (await db.people.toArray()).filter((p) => p.login);
    expect(new Set(people.map((p) => p.role))).toEqual(new Set(PERSON_ROLES));
    const complaints = (await db.complaints.toArray()) as WorkflowComplaint[];
    expect(complaints).toHaveLength(300);
    expect(new Set(complaints.map((c) => c.status))).toEqual(new Set(COMPLAINT_STATUSES));
    expect(complaints.filter((c) => c.assessment).length).toBeGreaterThan(200);
    expect(complaints.some((c) => Object.values(c.deadlines ?? {}).some((d) => d && Object.keys(d.slips).length > 0))).toBe(true);
    expect(await countOverdue(db, NOW.toISOString())).toBeGreaterThan(0);
    expect(await db.eightD.count()).toBeGreaterThan(100);
    // Every row is logged for sync; the numbers continue from the demo's.
    expect((await db.changes.count()) - changesBefore).toBe(people.length + 300 + (await db.eightD.count()));
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

    const warehouse = people.find((p) => p.role === 'warehouseClerk')!;
    const login = await logIn(db, station, warehouse.login!, DEMO_PASSWORD, NOW);
    expect(login.person.id).toBe(warehouse.id);
  }, 60_000);
});
