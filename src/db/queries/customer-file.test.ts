import { describe, expect, it } from 'vitest';
import { freshDb, sampleComplaintInput } from '../test-support/fake-db';
import { createComplaint } from '../repositories/complaints';
import { saveCustomer } from '../repositories/masterdata';
import { saveContact } from '../repositories/contacts';
import { emptyCustomerInput } from '../../domain/masterdata/customer';
import { emptyContactInput } from '../../domain/masterdata/contact';
import { customerFigures } from '../../domain/masterdata/customer-file';
import { readCustomerFile } from './customer-file';
import { createReturn } from '../repositories/returns';
import { requestInput } from '../../domain/returns/test-fixtures';

const NOW = new Date('2026-11-25T08:00:00.000Z');

describe("a customer's file", () => {
  it('lists linked complaints and those under its exact name, their contacts, and not other customers', async () => {
    const { db, station, actor } = await freshDb();
    const customer = await saveCustomer(db, station, actor, { ...emptyCustomerInput(), code: 'C01', name: '华东精密机械有限公司' }, undefined, NOW);
    const linked = await createComplaint(db, station, actor, { ...sampleComplaintInput('华东精密'), customerId: customer.id }, NOW);
    const byName = await createComplaint(db, station, actor, sampleComplaintInput('华东精密机械有限公司'), NOW);
    await createComplaint(db, station, actor, sampleComplaintInput('苏州精工'), NOW);
    await createComplaint(db, station, actor, { ...sampleComplaintInput('华东精密机械有限公司'), customerId: 'cus:OTHER' }, NOW);
    await saveContact(db, station, actor, { ...emptyContactInput(linked.id, '2026-11-21T01:00:00.000Z', '王客服'), summary: '电话确认' }, undefined, NOW);

    const { id: _id, ...request } = requestInput();
    const ret = await createReturn(db, station, actor, { ...request, complaintId: byName.id }, NOW);
    await createReturn(db, station, actor, request, NOW);

    const file = await readCustomerFile(db, customer);
    expect(file.complaints.map((c) => c.id).sort()).toEqual([linked.id, byName.id].sort());
    expect(file.contacts.map((c) => c.summary)).toEqual(['电话确认']);
    expect(file.returns.map((r) => r.id)).toEqual([ret.id]);
  });
});

describe('customer figures', () => {
  it('counts open and overdue cases and totals by year (China time)', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    const figures = customerFigures(
      [
        { id: 'a', receivedAt: '2025-12-31T17:00:00Z', status: 'closed' }, // 2026-01-01 01:00 in China
        { id: 'b', receivedAt: '2025-06-01T00:00:00Z', status: 'investigating', nextDueAt: '2025-06-10T00:00:00Z' },
        { id: 'c', receivedAt: '2026-11-20T00:00:00Z', status: 'new', nextDueAt: '2026-11-30T00:00:00Z' },
      ],
      [
        { submittedAt: '2026-02-01T00:00:00Z', totalFen: 150_000, status: 'approved', decision: { kind: 'accept' } },
        { submittedAt: '2026-03-01T00:00:00Z', totalFen: 20_000, status: 'refused', decision: { kind: 'refuse' } },
        { submittedAt: '', totalFen: 99_999, status: 'draft' },
      ],
      now,
    );
    expect(figures).toEqual({
      open: 2,
      overdue: 1,
      byYear: [
        { year: 2026, complaints: 2, returnedFen: 170_000, acceptedClaimsFen: 150_000, followUps: 0, satisfactionMean: null },
        { year: 2025, complaints: 1, returnedFen: 0, acceptedClaimsFen: 0, followUps: 0, satisfactionMean: null },
      ],
    });
  });

  it('gives the mean satisfaction of the follow-ups made in each year, the satisfaction trend', () => {
    const followUps = (...v: [string, number][]) => Object.fromEntries(v.map(([at, satisfaction], i) => [`f${i}`, { at, satisfaction }]));
    const figures = customerFigures(
      [
        { id: 'a', receivedAt: '2025-11-01T00:00:00Z', status: 'closed', followUps: { ...followUps(['2025-11-20T00:00:00Z', 2], ['2026-01-10T00:00:00Z', 4]), gone: null } },
        { id: 'b', receivedAt: '2026-03-01T00:00:00Z', status: 'followUp', followUps: followUps(['2026-04-01T00:00:00Z', 5], ['2026-05-01T00:00:00Z', 9]) },
      ],
      [],
      new Date('2026-11-25T00:00:00Z'),
    );
    expect(figures.byYear.map((y) => [y.year, y.followUps, y.satisfactionMean])).toEqual([
      [2026, 2, 4.5],
      [2025, 1, 2],
    ]);
  });
});
