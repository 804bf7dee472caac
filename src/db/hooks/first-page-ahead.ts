/**
 * The tracking table's first page read ahead, at login: the rows are read while
 * the logged-in app renders, not after it (#18). The table takes the read when
 * it mounts with the same query, once; it reads again when the data moved
 * meanwhile, as it does after its own first read (use-table-pages.ts).
 *
 * The queries load with the logged-in app's chunk (prefetched while the login
 * is shown), not with the start's main script.
 */
import { getDb } from '../db';
import type { TablePage, TableQuery } from '../queries/complaint-table';
import { markStart } from './start-marks';

export const PAGE_SIZE = 100;

export type FirstRead = { queryKey: string; read: Promise<{ version: number; page: TablePage }> };

let ahead: FirstRead | null = null;

export function readFirstPageAhead(query: TableQuery): void {
  markStart('cd:first-query-start');
  const read = import('../queries/complaint-table').then((m) => m.loadPageWithVersion(getDb(), query, 0, PAGE_SIZE));
  // A read that fails is not taken: the table reads for itself.
  read.catch(() => {
    if (ahead?.read === read) ahead = null;
  });
  ahead = { queryKey: JSON.stringify(query), read };
}

/** The read ahead of this query (by its JSON key), if any; there is none after the first call. */
export function takeReadAhead(queryKey: string): FirstRead | null {
  const taken = ahead?.queryKey === queryKey ? ahead : null;
  ahead = null;
  return taken;
}
