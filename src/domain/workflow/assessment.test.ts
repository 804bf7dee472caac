import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  applyAssessmentRules,
  assessmentSchema,
  isQuality,
  needsContainment,
  proposeDepartment,
  type Assessment,
} from './assessment';

const base: Assessment = {
  genuineness: 'genuine',
  severity: 'functional',
  urgency: 'normal',
  category: 'quality_assembly',
  grade: 'important',
};

describe('assessment', () => {
  it('accepts a consistent assessment', () => {
    expect(assessmentSchema.parse(base)).toEqual(base);
  });

  it('a safety hazard must be graded urgent and critical', () => {
    const r = assessmentSchema.safeParse({ ...base, severity: 'safety' });
    expect(r.error?.issues.map((i) => [i.message, i.path])).toEqual([
      ['assessment.safetyRequiresUrgentGrade', ['grade']],
      ['assessment.safetyRequiresCriticalUrgency', ['urgency']],
    ]);
    expect(assessmentSchema.safeParse({ ...base, severity: 'safety', grade: 'urgent', urgency: 'critical' }).success).toBe(true);
  });

  it('applyAssessmentRules raises a safety hazard and leaves others alone', () => {
    expect(applyAssessmentRules({ ...base, severity: 'safety', urgency: 'low', grade: 'general' })).toEqual({
      ...base,
      severity: 'safety',
      urgency: 'critical',
      grade: 'urgent',
    });
    expect(applyAssessmentRules(base)).toBe(base);
  });

  it('refuses unknown values with a code', () => {
    const r = assessmentSchema.safeParse({ ...base, category: 'quality' });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['assessment.invalidValue']);
  });

  it('quality categories go to the quality department, the rest to marketing', () => {
    const routed = Object.fromEntries(CATEGORIES.map((c) => [c, proposeDepartment(c)]));
    expect(routed).toEqual({
      quality_design: 'quality',
      quality_manufacturing: 'quality',
      quality_assembly: 'quality',
      quality_material: 'quality',
      quality_packaging: 'quality',
      quality_performance: 'quality',
      service: 'marketing',
      delivery: 'marketing',
      documents: 'marketing',
      transport: 'marketing',
      other: 'marketing',
    });
    expect(isQuality('quality_material')).toBe(true);
    expect(isQuality('transport')).toBe(false);
  });

  it('containment for urgent, serious and safety cases only', () => {
    expect(needsContainment({ grade: 'urgent', severity: 'cosmetic' })).toBe(true);
    expect(needsContainment({ grade: 'serious', severity: 'functional' })).toBe(true);
    expect(needsContainment({ grade: 'general', severity: 'safety' })).toBe(true);
    expect(needsContainment({ grade: 'important', severity: 'performance' })).toBe(false);
    expect(needsContainment({ grade: 'general', severity: 'cosmetic' })).toBe(false);
  });
});
