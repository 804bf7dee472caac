import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import {
  DEFAULT_DEADLINE_SETTINGS,
  deadlineSettingsSchema,
  lengthsForGrade,
  settingsFromForm,
  type DeadlineSettings,
} from './deadline-settings';
import { activeDeadline, applyDeadlineEffect, computeDeadlineChain, currentDue, regradeChain, slipDeadline, type DeadlineChain, type DeadlineKind } from './deadlines';

const cal = createWorkCalendar();
// Wednesday 2026-09-30 16:00 in Shanghai: the day before the National Day holiday (1–7 October; Saturday 10 October is worked).
const received = '2026-09-30T16:00:00+08:00';
const graded: DeadlineSettings = {
  ...DEFAULT_DEADLINE_SETTINGS,
  byGrade: {
    serious: { ackWorkdays: 1, containmentHours: 12, replyWorkdays: 3 },
    urgent: { ackWorkdays: 1, containmentHours: 4, replyWorkdays: 2, closeWorkdays: 10 },
  },
};
const chainFor = (grade: string, containment = true) =>
  computeDeadlineChain({ receivedAt: received, containment }, lengthsForGrade(graded, grade), cal);
const due = (c: DeadlineChain, kind: DeadlineKind) => {
  const d = activeDeadline(c, kind);
  return d && currentDue(d);
};

describe('deadline lengths per grade', () => {
  it('uses the top level for an ungraded case, a grade without a row, and when no table is set', () => {
    const base = { ackWorkdays: 1, containmentHours: 24, replyWorkdays: 7 };
    expect(lengthsForGrade(graded, '')).toEqual(base);
    expect(lengthsForGrade(graded, 'general')).toEqual(base);
    expect(lengthsForGrade(graded, 'bogus')).toEqual(base);
    expect(lengthsForGrade(DEFAULT_DEADLINE_SETTINGS, 'urgent')).toEqual(base);
    expect(lengthsForGrade(graded, 'serious')).toEqual({ ackWorkdays: 1, containmentHours: 12, replyWorkdays: 3 });
  });

  it('counts each grade across the National Day holiday, make-up Saturday included', () => {
    const general = chainFor('general', false);
    expect(due(general, 'acknowledge')).toBe('2026-10-08T08:00:00.000Z');
    expect(due(general, 'reply')).toBe('2026-10-15T08:00:00.000Z');
    const serious = chainFor('serious');
    expect(due(serious, 'containment')).toBe('2026-09-30T20:00:00.000Z'); // 12 clock hours
    expect(due(serious, 'reply')).toBe('2026-10-10T08:00:00.000Z'); // 8, 9, 10 (a make-up workday)
    const urgent = chainFor('urgent');
    expect(due(urgent, 'containment')).toBe('2026-09-30T12:00:00.000Z');
    expect(due(urgent, 'reply')).toBe('2026-10-09T08:00:00.000Z');
    expect(due(urgent, 'close')).toBe('2026-10-20T08:00:00.000Z'); // 10 working days: 8–10, 12–16, 19–20
  });

  it('refuses a grade row out of range and an unknown grade with one code', () => {
    for (const bad of [{ byGrade: { serious: { replyWorkdays: 0 } } }, { byGrade: { cosmetic: { replyWorkdays: 3 } } }]) {
      const r = deadlineSettingsSchema.safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('deadline.settingsInvalid');
    }
  });

  it('fills empty cells of a grade row from the top level and drops a row that counts like it', () => {
    const out = settingsFromForm({
      ackWorkdays: 1, containmentHours: 24, replyWorkdays: 7,
      byGrade: { general: {}, important: { replyWorkdays: 7 }, serious: { replyWorkdays: 5 }, urgent: { containmentHours: 8 } },
    });
    expect(out).toEqual({
      ackWorkdays: 1, containmentHours: 24, replyWorkdays: 7,
      byGrade: { serious: { ackWorkdays: 1, containmentHours: 24, replyWorkdays: 5 }, urgent: { ackWorkdays: 1, containmentHours: 8, replyWorkdays: 7 } },
    });
    expect(settingsFromForm({ ackWorkdays: 2, containmentHours: 24, replyWorkdays: 7, byGrade: {} })).toEqual({ ackWorkdays: 2, containmentHours: 24, replyWorkdays: 7 });
  });
});

describe('regradeChain', () => {
  it('counts open deadlines again from their start; done ones and slips stay; a new close target is added', () => {
    let chain = chainFor('general', false);
    chain = applyDeadlineEffect(chain, { complete: ['acknowledge'], restart: [], stop: false }, '2026-10-08T01:00:00Z', lengthsForGrade(graded, 'general'), cal);
    const regraded = regradeChain(chain, lengthsForGrade(graded, 'urgent'), cal);
    expect(activeDeadline(regraded, 'acknowledge')?.completedAt).toBe('2026-10-08T01:00:00.000Z');
    expect(activeDeadline(regraded, 'acknowledge')?.originalDue).toBe('2026-10-08T08:00:00.000Z');
    expect(due(regraded, 'reply')).toBe('2026-10-09T08:00:00.000Z');
    expect(due(regraded, 'close')).toBe('2026-10-20T08:00:00.000Z');

    const slipped = slipDeadline(chain, 'reply', { due: '2026-10-20T08:00:00Z', reason: '等待第三方检测', customerInformed: true, at: '2026-10-09T02:00:00Z', by: 'qa' });
    if (!slipped.ok) throw new Error('slip refused');
    const kept = regradeChain(slipped.chain, lengthsForGrade(graded, 'serious'), cal);
    expect(due(kept, 'reply')).toBe('2026-10-20T08:00:00.000Z');
    expect(activeDeadline(kept, 'reply')?.originalDue).toBe('2026-10-10T08:00:00.000Z');
  });

  it('changes nothing when the new grade counts alike', () => {
    const chain = chainFor('general', false);
    expect(regradeChain(chain, lengthsForGrade(graded, 'important'), cal)).toEqual(chain);
  });
});
