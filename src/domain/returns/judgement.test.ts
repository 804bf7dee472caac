import { describe, expect, it } from 'vitest';
import { suggestEightD, validateJudgement } from './judgement';
import { receipt } from './test-fixtures';

const received = receipt([
  { lineId: 'L1', countedQty: 10, location: 'R-01', isolationTag: 'isolated' },
  { lineId: 'L2', countedQty: 0, location: '', isolationTag: 'pending' },
]);
const jline = (patch: Record<string, unknown> = {}) => ({
  lineId: 'L1',
  inspectedQty: 10,
  conformingQty: 7,
  nonconformingQty: 3,
  defectFound: '毛刺',
  responsibility: 'production',
  eightDRequired: true,
  ...patch,
});
const codes = (lines: unknown[]) => {
  const r = validateJudgement({ judgedAt: '2026-03-06T10:00:00+08:00', judgedBy: '质量工程师', lines }, received);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe('validateJudgement', () => {
  it('accepts sums that add up; lines with nothing received may be skipped', () => {
    expect(codes([jline()])).toEqual([]);
    expect(codes([jline({ inspectedQty: 4, conformingQty: 4, nonconformingQty: 0, responsibility: undefined })])).toEqual([]);
  });
  it('refuses sums that do not add up and inspecting more than received', () => {
    expect(codes([jline({ conformingQty: 8 })])).toEqual(['judgement.sumMismatch']);
    expect(codes([jline({ inspectedQty: 11, conformingQty: 8 })])).toEqual(['judgement.inspectedOverCounted']);
    expect(codes([jline({ lineId: 'L2', inspectedQty: 1, conformingQty: 1, nonconformingQty: 0 }), jline()])).toEqual(['judgement.inspectedOverCounted']);
  });
  it('requires the received lines, responsibility for defects, and known lines once', () => {
    expect(codes([])).toEqual(['judgement.lineMissing']);
    expect(codes([jline({ responsibility: undefined })])).toEqual(['judgement.responsibilityRequired']);
    expect(codes([jline(), jline()])).toEqual(['judgement.duplicateLine']);
    expect(codes([jline(), jline({ lineId: 'L7' })])).toContain('judgement.unknownLine');
    expect(codes([jline({ responsibility: 'weather' })])).toEqual(['returns.invalidEnum']);
  });
});

describe('suggestEightD', () => {
  it('suggests an 8D for our own defects only', () => {
    expect(suggestEightD({ nonconformingQty: 1, responsibility: 'inspectionMiss' })).toBe(true);
    expect(suggestEightD({ nonconformingQty: 1, responsibility: 'customerMisuse' })).toBe(false);
    expect(suggestEightD({ nonconformingQty: 1, responsibility: 'transport' })).toBe(false);
    expect(suggestEightD({ nonconformingQty: 0, responsibility: 'production' })).toBe(false);
  });
});
