/**
 * The tracking table's address for a filter: the review's bars open it with
 * the period and the bar's value, and the table reads the same parameters
 * (features/complaints/tracking-params.ts).
 */
import type { PeriodBounds } from '../../domain/review/period';
import { trackingSearch, type TrackingParams } from '../complaints/tracking-params';

export function trackingLink(bounds: PeriodBounds, extra: TrackingParams): string {
  return `/?${trackingSearch({ receivedFrom: bounds.fromInstant, receivedTo: bounds.toInstant, ...extra })}`;
}
