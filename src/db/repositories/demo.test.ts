import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { loadDemoData } from './demo';
import { countOverdue } from '../queries/complaint-table';
import { COMPLAINT_STATUSES } from '../../domain/workflow/statuses';
import { PERSON_ROLES } from '../../domain/org/org';
import { verifyAuditChain } from '../../domain/audit/audit-chain';
import { storedDeadlines, type WorkflowComplaint } from './workflow-store';

const NOW = new Date('2026-12-02T08:00:00Z');

describe('loading the demo plant through the repositories', () => {
  it('records a year of cases in every status, with people, 8Ds, slips, follow-ups and overdue cases', async () => {
    const { db, station, actor } = await freshDb();
    expect(await loadDemoData(db, station, actor, 120, NOW)).toBe(120);
    const rows = (await db.complaints.toArray()) as WorkflowComplaint[];
    expect(rows).toHaveLength(120);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(COMPLAINT_STATUSES));
    expect(new Set((await db.people.toArray()).map((p) => p.role))).toEqual(new Set(PERSON_ROLES));
    expect(await db.eightD.count()).toBeGreaterThan(20);
    expect(rows.some((r) => storedDeadlines(r).some((d) => Object.keys(d.slips).length > 0))).toBe(true);
    expect(rows.some((r) => Object.keys(r.followUps ?? {}).length > 0)).toBe(true);
    expect(await countOverdue(db, NOW.toISOString())).toBeGreaterThan(0);
    // Returns at every stage the repositories reach ('draft' is never stored: a request is submitted as it is recorded).
    expect(new Set((await db.returns.toArray()).map((r) => r.status))).toEqual(new Set(['pendingApproval', 'approved', 'refused', 'received', 'judged', 'closed']));
    expect(verifyAuditChain(await db.audit.orderBy('seq').toArray()).ok).toBe(true);
  });
});
