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
  // follow-up
  'followUp.invalidTime',
  'followUp.invalidMethod',
  'followUp.satisfactionRange',
  'followUp.commentTooLong',
  'followUp.byRequired',
] as const;
export type WorkflowCode = (typeof WORKFLOW_CODES)[number];
