/** Option lists shared by the complaint pages: the domain's vocabularies, translated where they are shown. */
export { COMPLAINT_STATUSES } from '../../domain/workflow/statuses';
export { CATEGORIES, GRADES } from '../../domain/workflow/assessment';

/** Tracking-table views: everything, the acting person's cases, the overdue ones. */
export const TRACKING_VIEWS = ['all', 'mine', 'overdue'] as const;
export type TrackingView = (typeof TRACKING_VIEWS)[number];

export function isTrackingView(v: string | null): v is TrackingView {
  return (TRACKING_VIEWS as readonly (string | null)[]).includes(v);
}

/** Tag colours by grade, least to most serious. */
export const GRADE_COLORS: Record<string, string> = { general: 'default', important: 'blue', serious: 'orange', urgent: 'red' };
