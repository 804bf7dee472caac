/**
 * The review's case records travel like every other field: the cost of
 * quality entered on one station and the accountability decided on another
 * both arrive, per leaf, and the review reads the same figures everywhere.
 */
import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import { saveAccountability, saveQualityCost } from '../db/repositories/case-records';
import { seedDepartments } from '../db/repositories/org';
import { loadReviewRows } from '../db/queries/review-rows';
import type { AppDB } from '../db/app-db';
import { buildExport, markExported } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { sampleComplaint, station } from './test-support/stations';
import { enrolEachOther } from './test-support/enrol';

const T0 = new Date('2026-11-20T03:00:00.000Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);

async function transfer(from: AppDB, to: AppDB, destination: string) {
  const out = await buildExport(from, { destination, mode: 'since', now: T0 });
  await markExported(from, destination, out.toSeq);
  return applyImport(to, await decodeBundle(out.bytes), T0);
}

describe('case records in sync', () => {
  it('cost on A and accountability on B converge on both stations', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await seedDepartments(a.db, a.station, a.actor);
    const c = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), at(0));
    await transfer(a.db, b.db, 'b');
    const dept = (await b.db.departments.toArray())[0]!.id;
    await saveQualityCost(a.db, a.station, a.actor, c.id, { claimsPaidFen: 50_000, replacementFen: 0, freightFen: 1_000, scrapFen: 0, reworkFen: 0 }, at(60));
    await saveAccountability(b.db, b.station, b.actor, c.id, { departmentId: dept, personName: '张三', causeClass: 'operator', points: 1, amountFen: 0, note: '' }, at(90));
    await transfer(a.db, b.db, 'b');
    await transfer(b.db, a.db, 'a');
    const dates = { from: '2026-11-01', to: '2026-11-30' };
    const [onA] = await loadReviewRows(a.db, dates, 'Asia/Shanghai');
    const [onB] = await loadReviewRows(b.db, dates, 'Asia/Shanghai');
    expect(onA?.costs?.claimsPaidFen).toBe(50_000);
    expect(onA?.accountability?.personName).toBe('张三');
    expect(onB).toEqual(onA);
  });
});
