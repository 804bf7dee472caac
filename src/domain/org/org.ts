/** People and departments: who can own a case, approve a return, sign a report. */
import { z } from 'zod';

export const PERSON_ROLES = ['qaEngineer', 'teamLeader', 'customerService', 'warehouseClerk', 'marketingManager', 'generalManager', 'qaManager', 'admin'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const DEPARTMENT_KINDS = ['quality', 'marketing', 'warehouse', 'production', 'engineering', 'management', 'other'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const personInputSchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(50, { error: 'validation.tooLong' }),
  departmentId: z.string().min(1, { error: 'validation.required' }),
  role: z.enum(PERSON_ROLES, { error: 'validation.required' }),
  phone: z.string().trim().max(40, { error: 'validation.tooLong' }),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' })]),
  active: z.boolean(),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export const departmentInputSchema = z.object({
  code: z.string().trim().regex(/^[A-Za-z][A-Za-z0-9_-]{0,19}$/, { error: 'validation.departmentCode' }),
  name: z.string().trim().min(1, { error: 'validation.required' }).max(50, { error: 'validation.tooLong' }),
  kind: z.enum(DEPARTMENT_KINDS, { error: 'validation.required' }),
});
export type DepartmentInput = z.infer<typeof departmentInputSchema>;

/** The departments a new station starts with (the plant's usual organisation). */
export const DEFAULT_DEPARTMENTS: readonly DepartmentInput[] = [
  { code: 'QA', name: '质量部', kind: 'quality' },
  { code: 'MKT', name: '市场部', kind: 'marketing' },
  { code: 'WH', name: '仓库', kind: 'warehouse' },
  { code: 'PROD', name: '生产部', kind: 'production' },
  { code: 'ENG', name: '技术部', kind: 'engineering' },
  { code: 'GM', name: '总经办', kind: 'management' },
];
