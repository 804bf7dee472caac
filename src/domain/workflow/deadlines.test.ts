import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS, deadlineSettingsSchema } from './deadline-settings';
import {
  activeDeadline,
  applyDeadlineEffect,
  completedOnTime,
  computeDeadlineChain,
  currentDue,
  deadlineChainSchema,
  deadlineState,
  nextDeadline,
  setContainmentRequired,
  slipDeadline,
  type DeadlineChain,
} from './deadlines';

const cal = createWorkCalendar();
const SH = 'Asia/Shanghai';
const settings = DEFAULT_DEADLINE_SETTINGS;
const received = '2026-09-30T16:00:00+08:00';
const chainOf = (containment: boolean, s = settings) => computeDeadlineChain({ receivedAt: received, containment }, s, cal);
const dueOf = (c: DeadlineChain, kind: Parameters<typeof activeDeadline>[1]) => {
  const d = activeDeadline(c, kind);
  return d && currentDue(d);
};
const slip = { due: '2026-10-20T08:00:00Z', reason: '等待供应商分析报告', customerInformed: true, at: '2026-10-14T02:00:00Z', by: 'qa1' };

describe('deadline settings', () => {
  it('defaults to the procedure: 1 working day, 24 h, 7 working days, no close target', () => {
    expect(deadlineSettingsSchema.parse({})).toEqual({ ackWorkdays: 1, containmentHours: 24, replyWorkdays: 7 });
  });

  it('refuses zero, fractions and absurd values with one code', () => {
    for (const bad of [{ ackWorkdays: 0 }, { replyWorkdays: 2.5 }, { containmentHours: 10_000 }, { closeWorkdays: '30' }]) {
      const r = deadlineSettingsSchema.safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('deadline.settingsInvalid');
    }
  });
});

describe('computeDeadlineChain', () => {
  it('sets acknowledge and reply; containment only when asked; close only when configured', () => {
    const c = chainOf(false);
    expect(c.receivedAt).toBe('2026-09-30T08:00:00.000Z');
    expect(c.zone).toBe(SH);
    expect(c.deadlines.map((d) => d.kind)).toEqual(['acknowledge', 'reply']);
    expect(dueOf(c, 'acknowledge')).toBe('2026-10-08T08:00:00.000Z');
    expect(dueOf(c, 'reply')).toBe('2026-10-15T08:00:00.000Z');
    expect(deadlineChainSchema.safeParse(c).success).toBe(true);

    const urgent = chainOf(true, { ...settings, closeWorkdays: 20 });
    expect(urgent.deadlines.map((d) => d.kind)).toEqual(['acknowledge', 'containment', 'reply', 'close']);
    expect(dueOf(urgent, 'containment')).toBe('2026-10-01T08:00:00.000Z'); // 24 h, into the holiday
    expect(urgent.deadlines.every((d) => d.cycle === 1 && d.startedAt === c.receivedAt)).toBe(true);
  });

  it('uses edited settings', () => {
    const c = chainOf(true, { ackWorkdays: 2, containmentHours: 8, replyWorkdays: 3 });
    expect(dueOf(c, 'acknowledge')).toBe('2026-10-09T08:00:00.000Z');
    expect(dueOf(c, 'containment')).toBe('2026-09-30T16:00:00.000Z');
    expect(dueOf(c, 'reply')).toBe('2026-10-10T08:00:00.000Z'); // the make-up Saturday
  });

  it('throws on a receipt that is not an instant', () => {
    expect(() => computeDeadlineChain({ receivedAt: '2026-09-30', containment: false }, settings, cal)).toThrow(RangeError);
  });
});

describe('slipDeadline', () => {
  it('keeps the original and every slip; the last slip is the current due', () => {
    const first = slipDeadline(chainOf(false), 'reply', slip);
    if (!first.ok) throw new Error(first.errors.join());
    const second = slipDeadline(first.chain, 'reply', { ...slip, due: '2026-10-22T08:00:00Z', reason: '客户补充样品', customerInformed: false });
    if (!second.ok) throw new Error(second.errors.join());
    const reply = activeDeadline(second.chain, 'reply');
    expect(reply?.originalDue).toBe('2026-10-15T08:00:00.000Z');
    expect(reply?.slips.map((s) => [s.due, s.reason, s.customerInformed])).toEqual([
      ['2026-10-20T08:00:00.000Z', '等待供应商分析报告', true],
      ['2026-10-22T08:00:00.000Z', '客户补充样品', false],
    ]);
    expect(dueOf(second.chain, 'reply')).toBe('2026-10-22T08:00:00.000Z');
    expect(dueOf(second.chain, 'acknowledge')).toBe('2026-10-08T08:00:00.000Z');
    expect(deadlineChainSchema.safeParse(second.chain).success).toBe(true);
  });

  it('refuses a new date earlier than the receipt', () => {
    const r = slipDeadline(chainOf(false), 'reply', { ...slip, due: '2026-09-30T07:59:59Z' });
    expect(r).toEqual({ ok: false, errors: ['deadline.slipBeforeReceipt'] });
    expect(slipDeadline(chainOf(false), 'reply', { ...slip, due: '2026-09-30T08:00:00Z' }).ok).toBe(true);
  });

  it('refuses an empty reason or recorder, an invalid date, a deadline not in the chain', () => {
    expect(slipDeadline(chainOf(false), 'reply', { ...slip, reason: '  ' })).toEqual({
      ok: false,
      errors: ['deadline.slipReasonRequired'],
    });
    expect(slipDeadline(chainOf(false), 'reply', { ...slip, by: '' })).toEqual({ ok: false, errors: ['deadline.slipByRequired'] });
    expect(slipDeadline(chainOf(false), 'reply', { ...slip, due: 'next week' })).toEqual({
      ok: false,
      errors: ['deadline.invalidInstant'],
    });
    expect(slipDeadline(chainOf(false), 'containment', slip)).toEqual({ ok: false, errors: ['deadline.notInChain'] });
    const all = slipDeadline(chainOf(false), 'close', { ...slip, reason: '', due: '2020-01-01T00:00:00Z' });
    expect(all.ok ? [] : all.errors).toEqual(['deadline.notInChain', 'deadline.slipBeforeReceipt', 'deadline.slipReasonRequired']);
  });
});

describe('deadlineState', () => {
  const due = '2026-10-08T15:59:59.999Z'; // end of 10-08 in Shanghai
  it('done, ok, dueToday, overdue', () => {
    expect(deadlineState(due, '2026-10-20T00:00:00Z', SH, '2026-10-08T01:00:00Z')).toBe('done');
    expect(deadlineState(due, '2026-10-07T10:00:00Z', SH)).toBe('ok');
    expect(deadlineState(due, '2026-10-08T00:30:00Z', SH)).toBe('dueToday');
    expect(deadlineState(due, '2026-10-08T15:59:59.999Z', SH)).toBe('dueToday');
    expect(deadlineState(due, '2026-10-08T16:00:00Z', SH)).toBe('overdue');
  });

  it('"today" is the station day, not the UTC day', () => {
    const now = '2026-10-07T17:00:00Z'; // 10-08 01:00 in Shanghai
    expect(deadlineState(due, now, SH)).toBe('dueToday');
    expect(deadlineState(due, now, 'UTC')).toBe('ok');
  });
});

describe('nextDeadline', () => {
  it('returns the earliest open deadline with its state', () => {
    const c = chainOf(true);
    expect(nextDeadline(c, [], '2026-09-30T09:00:00Z')).toEqual({
      kind: 'containment',
      due: '2026-10-01T08:00:00.000Z',
      state: 'ok',
    });
    expect(nextDeadline(c, ['containment'], '2026-10-09T00:00:00Z')).toEqual({
      kind: 'acknowledge',
      due: '2026-10-08T08:00:00.000Z',
      state: 'overdue',
    });
    expect(nextDeadline(c, new Set(['containment', 'acknowledge'] as const), '2026-10-15T01:00:00Z')?.state).toBe('dueToday');
    expect(nextDeadline(c, ['containment', 'acknowledge', 'reply'], '2026-10-15T01:00:00Z')).toBeUndefined();
  });

  it('follows slips and completedAt in the chain', () => {
    let c = applyDeadlineEffect(chainOf(false), { complete: ['acknowledge'], restart: [], stop: false }, '2026-10-08T01:00:00Z', settings, cal);
    const r = slipDeadline(c, 'reply', slip);
    if (!r.ok) throw new Error('slip refused');
    c = r.chain;
    expect(nextDeadline(c, [], '2026-10-16T00:00:00Z')).toEqual({ kind: 'reply', due: '2026-10-20T08:00:00.000Z', state: 'ok' });
  });
});

describe('applyDeadlineEffect', () => {
  const withClose = { ...settings, closeWorkdays: 20 };

  it('completes the named open deadlines at the given instant', () => {
    const c = applyDeadlineEffect(chainOf(false), { complete: ['acknowledge'], restart: [], stop: false }, '2026-10-08T01:00:00+08:00', settings, cal);
    expect(activeDeadline(c, 'acknowledge')?.completedAt).toBe('2026-10-07T17:00:00.000Z');
    expect(activeDeadline(c, 'reply')?.completedAt).toBeUndefined();
  });

  it('a reopen restarts reply and close from the reopen instant and keeps the old cycle', () => {
    const start = chainOf(false, withClose);
    const replied = applyDeadlineEffect(start, { complete: ['reply'], restart: [], stop: false }, '2026-10-14T08:00:00Z', withClose, cal);
    const reopened = applyDeadlineEffect(replied, { complete: [], restart: ['reply', 'close'], stop: false }, '2026-11-02T02:00:00Z', withClose, cal);
    const replies = reopened.deadlines.filter((d) => d.kind === 'reply');
    expect(replies.map((d) => [d.cycle, d.endReason, d.completedAt !== undefined])).toEqual([
      [1, 'restarted', true],
      [2, undefined, false],
    ]);
    // Mon 2026-11-02 10:00 + 7 working days = Wed 11-11 10:00
    expect(dueOf(reopened, 'reply')).toBe('2026-11-11T02:00:00.000Z');
    expect(activeDeadline(reopened, 'reply')?.startedAt).toBe('2026-11-02T02:00:00.000Z');
    expect(activeDeadline(reopened, 'close')?.cycle).toBe(2);
    expect(nextDeadline(reopened, ['acknowledge'], '2026-11-03T00:00:00Z')?.due).toBe('2026-11-11T02:00:00.000Z');
  });

  it('does not invent a close deadline when none is configured', () => {
    const c = applyDeadlineEffect(chainOf(false), { complete: [], restart: ['reply', 'close'], stop: false }, '2026-11-02T02:00:00Z', settings, cal);
    expect(c.deadlines.filter((d) => d.kind === 'close')).toEqual([]);
  });

  it('stop ends every open deadline and leaves completed ones alone', () => {
    const c = applyDeadlineEffect(chainOf(true), { complete: ['acknowledge'], restart: [], stop: true }, '2026-10-08T00:00:00Z', settings, cal);
    expect(c.deadlines.map((d) => [d.kind, d.endReason])).toEqual([
      ['acknowledge', undefined],
      ['containment', 'stopped'],
      ['reply', 'stopped'],
    ]);
    expect(nextDeadline(c, [], '2026-10-08T00:00:00Z')).toBeUndefined();
  });
});

describe('setContainmentRequired', () => {
  it('a late assessment adds containment counted from the receipt (already overdue)', () => {
    const c = setContainmentRequired(chainOf(false), true, '2026-10-09T00:00:00Z', settings);
    expect(dueOf(c, 'containment')).toBe('2026-10-01T08:00:00.000Z');
    expect(nextDeadline(c, [], '2026-10-09T00:00:00Z')?.state).toBe('overdue');
    expect(setContainmentRequired(c, true, '2026-10-09T00:00:00Z', settings)).toBe(c);
  });

  it('a downgrade withdraws an open containment deadline but never a completed one', () => {
    const c = setContainmentRequired(chainOf(true), false, '2026-09-30T09:00:00Z', settings);
    expect(activeDeadline(c, 'containment')).toBeUndefined();
    expect(c.deadlines.find((d) => d.kind === 'containment')?.endReason).toBe('notRequired');
    const done = applyDeadlineEffect(chainOf(true), { complete: ['containment'], restart: [], stop: false }, '2026-09-30T12:00:00Z', settings, cal);
    expect(setContainmentRequired(done, false, '2026-09-30T13:00:00Z', settings)).toBe(done);
    const again = setContainmentRequired(c, true, '2026-09-30T10:00:00Z', settings);
    expect(activeDeadline(again, 'containment')?.cycle).toBe(2);
  });
});

describe('completedOnTime', () => {
  it('judges against the slipped date by default, or the original', () => {
    const r = slipDeadline(chainOf(false), 'reply', slip);
    if (!r.ok) throw new Error('slip refused');
    const c = applyDeadlineEffect(r.chain, { complete: ['reply'], restart: [], stop: false }, '2026-10-19T00:00:00Z', settings, cal);
    const reply = activeDeadline(c, 'reply');
    if (!reply) throw new Error('no reply deadline');
    expect(completedOnTime(reply)).toBe(true);
    expect(completedOnTime(reply, 'original')).toBe(false);
    const open = activeDeadline(chainOf(false), 'reply');
    expect(open && completedOnTime(open)).toBeUndefined();
  });
});
