import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import { actionState, openActions } from './actions';
import { DUE_WORKDAY_PICKS, dueInWorkdays, nonWorkdayDue } from './due';
import { parseActions, restoreEightD } from './report';
import { sampleEightD } from './sample';
import { emptyAction, type Action } from './schema';
import { contentHash } from './signature';

const WANG = '01PERSONWANG00000000000000';
const LI = '01PERSONLI0000000000000000';
const act = (n: number, a: Partial<Action>): Action => ({ ...emptyAction(`01ACTION${String(n).padStart(18, '0')}`, 'd5', n), title: `措施 ${n}`, ...a });

describe('action owners are people', () => {
  it('filters open actions by owner id, not by the printed name', () => {
    const r = { complaintId: 'C1', actions: {} as Record<string, Action | null> };
    for (const a of [
      act(1, { owner: '王工', ownerId: WANG, due: '2026-11-20' }),
      act(2, { owner: '王工', ownerId: LI, due: '2026-11-30' }), // same printed name, another person
      act(3, { owner: '王工', ownerId: WANG, status: 'done', due: '2026-11-01' }),
      act(4, { owner: '王工', ownerId: '' }), // typed before owners were people: nobody's work
    ]) r.actions[a.id] = a;
    r.actions['01ACTION000000000000000005'] = null;
    expect(openActions(r, '2026-11-25', WANG).map((o) => [o.action.title, o.state])).toEqual([['措施 1', 'overdue']]);
    expect(openActions(r, '2026-11-25', LI).map((o) => o.action.title)).toEqual(['措施 2']);
    expect(openActions(r, '2026-11-25').map((o) => o.action.title)).toEqual(['措施 1', '措施 2', '措施 4']);
  });

  it('is due today on its date and overdue only from the next day; closed statuses never are', () => {
    expect(actionState(act(1, { due: '2026-11-25' }), '2026-11-25')).toBe('dueToday');
    expect(actionState(act(1, { due: '2026-11-25' }), '2026-11-26')).toBe('overdue');
    expect(actionState(act(1, { due: '2026-11-25' }), '2026-11-24')).toBe('open');
    expect(actionState(act(1, { due: '' }), '2030-01-01')).toBe('open');
    for (const status of ['done', 'verified', 'cancelled'] as const) expect(actionState(act(1, { due: '2026-11-01', status }), '2026-11-25')).toBe('closed');
    expect(actionState(act(1, { due: '2026-11-01', status: 'inProgress' }), '2026-11-25')).toBe('overdue');
  });

  it('accepts a person id or none, refuses anything else, and parses rows written without ownerId', () => {
    const { ownerId: _none, ...legacy } = act(1, { owner: '王工' });
    expect(parseActions('d5', [legacy])[0]?.ownerId).toBe('');
    expect(parseActions('d5', [act(2, { ownerId: WANG })])[0]?.ownerId).toBe(WANG);
    expect(() => parseActions('d5', [act(3, { ownerId: '王工' })])).toThrow();
  });

  it('restores old rows without ownerId as unlinked, and their signatures stay valid', () => {
    const row = sampleEightD('C1');
    const legacyActions = Object.fromEntries(Object.entries(row.actions).map(([id, a]) => {
      const { ownerId: _gone, ...old } = a!;
      return [id, old];
    }));
    const stored = { ...row, actions: legacyActions };
    const hashWhenSigned = contentHash(stored as typeof row);
    const restored = restoreEightD(stored);
    expect(Object.values(restored.actions).every((a) => a?.ownerId === '')).toBe(true);
    expect(contentHash(restored)).toBe(hashWhenSigned);
    // Linking an owner is a change of content: a signature over the old content goes stale.
    const first = Object.keys(restored.actions)[0]!;
    const linked = { ...restored, actions: { ...restored.actions, [first]: { ...restored.actions[first]!, ownerId: WANG } } };
    expect(contentHash(linked)).not.toBe(hashWhenSigned);
  });
});

describe('due dates in working days', () => {
  // Tuesday 24 Nov 2026; the plant works Saturday 28 Nov and is off Monday 30 Nov.
  const calendar = createWorkCalendar([
    { date: '2026-11-28', kind: 'workday', note: '' },
    { date: '2026-11-30', kind: 'off', note: '' },
  ]);

  it('counts "+N working days" on the plant calendar with its overrides', () => {
    expect(dueInWorkdays(calendar, '2026-11-24', 1)).toBe('2026-11-25');
    expect(dueInWorkdays(calendar, '2026-11-24', 4)).toBe('2026-11-28'); // the worked Saturday
    expect(dueInWorkdays(calendar, '2026-11-24', 5)).toBe('2026-12-01'); // Sunday and the day off skipped
    expect(dueInWorkdays(createWorkCalendar(), '2026-11-24', 5)).toBe('2026-12-01');
    // National Day week 2026: 1–7 Oct off, so +1 from 30 Sep is 8 Oct.
    expect(dueInWorkdays(createWorkCalendar(), '2026-09-30', 1)).toBe('2026-10-08');
    expect(DUE_WORKDAY_PICKS[0]).toBe(1);
  });

  it('flags a due date on a day off and proposes the next working day', () => {
    expect(nonWorkdayDue(calendar, '2026-11-29')).toEqual({ kind: 'weekend', nextWorkday: '2026-12-01' });
    expect(nonWorkdayDue(calendar, '2026-11-30')).toEqual({ kind: 'overrideOff', nextWorkday: '2026-12-01' });
    expect(nonWorkdayDue(createWorkCalendar(), '2026-10-01')).toEqual({ kind: 'holiday', nextWorkday: '2026-10-08' });
    expect(nonWorkdayDue(calendar, '2026-11-28')).toBeNull();
    expect(nonWorkdayDue(calendar, '')).toBeNull();
    expect(nonWorkdayDue(calendar, '2026-02-30')).toBeNull();
  });
});
