/**
 * The plant's shared configuration: one synced row (`config` table, id 'plant')
 * that every station converges on. Each area owns one group: deadlines
 * (workflow), approval thresholds and our product prefixes (returns), the working
 * calendar's overrides, and the company identity printed on documents.
 */
import { z } from 'zod';
import { deadlineSettingsSchema } from '../workflow/deadline-settings';
import { escalationSettingsSchema } from '../workflow/escalation';
import { approvalSettingsSchema } from '../returns/approval';
import { calendarOverridesSchema } from '../calendar/overrides';
import { holidayNoticesSchema } from '../calendar/notice';
import { ACTIONS, permissionMatrixSchema } from '../auth/permissions';
import { companySchema } from './company';
import { DEFAULT_SURVEY_ITEMS, surveyItemsSchema } from '../workflow/survey';

export { companySchema };

export const PLANT_CONFIG_ID = 'plant';

/** What an import trusts of another station's clock, and how many deletions and closures it applies without asking. */
export const syncSafetySchema = z.object({
  /** A change stamped further ahead of both the bundle's creation and this station's clock is refused. */
  clockMarginHours: z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(1, { error: 'validation.tooSmall' }).max(24 * 30, { error: 'validation.tooLarge' }).default(24),
  /** More deletions and closures than this in one bundle need an administrator's confirmation. */
  confirmDestructiveAbove: z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(0, { error: 'validation.nonNegative' }).max(100_000, { error: 'validation.tooLarge' }).default(10),
});
export type SyncSafety = z.infer<typeof syncSafetySchema>;

export const plantConfigSchema = z.object({
  company: companySchema.default(companySchema.parse({})),
  deadlines: deadlineSettingsSchema.default(deadlineSettingsSchema.parse({})),
  approval: approvalSettingsSchema.default(approvalSettingsSchema.parse({})),
  /** Who a late or grave case goes to above its owner (workflow/escalation). */
  escalation: escalationSettingsSchema.default(escalationSettingsSchema.parse({})),
  calendarOverrides: calendarOverridesSchema.default([]),
  /** Imported State Council holiday notices, one per year; each replaces chinese-days for its year. */
  holidayNotices: holidayNoticesSchema.default([]),
  /** Product-number prefixes that are ours; a claim on anything else is "not our product". */
  ourProductPrefixes: z.array(z.string().trim().min(1).max(20)).max(200).default([]),
  /** Edited rows of the permission matrix; roles not listed keep the procedure's defaults. */
  permissions: permissionMatrixSchema.default({}),
  /** Items of the satisfaction survey, in the order asked; 'overall' is always asked too. */
  surveyItems: surveyItemsSchema.default([...DEFAULT_SURVEY_ITEMS]),
  /** How far ahead of this station's clock an imported change may be stamped, and how many deletions need a confirmation. */
  syncSafety: syncSafetySchema.default(syncSafetySchema.parse({})),
  /** Minutes without keyboard or mouse after which a station locks its screen. */
  idleLockMinutes: z.number({ error: 'validation.number' }).int({ error: 'validation.integer' }).min(1, { error: 'validation.tooSmall' }).max(240, { error: 'validation.tooLarge' }).default(15),
});
export type PlantConfig = z.infer<typeof plantConfigSchema>;

export const DEFAULT_PLANT_CONFIG: PlantConfig = plantConfigSchema.parse({});

/**
 * The config as stored, read group by group: a group that does not parse (written by a newer
 * version, or damaged) falls back to its default alone and never resets the others; a permission
 * this version does not know is left out rather than discarding the whole matrix.
 */
export function plantConfigOf(data: Record<string, unknown>): PlantConfig {
  const whole = plantConfigSchema.safeParse(data);
  if (whole.success) return whole.data;
  const known = new Set<string>(ACTIONS);
  const permissions = data['permissions'];
  const lenient: Record<string, unknown> = {
    ...data,
    permissions: permissions && typeof permissions === 'object'
      ? Object.fromEntries(Object.entries(permissions).map(([role, actions]) => [role, Array.isArray(actions) ? actions.filter((a) => known.has(String(a))) : actions]))
      : permissions,
  };
  const out: Record<string, unknown> = { ...DEFAULT_PLANT_CONFIG };
  for (const [key, schema] of Object.entries(plantConfigSchema.shape)) {
    const one = (schema as z.ZodType).safeParse(lenient[key]);
    if (one.success) out[key] = one.data;
  }
  return out as PlantConfig;
}
