/** The review's figures for a period and filter: a live read of the period's rows, computed in the domain. */
import { useMemo } from 'react';
import { usePlantConfig } from '../../db/hooks/use-db';
import { useReviewRows } from '../../db/hooks/use-review';
import { createWorkCalendar } from '../../domain/calendar/work-calendar';
import { computeReview, type ReviewFigures } from '../../domain/review/compute';
import type { PeriodBounds } from '../../domain/review/period';
import type { ReviewFilter, ReviewRow } from '../../domain/review/row';
import { SATISFIED_FROM } from '../../domain/workflow/follow-up';
import { DEFAULT_SURVEY_ITEMS } from '../../domain/workflow/survey';

export interface ReviewData {
  rows: ReviewRow[];
  figures: ReviewFigures;
  surveyItems: readonly string[];
}

export function useReview(bounds: PeriodBounds | undefined, filter: ReviewFilter, zone: string, now: string): ReviewData | undefined {
  const config = usePlantConfig();
  const rows = useReviewRows(bounds, zone);
  const filterKey = JSON.stringify(filter);
  return useMemo(() => {
    if (!rows || !bounds || !config) return undefined;
    const surveyItems = config.surveyItems.length > 0 ? config.surveyItems : DEFAULT_SURVEY_ITEMS;
    const figures = computeReview(rows, bounds, JSON.parse(filterKey) as ReviewFilter, {
      zone,
      now,
      calendar: createWorkCalendar(config.calendarOverrides),
      satisfiedFrom: SATISFIED_FROM,
      surveyItems,
    });
    return { rows, figures, surveyItems };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- bounds is keyed by its dates
  }, [rows, bounds?.from, bounds?.to, filterKey, config, zone, now]);
}
