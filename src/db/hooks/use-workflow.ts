/** Live reads for the workflow UI: 8D readiness of a case, the overdue count, a clock that ticks. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { countOverdue } from '../queries/complaint-table';
import type { EightDProgress } from '../../domain/workflow/status-machine';

/** The 8D's D4/D5 flags as the repository reads them; undefined while loading, null when there is no 8D. */
export function useEightDProgress(complaintId: string): EightDProgress | null | undefined {
  return useLiveQuery(async () => {
    const row = (await getDb().eightD.where('complaintId').equals(complaintId).toArray()).find((r) => !r.deletedAt);
    return row ? { d4Done: row.d4Done === true, d5Done: row.d5Done === true } : null;
  }, [complaintId]);
}

/**
 * The current instant as ISO, re-read every `everyMs`: deadline states and the
 * overdue count change with time even when no data does.
 */
export function useNow(everyMs = 60_000): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Open complaints whose earliest open deadline has passed. */
export function useOverdueCount(now: string): number | undefined {
  return useLiveQuery(() => countOverdue(getDb(), now), [now]);
}
