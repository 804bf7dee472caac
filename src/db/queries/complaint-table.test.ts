import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { loadDemoData } from '../repositories/demo';
import { countRows, loadPage, type TableQuery } from './complaint-table';

const NOW = new Date('2026-11-25T08:00:00Z');

async function seeded() {
  const ctx = await freshDb();
  await loadDemoData(ctx.db, ctx.station, ctx.actor, 120, NOW);
  return ctx;
}

describe('tracking table queries', () => {
  it('pages through every complaint newest first', async () => {
    const { db } = await seeded();
    const q: TableQuery = { filter: {}, sort: 'receivedAt', descending: true };
    expect(await countRows(db, q)).toBe(120);
    const first = await loadPage(db, q, 0, 50);
    const second = await loadPage(db, q, 50, 100);
    const all = [...first.rows, ...second.rows];
    expect(all).toHaveLength(120);
    const times = all.map((r) => r.receivedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by status on the compound index and by customer text', async () => {
    const { db } = await seeded();
    const all = await loadPage(db, { filter: {}, sort: 'number', descending: false }, 0, 500);
    const someCustomer = all.rows[0]!.customer;
    const expected = all.rows.filter((r) => r.customer.includes(someCustomer.slice(2, 6))).length;
    const q: TableQuery = { filter: { status: 'new', customer: someCustomer.slice(2, 6) }, sort: 'receivedAt', descending: true };
    expect(await countRows(db, q)).toBe(expected);
    expect(await countRows(db, { filter: { status: 'closed' }, sort: 'receivedAt', descending: true })).toBe(0);
  });

  it('sorts by any column', async () => {
    const { db } = await seeded();
    const page = await loadPage(db, { filter: {}, sort: 'customer', descending: false }, 0, 500);
    const names = page.rows.map((r) => r.customer);
    expect(names).toEqual([...names].sort());
  });

  it('searches by number segment, batch and a substring of a Chinese name', async () => {
    const { db } = await seeded();
    const page = await loadPage(db, { filter: {}, sort: 'number', descending: false }, 0, 500);
    const target = page.rows[17]!;
    const bySeq = await loadPage(db, { filter: { search: target.number.slice(-4) }, sort: 'number', descending: false }, 0, 50);
    expect(bySeq.rows.map((r) => r.number)).toContain(target.number);
    const byBatch = await loadPage(db, { filter: { search: target.batch }, sort: 'number', descending: false }, 0, 50);
    expect(byBatch.rows.every((r) => r.batch === target.batch)).toBe(true);
    const byName = await loadPage(db, { filter: { search: target.customer.slice(2, 4) }, sort: 'number', descending: false }, 0, 500);
    expect(byName.rows.every((r) => r.customer.includes(target.customer.slice(2, 4)))).toBe(true);
    expect(byName.rows.length).toBeGreaterThan(0);
  });

  it('restricts to a received-date range', async () => {
    const { db } = await seeded();
    const from = '2026-06-01T00:00:00.000Z';
    const to = '2026-08-31T23:59:59.999Z';
    const page = await loadPage(db, { filter: { receivedFrom: from, receivedTo: to }, sort: 'receivedAt', descending: false }, 0, 500);
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.receivedAt >= from && r.receivedAt <= to)).toBe(true);
  });
});
