/**
 * The tracking table's filter as URL search parameters, so another page (the
 * review's charts) can open the table already filtered, and a filtered table
 * can be bookmarked or printed as it is.
 */
import type { SortColumn, TableFilter, TableQuery } from '../../db/queries/complaint-table';

export const TRACKING_PARAM_KEYS = ['status', 'category', 'department', 'customer', 'product', 'grade', 'channel', 'receivedFrom', 'receivedTo', 'search'] as const;
export type TrackingParams = Partial<Record<(typeof TRACKING_PARAM_KEYS)[number], string>>;

export function filterFromParams(params: URLSearchParams): TableFilter {
  const filter: TableFilter = {};
  for (const key of TRACKING_PARAM_KEYS) {
    const v = params.get(key)?.trim();
    if (v) filter[key] = v.slice(0, 200);
  }
  return filter;
}

export function trackingSearch(p: TrackingParams): string {
  const out = new URLSearchParams();
  for (const key of TRACKING_PARAM_KEYS) {
    const v = p[key];
    if (v) out.set(key, v);
  }
  return out.toString();
}

/** The order the table opens in: newest received first. */
export const INITIAL_SORT: { column: SortColumn; descending: boolean } = { column: 'receivedAt', descending: true };

/** A filter in the user's chosen order, as the table queries it; the read ahead at login builds it the same way (same key). */
export function sortedQuery(filter: TableFilter, sort: { column: SortColumn; descending: boolean }): TableQuery {
  return { filter, sort: sort.column, descending: sort.descending };
}

/**
 * The query the tracking table opens with when the app's address (its hash route) is the table itself, unfiltered;
 * null for any other page, view or filter (nothing is read ahead for those).
 */
export function openingTableQuery(hash: string): TableQuery | null {
  return hash === '' || hash === '#' || hash === '#/' ? sortedQuery(filterFromParams(new URLSearchParams()), INITIAL_SORT) : null;
}
