/** A case's 8D readiness for the workflow buttons (its own module: the tracking table needs none of the 8D rules). */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { eightDProgressOf } from '../repositories/workflow';
import type { EightDProgress } from '../../domain/workflow/status-machine';

/** The 8D's D4/D5 flags as the repository reads them; undefined while loading, null when there is no 8D. */
export function useEightDProgress(complaintId: string): EightDProgress | null | undefined {
  return useLiveQuery(async () => {
    const row = (await getDb().eightD.where('complaintId').equals(complaintId).toArray()).find((r) => !r.deletedAt);
    return row ? eightDProgressOf(row) : null;
  }, [complaintId]);
}
