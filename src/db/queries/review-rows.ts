/**
 * The review's read: the complaints received from `readFrom` (the period's
 * start less the months its trend and repeats need) to the period's end, then
 * the returns linked to them through the complaintId index. Rows are
 * flattened to the domain's plain ReviewRow here (toReviewRow, kept flat in
 * the review packs), so domain/review never sees the stored shape.
 */
import type { AppDB } from '../app-db';
import { endOfLocalDay, startOfLocalDay } from '../../domain/calendar/zone';
import { qualityCostSchema } from '../../domain/complaint/quality-cost';
import { defectLabel } from '../../domain/review/defect';
import { readFrom, shiftMonth, type PeriodDates } from '../../domain/review/period';
import type { ReviewAccountability, ReviewRow } from '../../domain/review/row';
import { accountabilityInputSchema } from '../../domain/workflow/accountability';
import { eventsOf, latestSatisfaction, storedCurrentDue, storedDeadlines, type WorkflowComplaint } from '../repositories/workflow-store';
import { latestSurvey } from '../repositories/case-records-store';
import { packMonth } from '../review-packs/month';

function accountabilityOf(c: WorkflowComplaint): ReviewAccountability | undefined {
  const parsed = accountabilityInputSchema.safeParse(c.accountability);
  if (!parsed.success) return undefined;
  const a = parsed.data;
  return { departmentId: a.departmentId, personName: a.personName, causeClass: a.causeClass, points: a.points, amountFen: a.amountFen };
}

export function toReviewRow(c: WorkflowComplaint, returnedFen: number): ReviewRow {
  const events = eventsOf(c);
  const closedAt = c.status === 'closed' ? events.findLast((e) => e.to === 'closed')?.at : undefined;
  const survey = latestSurvey(c);
  const single = latestSatisfaction(c);
  const scores = survey ? survey.scores : single !== undefined ? { overall: single } : undefined;
  const costs = qualityCostSchema.safeParse(c.qualityCost);
  const accountability = accountabilityOf(c);
  return {
    id: c.id,
    number: c.number,
    receivedAt: c.receivedAt,
    status: c.status,
    category: c.category ?? '',
    grade: c.grade ?? '',
    department: c.department ?? '',
    channel: c.channel,
    customerKey: c.customerId || `name:${c.customer.name}`,
    customer: c.customer.name,
    productKey: c.productId || `name:${c.product.name}`,
    product: c.product.name,
    // Rows of version 1 may lack details (the v6 upgrade flattens them all).
    defect: defectLabel(c.defect, c.details?.symptom ?? ''),
    reopenCount: events.filter((e) => e.to === 'reopened').length,
    deadlines: storedDeadlines(c).map((d) => ({
      kind: d.kind,
      due: storedCurrentDue(d),
      ended: d.endedAt !== undefined,
      ...(d.completedAt !== undefined && { completedAt: d.completedAt }),
    })),
    returnedFen,
    ...(closedAt !== undefined && { closedAt }),
    ...(costs.success && { costs: costs.data }),
    ...(scores && { scores }),
    ...(accountability && { accountability }),
  };
}

/** The returned amount (fen) per complaint id, from its live returns. */
export async function returnedFenOf(db: AppDB, ids: readonly string[]): Promise<Map<string, number>> {
  const returned = new Map<string, number>();
  if (ids.length === 0) return returned;
  for (const r of await db.returns.where('complaintId').anyOf(ids).toArray()) {
    if (r.deletedAt || typeof r.complaintId !== 'string') continue;
    const total = typeof r.totalFen === 'number' ? r.totalFen : 0;
    returned.set(r.complaintId, (returned.get(r.complaintId) ?? 0) + total);
  }
  return returned;
}

/** The UTC months 'YYYY-MM' from `first` to `last`, both included. */
function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = shiftMonth(m, 1)) out.push(m);
  return out;
}

/**
 * The rows of a month with no pack: normally it has no complaint (one probe
 * of the index says so); complaints written past Dexie (as the e2e specs seed
 * them) have no pack and are read and flattened here.
 */
async function monthWithoutPack(db: AppDB, month: string): Promise<ReviewRow[]> {
  const range = db.complaints.where('receivedAt').between(month, shiftMonth(month, 1), true, false);
  if ((await range.clone().limit(1).primaryKeys()).length === 0) return [];
  return (await range.toArray()).filter((c) => !c.deletedAt).map((c) => toReviewRow(c as WorkflowComplaint, 0));
}

/**
 * Rows for a review of `dates` in `zone`: the period itself plus what its
 * trend and repeats look back on. Read from the review packs (one record per
 * month, kept by review-packs/middleware.ts), filtered to the same receivedAt
 * range and in the same order as the receivedAt index would give them.
 */
export async function loadReviewRows(db: AppDB, dates: PeriodDates, zone: string): Promise<ReviewRow[]> {
  const from = new Date(startOfLocalDay(readFrom(dates), zone)).toISOString();
  const to = new Date(endOfLocalDay(dates.to, zone)).toISOString();
  const months = monthsFrom(packMonth(from), packMonth(to));
  const packs = await db.reviewPacks.bulkGet(months);
  const monthRows = await Promise.all(months.map((m, i) => packs[i]?.rows ?? monthWithoutPack(db, m)));
  const rows = monthRows.flat().filter((r) => r.receivedAt >= from && r.receivedAt <= to);
  const returned = await returnedFenOf(db, rows.map((r) => r.id));
  for (const r of rows) r.returnedFen = returned.get(r.id) ?? 0;
  return rows;
}
