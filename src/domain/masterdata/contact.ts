/**
 * One entry of the contact log (沟通记录) of a case: each time we spoke to the
 * customer or they to us. A contact cannot precede the complaint's receipt:
 * that is a typing error, never a fact.
 */
import { z } from 'zod';
import { DATE_PATTERN } from '../complaint/schema';
import { optionalText, requiredText } from './fields';

export const CONTACT_CHANNELS = ['phone', 'email', 'visit', 'meeting', 'im', 'letter', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CONTACT_DIRECTIONS = ['outgoing', 'incoming'] as const;

const contactShape = z.object({
  complaintId: z.string().min(1).max(40),
  at: z.iso.datetime({ offset: true, error: 'validation.dateTime' }),
  channel: z.enum(CONTACT_CHANNELS, { error: 'validation.required' }),
  direction: z.enum(CONTACT_DIRECTIONS, { error: 'validation.required' }),
  ourPerson: requiredText(100),
  theirPerson: optionalText(100),
  summary: requiredText(4000),
  nextStep: optionalText(1000),
  nextStepDate: z.union([z.literal(''), z.string().regex(DATE_PATTERN, { error: 'validation.date' })]),
});
export type ContactInput = z.infer<typeof contactShape>;

/** The complaint's receipt bounds the contact from below; `now` bounds it from above. */
export function contactInputSchema(receivedAt: string, now: Date) {
  return contactShape.superRefine((c, ctx) => {
    const at = Date.parse(c.at);
    if (at < Date.parse(receivedAt)) ctx.addIssue({ code: 'custom', path: ['at'], message: 'validation.contactBeforeReceipt' });
    if (at > now.getTime() + 60_000) ctx.addIssue({ code: 'custom', path: ['at'], message: 'validation.notFuture' });
    if (c.nextStepDate !== '' && c.nextStepDate < c.at.slice(0, 10)) ctx.addIssue({ code: 'custom', path: ['nextStepDate'], message: 'validation.nextStepBeforeContact' });
  });
}

export function emptyContactInput(complaintId: string, at: string, ourPerson: string): ContactInput {
  return { complaintId, at, channel: 'phone', direction: 'outgoing', ourPerson, theirPerson: '', summary: '', nextStep: '', nextStepDate: '' };
}
