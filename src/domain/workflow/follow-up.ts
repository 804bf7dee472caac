/** A follow-up visit or call after the reply (回访): how the customer rates the outcome closes or reopens the case. */
import { z } from 'zod';
import { parseInstant } from '../calendar/zone';

export const FOLLOW_UP_METHODS = ['phone', 'email', 'onSite', 'other'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];

/** At or above this the customer counts as satisfied; below it the case reopens. */
export const SATISFIED_FROM = 4;

export const satisfactionSchema = z
  .number({ error: 'followUp.satisfactionRange' })
  .int({ error: 'followUp.satisfactionRange' })
  .min(1, { error: 'followUp.satisfactionRange' })
  .max(5, { error: 'followUp.satisfactionRange' });

export const followUpSchema = z.object({
  at: z.string().refine((s) => !Number.isNaN(parseInstant(s)), { error: 'followUp.invalidTime' }),
  method: z.enum(FOLLOW_UP_METHODS, { error: 'followUp.invalidMethod' }),
  satisfaction: satisfactionSchema,
  comment: z.string().trim().max(2000, { error: 'followUp.commentTooLong' }).default(''),
  by: z.string().trim().min(1, { error: 'followUp.byRequired' }),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export type FollowUpOutcome = 'satisfied' | 'unsatisfied';

export function followUpOutcome(satisfaction: number): FollowUpOutcome {
  return satisfaction >= SATISFIED_FROM ? 'satisfied' : 'unsatisfied';
}
