/**
 * The satisfaction survey (顾客满意度调查表): the items come from settings,
 * each scored 1–5, plus a comment and who answered. The overall item decides
 * the closed loop exactly like a follow-up's single score (follow-up.ts).
 */
import { z } from 'zod';
import { parseInstant } from '../calendar/zone';
import { satisfactionSchema } from './follow-up';

export const DEFAULT_SURVEY_ITEMS = ['productQuality', 'delivery', 'responseSpeed', 'handlingResult', 'serviceAttitude', 'overall'] as const;
/** The item whose score closes or reopens the case; always asked. */
export const OVERALL_ITEM = 'overall';

export const surveyItemsSchema = z
  .array(
    z.string().trim().min(1, { error: 'survey.itemRequired' }).max(60, { error: 'survey.itemTooLong' })
      // Items are keys of the stored scores, merged per leaf path by sync: no dots, nothing that names a prototype.
      .refine((s) => !s.includes('.') && !['__proto__', 'constructor', 'prototype'].includes(s), { error: 'survey.itemInvalid' }),
  )
  .min(1, { error: 'survey.itemRequired' })
  .max(20, { error: 'survey.tooManyItems' })
  .refine((items) => new Set(items).size === items.length, { error: 'survey.duplicateItem' });

export const surveyAnswerSchema = z.object({
  scores: z.record(z.string().min(1).max(60), satisfactionSchema),
  comment: z.string().trim().max(2000, { error: 'followUp.commentTooLong' }),
  /** Who answered for the customer (name, role). */
  respondent: z.string().trim().min(1, { error: 'survey.respondentRequired' }).max(100, { error: 'validation.tooLong' }),
});
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

export const surveySchema = surveyAnswerSchema.extend({
  at: z.string().refine((s) => !Number.isNaN(parseInstant(s)), { error: 'followUp.invalidTime' }),
  by: z.string().trim().min(1, { error: 'followUp.byRequired' }),
});
export type Survey = z.infer<typeof surveySchema>;

/** Codes for a survey that does not score every configured item (or scores one that is not configured). */
export function surveyIssues(answer: SurveyAnswer, items: readonly string[]): { path: string; code: string }[] {
  const issues: { path: string; code: string }[] = [];
  const asked = new Set([...items, OVERALL_ITEM]);
  for (const item of asked) if (answer.scores[item] === undefined) issues.push({ path: `scores.${item}`, code: 'survey.scoreRequired' });
  for (const item of Object.keys(answer.scores)) if (!asked.has(item)) issues.push({ path: `scores.${item}`, code: 'survey.unknownItem' });
  return issues;
}

export function overallScore(s: Pick<SurveyAnswer, 'scores'>): number | undefined {
  return s.scores[OVERALL_ITEM];
}
