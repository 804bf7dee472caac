import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { loadDemoData } from '../repositories/demo';
import { countRows, loadPage, loadPageWithVersion, type TableQuery } from './complaint-table';
import { dataVersion } from './data-version';
import { createComplaint } from '../repositories/complaints';
import { sampleComplaintInput } from '../test-support/fake-db';
import { searchKeys, walkMatches } from './complaint-search';
import { v4SearchTokens } from '../../domain/complaint/search-tokens-v4';

const NOW = new Date('2026-11-25T08:00:00Z');

async function seeded() {
  const ctx = await freshDb();
  await loadDemoData(ctx.db, ctx.station, ctx.actor, 120, NOW);
  return ctx;
}

describe('tracking table queries', () => {
  it('reads the first page with the data version it was read at, and a write moves the version past it', async () => {
    const { db, station, actor } = await seeded();
    const q: TableQuery = { filter: {}, sort: 'receivedAt', descending: true };
    const before = await loadPageWithVersion(db, q, 0, 50);
    expect(before.version).toBe(await dataVersion(db));
    expect(before.version).toBeGreaterThan(0);
    expect(before.page.rows).toEqual((await loadPage(db, q, 0, 50)).rows);

    const added = await createComplaint(db, station, actor, sampleComplaintInput());
    const after = await loadPageWithVersion(db, q, 0, 500);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.page.rows.map((r) => r.id)).toContain(added.id);
    expect(after.page.rows).toHaveLength(121);
  });

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
    const expected = all.rows.filter((r) => r.status === 'new' && r.customer.includes(someCustomer.slice(2, 6))).length;
    expect(expected).toBeGreaterThan(0);
    const q: TableQuery = { filter: { status: 'new', customer: someCustomer.slice(2, 6) }, sort: 'receivedAt', descending: true };
    expect(await countRows(db, q)).toBe(expected);
    expect(await countRows(db, { filter: { status: 'closed' }, sort: 'receivedAt', descending: true })).toBe(all.rows.filter((r) => r.status === 'closed').length);
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

describe('free-text search before and after schema version 5', () => {
  it('finds every complaint the version-4 name-suffix tokens found, and more only where the text really occurs', async () => {
    const { db } = await seeded();
    const rows = await db.complaints.toArray();
    const sample = rows.slice(0, 12);
    const queries = [
      ...sample.flatMap((c) => [c.customer.name.slice(2, 5), c.customer.name.slice(-4), c.product.name.slice(1), c.number.slice(-4), c.number.slice(4, 8)]),
      ...sample.flatMap((c) => [c.product.batchNo, c.product.batchNo.slice(0, 6), c.product.orderNo.slice(-5), c.product.model.toLowerCase(), c.product.serialNo]),
      '有限', '公司', 'qa1', '泵', 'zz-none',
    ].filter((q) => q.trim());
    for (const q of queries) {
      const needle = q.trim().toLowerCase();
      const before = rows.filter((c) => v4SearchTokens(c).some((t) => t.startsWith(needle))).map((c) => c.id).sort();
      const after = [...(await searchKeys(db, q))].sort();
      expect(after, q).toEqual(expect.arrayContaining(before));
      const extra = after.filter((id) => !before.includes(id));
      // v4 missed a name's last character alone ("泵" in 液压泵); v5 adds symptom words.
      for (const id of extra) {
        const c = rows.find((r) => r.id === id);
        expect([c?.details.symptom, c?.customer.name, c?.customer.company, c?.product.name].join('|').toLowerCase(), q).toContain(needle);
      }
    }
    const page = await loadPage(db, { filter: { search: '漏油' }, sort: 'receivedAt', descending: true }, 0, 500);
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.symptom.includes('漏油'))).toBe(true);
    expect(await countRows(db, { filter: { search: '漏油' }, sort: 'receivedAt', descending: true })).toBe(rows.filter((c) => c.details.symptom.includes('漏油')).length);
  });

  it('pages a large match set by walking the sort order, in the same order as reading every match', async () => {
    const { db } = await seeded();
    const keys = await searchKeys(db, '有限');
    const q: TableQuery = { filter: { search: '有限' }, sort: 'customer', descending: true };
    // Nearly every row matches: the walk finds the first five at once.
    expect(await walkMatches(db, () => db.complaints.orderBy('[customer.name+receivedAt]').reverse(), keys, 5, null)).toHaveLength(5);
    // One match among 120: the walk gives up after 4 keys and the matches are read instead.
    const [one] = keys;
    expect(await walkMatches(db, () => db.complaints.orderBy('receivedAt'), new Set([one!]), 5, null)).toBeNull();
    const walked = await loadPage(db, q, 0, 5);
    const all = await loadPage(db, q, 0, 500);
    expect(walked.rows).toEqual(all.rows.slice(0, 5));
    expect(all.rows).toHaveLength(keys.size);
  });
});
