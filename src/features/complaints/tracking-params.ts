/**
 * The tracking table's filter as URL search parameters, so another page (the
 * review's charts) can open the table already filtered, and a filtered table
 * can be bookmarked or printed as it is.
 */
import type { TableFilter } from '../../db/queries/complaint-table';

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
