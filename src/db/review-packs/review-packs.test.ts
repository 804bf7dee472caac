/**
 * The review read from the packs gives the rows, and so the figures, of the
 * former read of every complaint: after the demo plant (reopened cases,
 * returns, costs), after deletions, after a complaint moved to another month,
 * and after rows changed on another station arrive by import once the packs
 * were written. The packs always equal packs built afresh from the complaints.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { AppDB } from '../app-db';
import { loadReviewRows } from '../queries/review-rows';
import { loadDemoData } from '../repositories/demo';
import { trustAdministrator } from '../repositories/accounts';
import { saveQualityCost } from '../repositories/case-records';
import { writeRecord } from '../repositories/write-record';
import type { Station } from '../repositories/station';
import type { Complaint } from '../../domain/complaint/record';
import { createWorkCalendar } from '../../domain/calendar/work-calendar';
import { computeReview } from '../../domain/review/compute';
import { periodBounds, type ReviewPeriod } from '../../domain/review/period';
import type { ReviewRow } from '../../domain/review/row';
import { DEFAULT_SURVEY_ITEMS } from '../../domain/workflow/survey';
import { buildExport, markExported } from '../../sync/export';
import { decodeBundle } from '../../sync/decode';
import { applyImport } from '../../sync/import';
import { station } from '../../sync/test-support/stations';
import { enrolEachOther } from '../../sync/test-support/enrol';
import { reviewRowsFromComplaints } from '../test-support/review-rows-from-complaints';
import { packEntryOf, packsOf } from './pack';

const ZONE = 'Asia/Shanghai';
const NOW = new Date('2026-12-02T08:00:00Z');
const PERIODS: ReviewPeriod[] = [
  { kind: 'month', year: 2026, month: 11 },
  { kind: 'month', year: 2026, month: 9 },
  { kind: 'quarter', year: 2026, quarter: 4 },
  { kind: 'year', year: 2026 },
];
const options = { zone: ZONE, now: NOW.toISOString(), calendar: createWorkCalendar(), satisfiedFrom: 4, surveyItems: DEFAULT_SURVEY_ITEMS };

async function transfer(from: AppDB, to: AppDB, destination: string) {
  const out = await buildExport(from, { destination, mode: 'since', now: NOW });
  await markExported(from, destination, out.toSeq);
  return applyImport(to, await decodeBundle(out.bytes), NOW);
}

/** The rows of every period, read both ways, must be equal, and so must the figures. */
async function expectSameReview(db: AppDB): Promise<ReviewRow[]> {
  const seen: ReviewRow[] = [];
  for (const period of PERIODS) {
    const b = periodBounds(period, ZONE);
    if (!b.ok) throw new Error(b.code);
    const fast = await loadReviewRows(db, b.value, ZONE);
    const full = await reviewRowsFromComplaints(db, b.value, ZONE);
    expect(fast).toEqual(full);
    expect(computeReview(fast, b.value, {}, options)).toEqual(computeReview(full, b.value, {}, options));
    seen.push(...fast);
  }
  // No leftover row of a moved or deleted complaint: the packs are what a fresh build gives.
  const fresh = packsOf((await db.complaints.toArray()).map(packEntryOf));
  expect(await db.reviewPacks.orderBy('month').toArray()).toEqual(fresh);
  return seen;
}

type Stamped = { db: AppDB; station: Station; actor: { id: string; name: string } };

async function edit(s: Stamped, id: string, change: (c: Complaint) => Complaint) {
  await writeRecord<Complaint>(s.db, s.station, s.actor, { table: 'complaints', id, action: 'complaint.update', next: (c) => change(c as Complaint), ignore: new Set(['searchTokens']) });
}

describe('review packs', () => {
  it('read the same rows as every complaint, through edits, deletions and imports', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    await loadDemoData(a.db, a.station, a.actor, 120, NOW);
    // As the demo-import test does: B trusts A's demo administrator and judges changes by their authors' roles.
    const admin = (await a.db.people.toArray()).find((p) => p.role === 'admin' && p.login);
    if (!admin?.credential) throw new Error('the demo plant has no administrator');
    await trustAdministrator(b.db, b.station, b.actor, { personId: admin.id, keyId: admin.credential.keyId }, NOW);
    await b.db.config.delete('plant');
    // Open cases: a closed one is locked against a new cost.
    const all = (await a.db.complaints.orderBy('receivedAt').toArray()).filter((c) => !c.deletedAt && c.status !== 'closed' && c.status !== 'rejected');
    const [first, second, third, fourth, fifth] = all.slice(-12);
    if (!first || !second || !third || !fourth || !fifth) throw new Error('the demo plant has fewer complaints than the test needs');
    await saveQualityCost(a.db, a.station, a.actor, first.id, { claimsPaidFen: 12_000, replacementFen: 0, freightFen: 800, scrapFen: 0, reworkFen: 0 }, NOW);
    await edit(a, second.id, (c) => ({ ...c, deletedAt: NOW.toISOString() }));

    const onA = await expectSameReview(a.db);
    // The comparison compares something: reopened cases, returns, costs, and the deleted one left out.
    expect(onA.some((r) => r.reopenCount > 0)).toBe(true);
    expect(onA.some((r) => r.returnedFen > 0)).toBe(true);
    expect(onA.some((r) => r.costs !== undefined)).toBe(true);
    expect(onA.some((r) => r.id === second.id)).toBe(false);

    await transfer(a.db, b.db, 'b');
    await expectSameReview(b.db);
    expect(await b.db.reviewPacks.count()).toBeGreaterThan(1);

    // Changed on A after B's packs were written: a cost, a deletion, a case moved back two months, a deletion undone.
    await saveQualityCost(a.db, a.station, a.actor, third.id, { claimsPaidFen: 0, replacementFen: 5_000, freightFen: 0, scrapFen: 300, reworkFen: 0 }, NOW);
    await edit(a, fourth.id, (c) => ({ ...c, deletedAt: NOW.toISOString() }));
    const moved = new Date(Date.parse(fifth.receivedAt) - 61 * 86_400_000).toISOString();
    await edit(a, fifth.id, (c) => ({ ...c, receivedAt: moved }));
    await edit(a, second.id, (c) => ({ ...c, deletedAt: null }));
    await transfer(a.db, b.db, 'b');
    const onB = await expectSameReview(b.db);
    expect(onB.find((r) => r.id === third.id)?.costs?.replacementFen).toBe(5_000);
    expect(onB.some((r) => r.id === fourth.id)).toBe(false);
    expect(onB.find((r) => r.id === fifth.id)?.receivedAt).toBe(moved);
    expect(onB.some((r) => r.id === second.id)).toBe(true);
    expect(await expectSameReview(a.db)).toEqual(onB);

    // A complaint written past Dexie (as the e2e specs seed them) into a month without a pack: that month is read from its complaints.
    const packed = new Set(await b.db.reviewPacks.toCollection().primaryKeys());
    const empty = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`).find((m) => !packed.has(m));
    if (!empty) throw new Error('the demo plant fills every month of 2025 and 2026; the test needs an empty one');
    const raw = new Dexie(b.db.name);
    await raw.open();
    await raw.table('complaints').put({ ...(await b.db.complaints.get(third.id)), id: 'RAW-1', number: 'RAW-0001', receivedAt: `${empty}-10T02:00:00.000Z` });
    raw.close();
    const around = { from: `${empty}-01`, to: `${empty}-28` };
    const seen = await loadReviewRows(b.db, around, ZONE);
    expect(seen).toEqual(await reviewRowsFromComplaints(b.db, around, ZONE));
    expect(seen.some((r) => r.id === 'RAW-1')).toBe(true);
    // Removed past Dexie too: the packs count right again.
    const rawAgain = new Dexie(b.db.name);
    await rawAgain.open();
    await rawAgain.table('complaints').delete('RAW-1');
    rawAgain.close();

    // Rows removed outright (not a path of the app, but of a restore's clean-up or a test) leave their packs too.
    await b.db.complaints.bulkDelete([first.id, third.id]);
    await expectSameReview(b.db);
    await b.db.complaints.clear();
    expect(await b.db.reviewPacks.count()).toBe(0);
  });

  it('take an added row and ignore an add that failed on a key already there (adds read nothing before them)', async () => {
    const a = await station('QA1');
    await loadDemoData(a.db, a.station, a.actor, 20, NOW);
    const [kept] = await a.db.complaints.orderBy('receivedAt').limit(1).toArray();
    if (!kept) throw new Error('the demo plant has no complaint');
    const before = await a.db.reviewPacks.toArray();
    // The same id again, moved a year back: the add fails, and neither month's pack may change.
    const clash = { ...kept, receivedAt: new Date(Date.parse(kept.receivedAt) - 365 * 86_400_000).toISOString() };
    const added = { ...kept, id: 'ADDED-1', number: 'ADD-0001' };
    await a.db.transaction('rw', a.db.complaints, async () => {
      await a.db.complaints.bulkAdd([clash, added]).catch((e: unknown) => {
        if (!(e instanceof Dexie.BulkError) || e.failures.length !== 1) throw e;
      });
    });
    // Rows of every period read (a row shows in its month, quarter and year): the kept one only ever at its own time.
    const rows = await expectSameReview(a.db);
    expect(new Set(rows.filter((r) => r.id === kept.id).map((r) => r.receivedAt))).toEqual(new Set([kept.receivedAt]));
    expect(rows.some((r) => r.id === 'ADDED-1')).toBe(true);
    expect(await a.db.reviewPacks.toArray()).not.toEqual(before);
  });
});
