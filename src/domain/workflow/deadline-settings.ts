/** Deadline lengths, editable in settings; the defaults are the plant procedure's. */
import { z } from 'zod';

const count = (min: number, max: number) =>
  z
    .number({ error: 'deadline.settingsInvalid' })
    .int({ error: 'deadline.settingsInvalid' })
    .min(min, { error: 'deadline.settingsInvalid' })
    .max(max, { error: 'deadline.settingsInvalid' });

export const deadlineSettingsSchema = z.object({
  /** Acknowledge the customer within this many working days (答复受理). */
  ackWorkdays: count(1, 30).default(1),
  /** Emergency containment within this many clock hours, weekends and holidays included. */
  containmentHours: count(1, 720).default(24),
  /** Full 8D reply within this many working days. */
  replyWorkdays: count(1, 120).default(7),
  /** Optional target for closing the case, in working days from receipt. */
  closeWorkdays: count(1, 365).optional(),
});
export type DeadlineSettings = z.infer<typeof deadlineSettingsSchema>;

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = deadlineSettingsSchema.parse({});
