import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import { ensureStation } from '../repositories/station';
import { createComplaint } from '../repositories/complaints';
import { loadPage } from '../queries/complaint-table';
import { sampleComplaintInput, seedTestPeople, TEST_ACTOR } from '../test-support/fake-db';
import { sortedQuery, INITIAL_SORT, openingTableQuery } from '../../features/complaints/tracking-params';
import { PAGE_SIZE, readFirstPageAhead, takeReadAhead } from './first-page-ahead';

describe('the first page read ahead at login', () => {
  it('is read only when the app opens on the unfiltered table, with the query the table builds', () => {
    const table = sortedQuery({}, INITIAL_SORT);
    for (const hash of ['', '#', '#/']) expect(openingTableQuery(hash)).toEqual(table);
    expect(JSON.stringify(openingTableQuery('#/'))).toBe(JSON.stringify(table));
    for (const hash of ['#/settings', '#/complaints/01ABC', '#/?view=overdue', '#/?status=open', '#/review']) expect(openingTableQuery(hash)).toBeNull();
  });

  it('gives the table the rows of its own first read, once, and only for the same query', async () => {
    const db = getDb();
    const station = await ensureStation(db);
    await seedTestPeople(db, [TEST_ACTOR]);
    for (let i = 0; i < 3; i++) await createComplaint(db, station, TEST_ACTOR, sampleComplaintInput(`客户${i}`));
    const query = openingTableQuery('#/');
    if (!query) throw new Error('no opening query');

    readFirstPageAhead(query);
    const taken = takeReadAhead(JSON.stringify(query));
    expect(taken).not.toBeNull();
    const { page, version } = await (taken as NonNullable<typeof taken>).read;
    expect(page.rows.map((r) => r.id)).toEqual((await loadPage(db, query, 0, PAGE_SIZE)).rows.map((r) => r.id));
    expect(page.rows).toHaveLength(3);
    expect(version).toBeGreaterThan(0);
    // Taken once: a later table reads for itself.
    expect(takeReadAhead(JSON.stringify(query))).toBeNull();
    // A table that mounts with another query does not take it, and it is gone.
    readFirstPageAhead(query);
    expect(takeReadAhead(JSON.stringify({ ...query, descending: false }))).toBeNull();
    expect(takeReadAhead(JSON.stringify(query))).toBeNull();
  });
});
