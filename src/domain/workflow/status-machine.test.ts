import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { DEFAULT_DEADLINE_SETTINGS } from './deadline-settings';
import { activeDeadline, applyDeadlineEffect, computeDeadlineChain, currentDue, nextDeadline } from './deadlines';
import {
  TRANSITIONS,
  applyTransition,
  availableTransitions,
  statusEventSchema,
  type TransitionActor,
  type TransitionRequest,
} from './status-machine';
import { COMPLAINT_STATUSES, OPEN_STATUSES, type ComplaintStatus } from './statuses';

const qa: TransitionActor = { id: 'p-qa1', name: '王工', isManager: false };
const manager: TransitionActor = { id: 'p-mgr', name: '李经理', isManager: true };
const NOW = '2026-10-12T09:30:00+08:00';
const done8D = { d4Done: true, d5Done: true };
const assessed = { category: 'quality_manufacturing', grade: 'important', department: 'dep-qa', ownerId: 'p-qa1' };
const sentReply = { content: '8D 报告已发送，附原因分析与纠正措施', method: 'email' as const, sentAt: '2026-10-12T01:00:00.000Z' };
const readyToReply: TransitionRequest = { to: 'replied', eightD: done8D, assessment: assessed, reply: sentReply };

/** Every allowed transition with a request that satisfies its guard. */
const ALLOWED: [ComplaintStatus, TransitionRequest][] = [
  ['new', { to: 'acknowledged' }],
  ['acknowledged', { to: 'investigating' }],
  ['investigating', { to: 'containment' }],
  ['investigating', { to: 'eightD' }],
  ['containment', { to: 'eightD' }],
  ['eightD', readyToReply],
  ['replied', { to: 'followUp' }],
  ['followUp', { to: 'closed', satisfaction: 4, note: '客户确认问题已解决' }],
  ['followUp', { to: 'reopened', satisfaction: 3 }],
  ['closed', { to: 'reopened', note: '客户再次来电：同批次复发' }],
  ['reopened', { to: 'investigating' }],
  ...OPEN_STATUSES.map((s): [ComplaintStatus, TransitionRequest] => [s, { to: 'rejected', rejectionReason: 'misuse' }]),
];

describe('status machine: allowed transitions', () => {
  it.each(ALLOWED)('%s → %o', (from, request) => {
    const r = applyTransition(from, request, qa, NOW);
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.next).toBe(request.to);
    expect(r.event).toMatchObject({ from, to: request.to, at: '2026-10-12T01:30:00.000Z', by: { id: 'p-qa1', name: '王工' } });
    expect(statusEventSchema.safeParse(r.event).success).toBe(true);
  });

  it('the table has exactly these transitions', () => {
    const table = TRANSITIONS.map((t) => `${t.from}→${t.to}`).sort();
    expect(table).toEqual(ALLOWED.map(([from, r]) => `${from}→${r.to}`).sort());
    expect(OPEN_STATUSES).toEqual(['new', 'acknowledged', 'investigating', 'containment', 'eightD', 'replied', 'followUp', 'reopened']);
  });
});

describe('status machine: disallowed transitions', () => {
  const allowed = new Set(ALLOWED.map(([from, r]) => `${from}→${r.to}`));
  const pairs = COMPLAINT_STATUSES.flatMap((from) => COMPLAINT_STATUSES.map((to) => [from, to] as const)).filter(
    ([from, to]) => !allowed.has(`${from}→${to}`),
  );

  it('refuses every other pair, including self-loops and leaving closed/rejected', () => {
    expect(pairs.length).toBe(100 - ALLOWED.length);
    for (const [from, to] of pairs) {
      // Even a request that would satisfy any guard is refused.
      const r = applyTransition(from, { to, eightD: done8D, satisfaction: 5, rejectionReason: 'misuse', note: 'x' }, manager, NOW);
      expect(r, `${from}→${to}`).toEqual({ ok: false, errors: ['transition.notAllowed'] });
    }
  });

  it.each([
    ['new', 'replied'],
    ['acknowledged', 'eightD'],
    ['investigating', 'replied'],
    ['replied', 'closed'],
    ['closed', 'investigating'],
    ['rejected', 'investigating'],
    ['reopened', 'followUp'],
    ['new', 'new'],
  ] as const)('sample: %s → %s', (from, to) => {
    expect(applyTransition(from, { to }, qa, NOW).ok).toBe(false);
  });
});

describe('guards', () => {
  it('reply is refused until D4 and D5 are filled', () => {
    expect(applyTransition('eightD', { ...readyToReply, eightD: undefined }, qa, NOW)).toEqual({ ok: false, errors: ['transition.eightDMissing'] });
    expect(applyTransition('eightD', { ...readyToReply, eightD: { d4Done: true, d5Done: false } }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.d5Required'],
    });
    expect(applyTransition('eightD', { ...readyToReply, eightD: { d4Done: false, d5Done: true } }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.d4Required'],
    });
  });

  it('reply names each D4/D5 gap when the 8D lists them', () => {
    const gaps = ['transition.d4OccurrenceUnverified|2', 'transition.d5CauseWithoutAction|1'] as const;
    expect(applyTransition('eightD', { ...readyToReply, eightD: { d4Done: false, d5Done: false, gaps: [...gaps] } }, qa, NOW)).toEqual({
      ok: false,
      errors: [...gaps],
    });
  });

  it('reply is refused before the assessment names category, grade, department and owner', () => {
    expect(applyTransition('eightD', { ...readyToReply, assessment: undefined }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.categoryRequired', 'transition.gradeRequired', 'transition.departmentRequired', 'transition.ownerRequired'],
    });
    expect(applyTransition('eightD', { ...readyToReply, assessment: { ...assessed, ownerId: '' } }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.ownerRequired'],
    });
  });

  it('a reply records what was sent, how and when; each is required', () => {
    expect(applyTransition('eightD', { ...readyToReply, reply: undefined }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.replyContentRequired', 'transition.replyMethodRequired', 'transition.replySentAtInvalid'],
    });
    expect(applyTransition('eightD', { ...readyToReply, reply: { ...sentReply, content: '  ' } }, qa, NOW)).toEqual({ ok: false, errors: ['transition.replyContentRequired'] });
    const bogus = { ...sentReply, method: 'pigeon' } as unknown as typeof sentReply;
    expect(applyTransition('eightD', { ...readyToReply, reply: bogus }, qa, NOW)).toEqual({ ok: false, errors: ['transition.replyMethodRequired'] });
    // Sent after the moment it is recorded: a typing error.
    expect(applyTransition('eightD', { ...readyToReply, reply: { ...sentReply, sentAt: '2026-10-13T01:00:00.000Z' } }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.replySentAtInvalid'],
    });
    const r = applyTransition('eightD', readyToReply, qa, NOW);
    expect(r.ok && r.event.reply).toEqual(sentReply);
  });

  it('close needs a closing note', () => {
    expect(applyTransition('followUp', { to: 'closed', satisfaction: 5 }, qa, NOW)).toEqual({ ok: false, errors: ['transition.closingNoteRequired'] });
    expect(applyTransition('followUp', { to: 'closed', satisfaction: 5, note: ' ' }, qa, NOW)).toEqual({ ok: false, errors: ['transition.closingNoteRequired'] });
    const r = applyTransition('followUp', { to: 'closed', satisfaction: 5, note: ' 已确认 ' }, qa, NOW);
    expect(r.ok && r.event.note).toBe('已确认');
  });

  it('a closed case reopens with a reason, restarting the reply clock', () => {
    expect(applyTransition('closed', { to: 'reopened' }, qa, NOW)).toEqual({ ok: false, errors: ['transition.reopenReasonRequired'] });
    const r = applyTransition('closed', { to: 'reopened', note: '同批次复发' }, qa, NOW);
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.event).toMatchObject({ from: 'closed', to: 'reopened', note: '同批次复发' });
    expect(r.deadlines).toEqual({ complete: [], restart: ['reply', 'close'], stop: false });
  });

  it('reject needs a reason, and a note when the reason is other', () => {
    expect(applyTransition('investigating', { to: 'rejected' }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.rejectionReasonRequired'],
    });
    expect(applyTransition('investigating', { to: 'rejected', rejectionReason: 'other', note: '  ' }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.rejectionNoteRequired'],
    });
    const bogus = { to: 'rejected', rejectionReason: 'tooExpensive' } as unknown as TransitionRequest;
    expect(applyTransition('new', bogus, qa, NOW)).toEqual({ ok: false, errors: ['transition.rejectionReasonRequired'] });
    const r = applyTransition('investigating', { to: 'rejected', rejectionReason: 'other', note: ' 重复投诉 ' }, qa, NOW);
    expect(r.ok && r.event).toMatchObject({ rejectionReason: 'other', note: '重复投诉' });
    const p = applyTransition('new', { to: 'rejected', rejectionReason: 'pastShelfLife' }, qa, NOW);
    expect(p.ok && p.event.rejectionReason).toBe('pastShelfLife');
    expect(p.ok && p.deadlines).toEqual({ complete: [], restart: [], stop: true });
  });

  it('close needs a satisfied customer (≥ 4)', () => {
    expect(applyTransition('followUp', { to: 'closed', satisfaction: 5, note: '满意' }, qa, NOW).ok).toBe(true);
    expect(applyTransition('followUp', { to: 'closed', satisfaction: 3, note: '满意' }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.satisfactionTooLow'],
    });
    expect(applyTransition('followUp', { to: 'closed', note: '满意' }, qa, NOW)).toEqual({ ok: false, errors: ['transition.followUpRequired'] });
    expect(applyTransition('followUp', { to: 'closed', satisfaction: 6, note: '经理确认' }, manager, NOW)).toEqual({
      ok: false,
      errors: ['transition.satisfactionInvalid'],
    });
  });

  it('a manager may close an unsatisfied case, with a reason, and the event says so', () => {
    expect(applyTransition('followUp', { to: 'closed', satisfaction: 2 }, manager, NOW)).toEqual({
      ok: false,
      errors: ['transition.managerReasonRequired'],
    });
    const r = applyTransition('followUp', { to: 'closed', satisfaction: 2, note: '客户已失联三个月' }, manager, NOW);
    if (!r.ok) throw new Error(r.errors.join());
    expect(r.event).toMatchObject({ managerOverride: true, note: '客户已失联三个月', satisfaction: 2 });
    expect(r.deadlines).toEqual({ complete: ['close'], restart: [], stop: true });
    const plain = applyTransition('followUp', { to: 'closed', satisfaction: 4, note: '满意' }, manager, NOW);
    expect(plain.ok && plain.event.managerOverride).toBeUndefined();
  });

  it('reopen needs an unsatisfied follow-up (≤ 3)', () => {
    expect(applyTransition('followUp', { to: 'reopened', satisfaction: 4 }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.customerSatisfied'],
    });
    expect(applyTransition('followUp', { to: 'reopened' }, qa, NOW)).toEqual({ ok: false, errors: ['transition.followUpRequired'] });
    expect(applyTransition('followUp', { to: 'reopened', satisfaction: 0 }, qa, NOW)).toEqual({
      ok: false,
      errors: ['transition.satisfactionInvalid'],
    });
    const r = applyTransition('followUp', { to: 'reopened', satisfaction: 1, note: '问题复发' }, qa, NOW);
    expect(r.ok && r.deadlines).toEqual({ complete: [], restart: ['reply', 'close'], stop: false });
  });

  it('refuses an invalid time or an anonymous actor, listing every problem', () => {
    expect(applyTransition('eightD', { ...readyToReply, eightD: { d4Done: false, d5Done: false } }, { ...qa, id: ' ' }, 'soon')).toEqual({
      ok: false,
      errors: ['transition.invalidTime', 'transition.actorRequired', 'transition.d4Required', 'transition.d5Required'],
    });
  });

  it('deadline effects: acknowledge, containment, reply are completed by their transitions', () => {
    const effect = (from: ComplaintStatus, req: TransitionRequest) => {
      const r = applyTransition(from, req, qa, NOW);
      return r.ok ? r.deadlines : undefined;
    };
    expect(effect('new', { to: 'acknowledged' })?.complete).toEqual(['acknowledge']);
    expect(effect('containment', { to: 'eightD' })?.complete).toEqual(['containment']);
    expect(effect('eightD', readyToReply)?.complete).toEqual(['reply']);
    expect(effect('acknowledged', { to: 'investigating' })).toEqual({ complete: [], restart: [], stop: false });
  });
});

describe('availableTransitions', () => {
  it('lists targets with unmet preconditions and the inputs to ask for', () => {
    expect(availableTransitions('new')).toEqual([
      { to: 'acknowledged', requires: [], inputs: [] },
      { to: 'rejected', requires: [], inputs: ['rejectionReason', 'note'] },
    ]);
    expect(availableTransitions('eightD', { eightD: { d4Done: true, d5Done: false }, assessment: assessed })).toEqual([
      { to: 'replied', requires: ['transition.d5Required'], inputs: ['reply'] },
      { to: 'rejected', requires: [], inputs: ['rejectionReason', 'note'] },
    ]);
    expect(availableTransitions('closed')).toEqual([{ to: 'reopened', requires: [], inputs: ['note'] }]);
    expect(availableTransitions('rejected')).toEqual([]);
  });

  it('after a follow-up: satisfied may close, unsatisfied reopens or a manager closes with a note', () => {
    const pick = (ctx: Parameters<typeof availableTransitions>[1]) =>
      availableTransitions('followUp', ctx).filter((t) => t.to !== 'rejected');
    expect(pick({ satisfaction: 5, actor: qa })).toEqual([
      { to: 'closed', requires: [], inputs: ['note'] },
      { to: 'reopened', requires: ['transition.customerSatisfied'], inputs: [] },
    ]);
    expect(pick({ satisfaction: 2, actor: qa })).toEqual([
      { to: 'closed', requires: ['transition.satisfactionTooLow'], inputs: ['note'] },
      { to: 'reopened', requires: [], inputs: [] },
    ]);
    expect(pick({ satisfaction: 2, actor: manager })[0]).toEqual({ to: 'closed', requires: [], inputs: ['note'] });
    expect(pick({})[0]?.requires).toEqual(['transition.followUpRequired']);
  });
});

describe('a whole case: unsatisfied follow-up reopens with a new reply deadline', () => {
  it('runs from receipt to close, recomputing deadlines on reopen', () => {
    const cal = createWorkCalendar();
    const settings = DEFAULT_DEADLINE_SETTINGS;
    let chain = computeDeadlineChain({ receivedAt: '2026-09-30T16:00:00+08:00', containment: true }, settings, cal);
    let status: ComplaintStatus = 'new';
    const events = [];
    const steps: [TransitionRequest, string][] = [
      [{ to: 'acknowledged' }, '2026-10-08T09:00:00+08:00'],
      [{ to: 'investigating' }, '2026-10-08T10:00:00+08:00'],
      [{ to: 'containment' }, '2026-10-08T10:05:00+08:00'],
      [{ to: 'eightD' }, '2026-10-09T10:00:00+08:00'],
      [{ ...readyToReply, reply: { ...sentReply, sentAt: '2026-10-14T16:30:00+08:00' } }, '2026-10-14T17:00:00+08:00'],
      [{ to: 'followUp' }, '2026-10-26T10:00:00+08:00'],
      [{ to: 'reopened', satisfaction: 2, note: '同批次再次出现' }, '2026-10-27T10:00:00+08:00'],
      [{ to: 'investigating' }, '2026-10-27T10:10:00+08:00'],
    ];
    for (const [req, at] of steps) {
      const r = applyTransition(status, req, qa, at);
      if (!r.ok) throw new Error(`${status}→${req.to}: ${r.errors.join()}`);
      chain = applyDeadlineEffect(chain, r.deadlines, r.event.at, settings, cal);
      status = r.next;
      events.push(r.event);
    }
    expect(status).toBe('investigating');
    expect(events.map((e) => e.to)).toEqual(steps.map(([r]) => r.to));
    const ack = activeDeadline(chain, 'acknowledge');
    expect(ack?.completedAt).toBe('2026-10-08T01:00:00.000Z'); // before the 16:00 due
    // Reopened Tue 2026-10-27 10:00: 7 working days later is Thu 11-05 10:00.
    const reply = activeDeadline(chain, 'reply');
    expect(reply && [reply.cycle, currentDue(reply)]).toEqual([2, '2026-11-05T02:00:00.000Z']);
    expect(nextDeadline(chain, [], '2026-10-28T00:00:00Z')).toEqual({ kind: 'reply', due: '2026-11-05T02:00:00.000Z', state: 'ok' });
  });
});
