/** Live reads of returns for the UI; writes go through repositories/returns. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import type { StoredReturn } from '../repositories/returns-row';

export function useReturns(): StoredReturn[] | undefined {
  return useLiveQuery(async () => {
    const rows = (await getDb().returns.orderBy('updatedAt').reverse().toArray()) as StoredReturn[];
    return rows.filter((r) => !r.deletedAt);
  }, []);
}

export function useReturn(id: string | undefined): StoredReturn | null | undefined {
  return useLiveQuery(async () => (id ? (((await getDb().returns.get(id)) as StoredReturn | undefined) ?? null) : null), [id]);
}

export function useReturnsForComplaint(complaintId: string): StoredReturn[] | undefined {
  return useLiveQuery(
    async () => ((await getDb().returns.where('complaintId').equals(complaintId).toArray()) as StoredReturn[]).filter((r) => !r.deletedAt),
    [complaintId],
  );
}

export interface ReturnSummary {
  id: string;
  number: string;
  status: StoredReturn['status'];
}

/**
 * A complaint's returns as the tracking table shows them: one read of the
 * `complaintId` index per visible row (never a scan), only number and state kept.
 */
export function useReturnSummaries(complaintId: string): ReturnSummary[] | undefined {
  return useLiveQuery(async () => {
    const rows = (await getDb().returns.where('complaintId').equals(complaintId).toArray()) as StoredReturn[];
    return rows
      .filter((r) => !r.deletedAt)
      .sort((a, b) => a.number.localeCompare(b.number))
      .map(({ id, number, status }) => ({ id, number, status }));
  }, [complaintId]);
}

/** What a handheld scanner typed: a slip number, or the QR payload that carries it. */
export async function findReturnIdByNumber(scanned: string): Promise<string | undefined> {
  const number = scanned.trim().toUpperCase();
  if (!number) return undefined;
  const row = (await getDb().returns.where('number').equals(number).first()) as StoredReturn | undefined;
  return row && !row.deletedAt ? row.id : undefined;
}
