/**
 * Deadline lengths, editable in settings; the defaults are the plant procedure's.
 * The top-level lengths apply to every case until it is graded, and to every
 * grade without a row of its own in `byGrade` (grade × milestone): a safety
 * case may, for example, get a shorter reply than a cosmetic one.
 */
import { z } from 'zod';
import { GRADES, type Grade } from './assessment';

const count = (min: number, max: number) =>
  z
    .number({ error: 'deadline.settingsInvalid' })
    .int({ error: 'deadline.settingsInvalid' })
    .min(min, { error: 'deadline.settingsInvalid' })
    .max(max, { error: 'deadline.settingsInvalid' });

/** The four milestones' allowances. */
export const deadlineLengthsSchema = z.object({
  /** Acknowledge the customer within this many working days (答复受理). */
  ackWorkdays: count(1, 30).default(1),
  /** Emergency containment within this many clock hours, weekends and holidays included. */
  containmentHours: count(1, 720).default(24),
  /** Full 8D reply within this many working days. */
  replyWorkdays: count(1, 120).default(7),
  /** Optional target for closing the case, in working days from receipt. */
  closeWorkdays: count(1, 365).optional(),
});
export type DeadlineLengths = z.infer<typeof deadlineLengthsSchema>;

export const deadlineSettingsSchema = deadlineLengthsSchema.extend({
  /** Lengths for a grade that differ from the top-level ones; a grade not listed uses those. */
  byGrade: z.partialRecord(z.enum(GRADES), deadlineLengthsSchema, { error: 'deadline.settingsInvalid' }).optional(),
});
export type DeadlineSettings = z.infer<typeof deadlineSettingsSchema>;

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = deadlineSettingsSchema.parse({});

function isGrade(grade: string | undefined): grade is Grade {
  return (GRADES as readonly string[]).includes(grade ?? '');
}

/**
 * The lengths that apply to a case of this grade ('' or unknown: not graded
 * yet, the top-level lengths). The result carries no `byGrade`, so the chain
 * functions cannot pick the wrong row by accident.
 */
export function lengthsForGrade(settings: DeadlineSettings, grade: string | undefined): DeadlineLengths {
  const { byGrade, ...base } = settings;
  const row = isGrade(grade) ? byGrade?.[grade] : undefined;
  return row ?? base;
}

/** Whether two sets of lengths count every milestone alike. */
export function sameLengths(a: DeadlineLengths, b: DeadlineLengths): boolean {
  return a.ackWorkdays === b.ackWorkdays && a.containmentHours === b.containmentHours && a.replyWorkdays === b.replyWorkdays && a.closeWorkdays === b.closeWorkdays;
}

/** The settings form: a grade's row may leave a milestone empty, meaning "as the top-level lengths". */
export const deadlineSettingsFormSchema = deadlineLengthsSchema.extend({
  byGrade: z.partialRecord(z.enum(GRADES), deadlineLengthsSchema.partial()).optional(),
});
export type DeadlineSettingsForm = z.input<typeof deadlineSettingsFormSchema>;

/**
 * The form's grade rows made whole: each empty milestone takes the top-level
 * length, and a row that then counts like the top level is left out (a
 * grade without a row follows later edits of the top level).
 */
export function settingsFromForm(form: z.output<typeof deadlineSettingsFormSchema>): DeadlineSettings {
  const { byGrade, ...base } = form;
  const rows: Partial<Record<Grade, DeadlineLengths>> = {};
  for (const grade of GRADES) {
    const partial = byGrade?.[grade];
    if (!partial) continue;
    const row: DeadlineLengths = {
      ackWorkdays: partial.ackWorkdays ?? base.ackWorkdays,
      containmentHours: partial.containmentHours ?? base.containmentHours,
      replyWorkdays: partial.replyWorkdays ?? base.replyWorkdays,
      ...((partial.closeWorkdays ?? base.closeWorkdays) !== undefined && { closeWorkdays: partial.closeWorkdays ?? base.closeWorkdays }),
    };
    if (!sameLengths(row, base)) rows[grade] = row;
  }
  return Object.keys(rows).length > 0 ? { ...base, byGrade: rows } : base;
}
