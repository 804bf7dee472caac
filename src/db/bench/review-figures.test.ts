import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { readFirstSheet } from '../../features/masterdata/excel';
import { measureTrackingImport } from './review-figures';

describe('bench: excel.import_10k_ms', () => {
  it('imports every row of its old-style sheet (here 40), so the figure times the whole import', async () => {
    const { db, station, actor } = await freshDb();
    const out = await measureTrackingImport(db, station, actor, readFirstSheet, 40);
    expect(Object.keys(out)).toEqual(['excel.import_10k_ms', 'excel.import_10k_read_ms', 'excel.import_10k_map_ms', 'excel.import_10k_write_ms']);
    // The split adds up to the whole.
    const parts = out['excel.import_10k_read_ms']! + out['excel.import_10k_map_ms']! + out['excel.import_10k_write_ms']!;
    expect(Math.abs(parts - out['excel.import_10k_ms']!)).toBeLessThan(1);
    expect(await db.complaints.count()).toBe(40);
    const one = await db.complaints.toArray();
    expect(one.map((c) => c.customer.name)).toContain('客户39');
  });
});
