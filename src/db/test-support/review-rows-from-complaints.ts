/**
 * The review's read before the packs (issue #17): every complaint of the
 * receivedAt range, flattened one by one. The packs' tests compare with it.
 */
import type { AppDB } from '../app-db';
import { endOfLocalDay, startOfLocalDay } from '../../domain/calendar/zone';
import { readFrom, type PeriodDates } from '../../domain/review/period';
import type { ReviewRow } from '../../domain/review/row';
import { returnedFenOf, toReviewRow } from '../queries/review-rows';
import type { WorkflowComplaint } from '../repositories/workflow-store';

export async function reviewRowsFromComplaints(db: AppDB, dates: PeriodDates, zone: string): Promise<ReviewRow[]> {
  const from = new Date(startOfLocalDay(readFrom(dates), zone)).toISOString();
  const to = new Date(endOfLocalDay(dates.to, zone)).toISOString();
  const complaints = (await db.complaints.where('receivedAt').between(from, to, true, true).toArray()).filter((c) => !c.deletedAt) as WorkflowComplaint[];
  const returned = await returnedFenOf(db, complaints.map((c) => c.id));
  return complaints.map((c) => toReviewRow(c, returned.get(c.id) ?? 0));
}
