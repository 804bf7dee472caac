/**
 * Writes of the review's case records on a complaint: the satisfaction survey
 * (which also counts as the follow-up: its overall score closes the loop or
 * reopens the case, exactly like a single follow-up score), the accountability
 * decision and the cost of quality. Each is one workflow write (stamp + audit);
 * everything is validated before the transaction starts.
 */
import { monotonicFactory } from 'ulid';
import type { AppDB } from '../app-db';
import { ValidationError, parseOrThrow } from '../../domain/common/validation-error';
import { toIsoInstant } from '../../domain/calendar/zone';
import { qualityCostSchema, type QualityCost } from '../../domain/complaint/quality-cost';
import { accountabilityInputSchema, type Accountability, type AccountabilityInput } from '../../domain/workflow/accountability';
import { FOLLOW_UP_METHODS, followUpOutcome, type FollowUp } from '../../domain/workflow/follow-up';
import { overallScore, surveyAnswerSchema, surveyIssues, type Survey, type SurveyAnswer } from '../../domain/workflow/survey';
import { authorize } from './authorize';
import { getPlantConfig } from './config';
import type { Station } from './station';
import { setup, transitionActor, transitionRow, writeWorkflow } from './workflow';
import type { WorkflowComplaint } from './workflow-store';
import type { Actor } from './write-record';

const newId = monotonicFactory();

export interface SurveyInput extends SurveyAnswer {
  method: (typeof FOLLOW_UP_METHODS)[number];
}

/** Records a survey; like recordFollowUp it moves a replied case to follow-up and reopens it when the overall score is low. */
export async function recordSurvey(db: AppDB, station: Station, actor: Actor, id: string, input: SurveyInput, now = new Date()): Promise<WorkflowComplaint> {
  await authorize(db, actor, 'complaint.edit');
  const answer = parseOrThrow(surveyAnswerSchema, input);
  if (!FOLLOW_UP_METHODS.includes(input.method)) throw new ValidationError([{ path: 'method', code: 'followUp.invalidMethod' }]);
  const config = await getPlantConfig(db);
  const issues = surveyIssues(answer, config.surveyItems);
  if (issues.length) throw new ValidationError(issues);
  const overall = overallScore(answer) as number;
  const at = toIsoInstant(now.getTime());
  const survey: Survey = { ...answer, at, by: actor.name };
  const followUp: FollowUp = { at, method: input.method, satisfaction: overall, comment: answer.comment, by: actor.name };
  const s = await setup(db);
  return writeWorkflow(db, station, actor, id, 'survey', now, async (c) => {
    if (c.status !== 'replied' && c.status !== 'followUp') throw new ValidationError([{ path: '', code: 'workflow.errors.followUpNotNow' }]);
    const who = await transitionActor(db, actor);
    const key = newId(now.getTime());
    const apply = (row: WorkflowComplaint): WorkflowComplaint => {
      let next: WorkflowComplaint = {
        ...row,
        surveys: { ...((row.surveys as Record<string, Survey | null> | undefined) ?? {}), [key]: survey },
        followUps: { ...(row.followUps ?? {}), [key]: followUp },
      };
      if (next.status === 'replied') next = transitionRow(next, { to: 'followUp' }, who, at, station.timeZone, s);
      if (followUpOutcome(overall) === 'unsatisfied') next = transitionRow(next, { to: 'reopened', satisfaction: overall }, who, at, station.timeZone, s);
      return next;
    };
    apply(c);
    return apply;
  });
}

/** The accountability decision (责任追究 / 考核); a later decision replaces the earlier one (the audit keeps both). */
export async function saveAccountability(db: AppDB, station: Station, actor: Actor, id: string, input: AccountabilityInput, now = new Date()): Promise<WorkflowComplaint> {
  await authorize(db, actor, 'case.close');
  const data = parseOrThrow(accountabilityInputSchema, input);
  const decided: Accountability = { ...data, decidedBy: actor.name, decidedAt: toIsoInstant(now.getTime()) };
  return writeWorkflow(db, station, actor, id, 'accountability', now, async () => {
    const dept = await db.departments.get(data.departmentId);
    if (!dept || dept.deletedAt) throw new ValidationError([{ path: 'departmentId', code: 'accountability.departmentRequired' }]);
    return (row) => ({ ...row, accountability: decided });
  });
}

/** The case's cost of quality, in fen. */
export async function saveQualityCost(db: AppDB, station: Station, actor: Actor, id: string, input: QualityCost, now = new Date()): Promise<WorkflowComplaint> {
  await authorize(db, actor, 'complaint.assess');
  const cost = parseOrThrow(qualityCostSchema, input);
  return writeWorkflow(db, station, actor, id, 'qualityCost', now, async () => (row) => ({ ...row, qualityCost: cost }));
}
