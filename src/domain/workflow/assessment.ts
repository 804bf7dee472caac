/**
 * Preliminary assessment of a complaint (初步评估): genuine or not, how bad,
 * how urgent, which category and grade. The category decides the owning
 * department; a safety hazard always makes the case urgent and critical.
 */
import { z } from 'zod';

export const GENUINENESS = ['genuine', 'misunderstanding', 'suspectedMalicious'] as const;
export type Genuineness = (typeof GENUINENESS)[number];

export const SEVERITIES = ['cosmetic', 'functional', 'performance', 'safety'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const URGENCIES = ['low', 'normal', 'high', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const CATEGORIES = [
  'quality_design',
  'quality_manufacturing',
  'quality_assembly',
  'quality_material',
  'quality_packaging',
  'quality_performance',
  'service',
  'delivery',
  'documents',
  'transport',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ordered from least to most serious. */
export const GRADES = ['general', 'important', 'serious', 'urgent'] as const;
export type Grade = (typeof GRADES)[number];

export const DEPARTMENTS = ['quality', 'marketing'] as const;
export type Department = (typeof DEPARTMENTS)[number];

const invalid = { error: 'assessment.invalidValue' } as const;

const assessmentShape = z.object({
  genuineness: z.enum(GENUINENESS, invalid),
  severity: z.enum(SEVERITIES, invalid),
  urgency: z.enum(URGENCIES, invalid),
  category: z.enum(CATEGORIES, invalid),
  grade: z.enum(GRADES, invalid),
});

/** The form and the repository use this schema; it refuses a safety hazard that is not urgent and critical. */
export const assessmentSchema = assessmentShape.superRefine((a, ctx) => {
  if (a.severity !== 'safety') return;
  if (a.grade !== 'urgent') ctx.addIssue({ code: 'custom', message: 'assessment.safetyRequiresUrgentGrade', path: ['grade'] });
  if (a.urgency !== 'critical')
    ctx.addIssue({ code: 'custom', message: 'assessment.safetyRequiresCriticalUrgency', path: ['urgency'] });
});
export type Assessment = z.infer<typeof assessmentShape>;

export function isQuality(category: Category): boolean {
  return category.startsWith('quality_');
}

/** Quality complaints belong to the quality department, all others to marketing (市场部). */
export function proposeDepartment(category: Category): Department {
  return isQuality(category) ? 'quality' : 'marketing';
}

/**
 * Applies the safety rule for the form: choosing "safety hazard" raises grade
 * and urgency rather than leaving the user with a validation error.
 */
export function applyAssessmentRules(a: Assessment): Assessment {
  return a.severity === 'safety' ? { ...a, grade: 'urgent', urgency: 'critical' } : a;
}

/** Emergency containment (24 h) applies to urgent and serious cases and to every safety hazard. */
export function needsContainment(a: Pick<Assessment, 'grade' | 'severity'>): boolean {
  return a.grade === 'urgent' || a.grade === 'serious' || a.severity === 'safety';
}
