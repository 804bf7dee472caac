/**
 * Every code the workflow and calendar domain can return (refusals and
 * validation messages). The UI translates them; this one list is what the
 * zh-CN and en resources must cover. Vocabulary values (statuses, categories,
 * grades …) are translated from their own exported lists.
 */
import { CALENDAR_CODES } from '../calendar/codes';

export const WORKFLOW_CODES = [
  ...CALENDAR_CODES,
  // deadlines
  'deadline.invalidInstant',
  'deadline.slipBeforeReceipt',
  'deadline.slipReasonRequired',
  'deadline.slipByRequired',
  'deadline.notInChain',
  'deadline.settingsInvalid',
  // escalation
  'escalation.settingsInvalid',
  'escalation.notYours',
  'escalation.alreadyAcknowledged',
  // assessment
  'assessment.invalidValue',
  'assessment.safetyRequiresUrgentGrade',
  'assessment.safetyRequiresCriticalUrgency',
  // status transitions
  'transition.notAllowed',
  'transition.invalidTime',
  'transition.actorRequired',
  'transition.d4Required',
  'transition.d5Required',
  'transition.followUpRequired',
  'transition.satisfactionInvalid',
  'transition.satisfactionTooLow',
  'transition.managerReasonRequired',
  'transition.customerSatisfied',
  'transition.rejectionReasonRequired',
  'transition.rejectionNoteRequired',
  'transition.eightDMissing',
  'transition.categoryRequired',
  'transition.gradeRequired',
  'transition.departmentRequired',
  'transition.ownerRequired',
  'transition.replyContentRequired',
  'transition.replyMethodRequired',
  'transition.replySentAtInvalid',
  'transition.closingNoteRequired',
  'transition.reopenReasonRequired',
  'transition.d4OwnerMissing',
  'transition.d4DateMissing',
  'transition.d4OccurrenceMissing',
  'transition.d4EscapeMissing',
  'transition.d4OccurrenceUnverified',
  'transition.d4EscapeUnverified',
  'transition.d4OccurrenceWhysMissing',
  'transition.d4EscapeWhysMissing',
  'transition.d5OwnerMissing',
  'transition.d5DateMissing',
  'transition.d5NoVerifiedCause',
  'transition.d5CauseWithoutAction',
  // follow-up
  'followUp.invalidTime',
  'followUp.invalidMethod',
  'followUp.satisfactionRange',
  'followUp.commentTooLong',
  'followUp.byRequired',
] as const;
export type WorkflowCode = (typeof WORKFLOW_CODES)[number];

/** A refusal: a code, or a code with the number of the item it concerns ('transition.d4OccurrenceUnverified|2'). */
export type RefusalCode = WorkflowCode | `${WorkflowCode}|${number}`;

export function splitRefusal(refusal: string): { code: string; n?: number } {
  const bar = refusal.indexOf('|');
  if (bar < 0) return { code: refusal };
  const n = Number(refusal.slice(bar + 1));
  return Number.isFinite(n) ? { code: refusal.slice(0, bar), n } : { code: refusal.slice(0, bar) };
}
