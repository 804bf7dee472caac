/**
 * Station overrides of the statutory calendar, kept in settings: a plant
 * shutdown, a Saturday shift, or next year's schedule before chinese-days
 * publishes it. An override always wins over the package.
 */
import { z } from 'zod';
import { isValidDate } from './dates';

export const OVERRIDE_KINDS = ['workday', 'off'] as const;
export type OverrideKind = (typeof OVERRIDE_KINDS)[number];

export const calendarOverrideSchema = z.object({
  date: z.string().refine(isValidDate, { error: 'calendar.invalidDate' }),
  kind: z.enum(OVERRIDE_KINDS, { error: 'calendar.invalidKind' }),
  note: z.string().trim().max(200, { error: 'calendar.noteTooLong' }).optional(),
});
export type CalendarOverride = z.infer<typeof calendarOverrideSchema>;

/** One override per date: two for the same day would make the winner depend on list order. */
export const calendarOverridesSchema = z.array(calendarOverrideSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((o, i) => {
    if (seen.has(o.date)) ctx.addIssue({ code: 'custom', message: 'calendar.duplicateDate', path: [i, 'date'] });
    seen.add(o.date);
  });
});
