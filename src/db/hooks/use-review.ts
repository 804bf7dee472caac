/** Live reads of the review page and the tracking table's print view. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { loadAllRows, type TableQuery, type TableRow } from '../queries/complaint-table';
import { loadReviewRows } from '../queries/review-rows';
import type { PeriodDates } from '../../domain/review/period';
import type { ReviewRow } from '../../domain/review/row';

export function useReviewRows(dates: PeriodDates | undefined, zone: string): ReviewRow[] | undefined {
  return useLiveQuery(async () => (dates ? loadReviewRows(getDb(), dates, zone) : undefined), [dates?.from, dates?.to, zone]);
}

export function useAllTableRows(query: TableQuery): TableRow[] | undefined {
  return useLiveQuery(() => loadAllRows(getDb(), query), [JSON.stringify(query)]);
}
