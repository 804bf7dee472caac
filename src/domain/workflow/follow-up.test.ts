import { describe, expect, it } from 'vitest';
import { followUpOutcome, followUpSchema } from './follow-up';

const visit = { at: '2026-10-20T02:00:00Z', method: 'phone', satisfaction: 4, comment: '', by: 'cs1' };

describe('follow-up', () => {
  it('parses a visit and defaults the comment', () => {
    const { comment: _omit, ...noComment } = visit;
    expect(followUpSchema.parse(noComment)).toEqual({ ...visit, comment: '' });
  });

  it('satisfaction is an integer from 1 to 5', () => {
    for (const s of [0, 6, 3.5, Number.NaN]) {
      const r = followUpSchema.safeParse({ ...visit, satisfaction: s });
      expect(r.error?.issues[0]?.message, String(s)).toBe('followUp.satisfactionRange');
    }
    expect(followUpSchema.safeParse({ ...visit, satisfaction: 1 }).success).toBe(true);
    expect(followUpSchema.safeParse({ ...visit, satisfaction: 5 }).success).toBe(true);
  });

  it('refuses bad time, method and recorder with codes', () => {
    const r = followUpSchema.safeParse({ ...visit, at: '2026-10-20', method: 'fax', by: ' ' });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['followUp.invalidTime', 'followUp.invalidMethod', 'followUp.byRequired']);
  });

  it('4 and 5 are satisfied, 1 to 3 are not', () => {
    expect([1, 2, 3, 4, 5].map(followUpOutcome)).toEqual([
      'unsatisfied',
      'unsatisfied',
      'unsatisfied',
      'satisfied',
      'satisfied',
    ]);
  });
});
