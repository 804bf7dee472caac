/**
 * Version 6 over a version-5 database with data: the v5 schema is declared
 * here as it shipped, the demo plant's complaints and returns are written into
 * it raw (no packs), and opening it as version 6 must build the packs so the
 * review reads what the former read of every complaint read.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { AppDB, COMPLAINT_INDEXES_V5, MASTER_STORES_V4, V1_STORES } from '../app-db';
import { freshDb } from '../test-support/fake-db';
import { loadDemoData } from '../repositories/demo';
import { loadReviewRows } from '../queries/review-rows';
import { reviewRowsFromComplaints } from '../test-support/review-rows-from-complaints';
import { periodBounds } from '../../domain/review/period';

const NOW = new Date('2026-12-02T08:00:00Z');

describe('schema upgrade 5 → 6', () => {
  it('keeps every row and builds the review packs of every complaint', async () => {
    const demo = await freshDb();
    await loadDemoData(demo.db, demo.station, demo.actor, 60, NOW);
    const complaints = await demo.db.complaints.toArray();
    // One deleted complaint: the packs leave it out.
    const deleted = { ...complaints[3]!, deletedAt: NOW.toISOString() };
    complaints[3] = deleted;
    const returns = await demo.db.returns.toArray();
    demo.db.close();

    const name = `upgrade-v6-${ulid()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({ ...V1_STORES, people: 'id, name, departmentId, role, login', ...MASTER_STORES_V4, complaints: COMPLAINT_INDEXES_V5 });
    await v5.open();
    await v5.table('complaints').bulkAdd(complaints);
    await v5.table('returns').bulkAdd(returns);
    v5.close();

    const db = new AppDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.complaints.orderBy('id').toArray()).toEqual([...complaints].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.reviewPacks.count()).toBeGreaterThan(1);
    const packed = (await db.reviewPacks.toArray()).flatMap((p) => p.rows.map((r) => r.id));
    expect(packed.length).toBe(complaints.length - 1);
    expect(packed).not.toContain(deleted.id);
    for (const period of [{ kind: 'month', year: 2026, month: 11 }, { kind: 'year', year: 2026 }] as const) {
      const b = periodBounds(period, 'Asia/Shanghai');
      if (!b.ok) throw new Error(b.code);
      const rows = await loadReviewRows(db, b.value, 'Asia/Shanghai');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toEqual(await reviewRowsFromComplaints(db, b.value, 'Asia/Shanghai'));
    }
    db.close();
  });
});
