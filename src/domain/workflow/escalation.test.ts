import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../calendar/work-calendar';
import {
  awaitsAcknowledgement,
  DEFAULT_ESCALATION_SETTINGS,
  escalationSettingsSchema,
  escalationSteps,
  escalationTarget,
  newEscalations,
  overdueWorkdays,
  type EscalationFacts,
  type EscalationPerson,
} from './escalation';

const cal = createWorkCalendar();
const SH = 'Asia/Shanghai';
// Due Wednesday 2026-09-30 16:00 in Shanghai; 1–7 October is the National Day holiday, Saturday 10 October is worked.
const DUE = '2026-09-30T08:00:00.000Z';
const facts = (over: Partial<EscalationFacts> = {}): EscalationFacts => ({ status: 'investigating', grade: 'general', nextDueAt: DUE, zone: SH, ...over });
const on = (date: string) => `${date}T02:00:00.000Z`; // 10:00 in Shanghai

describe('overdueWorkdays', () => {
  it('counts working days after the due date, not holidays', () => {
    expect(overdueWorkdays(DUE, '2026-09-30T07:00:00Z', SH, cal)).toBe(0);
    expect(overdueWorkdays(DUE, '2026-09-30T09:00:00Z', SH, cal)).toBe(0); // late, but still the due day
    expect(overdueWorkdays(DUE, on('2026-10-07'), SH, cal)).toBe(0);
    expect(overdueWorkdays(DUE, on('2026-10-08'), SH, cal)).toBe(1);
    expect(overdueWorkdays(DUE, on('2026-10-12'), SH, cal)).toBe(4); // 8, 9, 10 (make-up), 12
  });
});

describe('escalationSteps', () => {
  const s = DEFAULT_ESCALATION_SETTINGS;
  it('sends a serious case to the department manager and an urgent or safety case on to the general manager at once', () => {
    const now = '2026-09-30T03:00:00Z';
    expect(escalationSteps(facts({ grade: 'important' }), now, s, cal)).toEqual([]);
    expect(escalationSteps(facts({ grade: 'serious' }), now, s, cal)).toEqual([{ level: 'department', reason: 'grade' }]);
    expect(escalationSteps(facts({ grade: 'urgent' }), now, s, cal).map((x) => x.level)).toEqual(['department', 'general']);
    expect(escalationSteps(facts({ grade: '', severity: 'safety' }), now, s, cal)).toHaveLength(2);
  });

  it('escalates an overdue case one level past the threshold and two past twice it', () => {
    expect(escalationSteps(facts(), on('2026-10-09'), s, cal)).toEqual([]); // 2 working days late: not more than 2
    expect(escalationSteps(facts(), on('2026-10-10'), s, cal)).toEqual([{ level: 'department', reason: 'overdue', overdueWorkdays: 3 }]);
    expect(escalationSteps(facts(), on('2026-10-14'), s, cal).map((x) => [x.level, x.reason, x.overdueWorkdays])).toEqual([
      ['department', 'overdue', 6],
      ['general', 'overdue', 6],
    ]);
    const strict = escalationSettingsSchema.parse({ overdueWorkdays: 1 });
    expect(escalationSteps(facts(), on('2026-10-09'), strict, cal).map((x) => x.level)).toEqual(['department']);
  });

  it('keeps the grade as the reason where both apply, and stops for finished cases', () => {
    expect(escalationSteps(facts({ grade: 'serious' }), on('2026-10-14'), s, cal).map((x) => x.reason)).toEqual(['grade', 'overdue']);
    expect(escalationSteps(facts({ grade: 'urgent', status: 'closed' }), on('2026-10-14'), s, cal)).toEqual([]);
    expect(escalationSteps(facts({ nextDueAt: '' }), on('2026-10-14'), s, cal)).toEqual([]);
  });

  it('refuses a threshold out of range', () => {
    expect(escalationSettingsSchema.safeParse({ overdueWorkdays: 0 }).error?.issues[0]?.message).toBe('escalation.settingsInvalid');
  });
});

describe('escalationTarget and newEscalations', () => {
  const people: EscalationPerson[] = [
    { id: 'gm', role: 'generalManager', departmentId: 'dept-GM', active: true },
    { id: 'qam', role: 'qaManager', departmentId: 'dept-QA', active: true },
    { id: 'qam-old', role: 'qaManager', departmentId: 'dept-QA', active: false },
    { id: 'mm', role: 'marketingManager', departmentId: 'dept-MKT', active: true },
    { id: 'deputy', role: 'qaEngineer', departmentId: 'dept-QA', active: true },
  ];
  const s = DEFAULT_ESCALATION_SETTINGS;

  it('finds managers by role, prefers those named in settings, and skips a missing link upwards', () => {
    expect(escalationTarget('department', 'dept-QA', people, s)).toBe('qam');
    expect(escalationTarget('department', 'dept-MKT', people, s)).toBe('mm');
    expect(escalationTarget('department', 'dept-WH', people, s)).toBe('gm');
    expect(escalationTarget('department', '', people, s)).toBe('gm');
    expect(escalationTarget('general', 'dept-QA', people, s)).toBe('gm');
    const named = { ...s, departmentManagers: { 'dept-QA': 'deputy' }, generalManagerId: 'qam' };
    expect(escalationTarget('department', 'dept-QA', people, named)).toBe('deputy');
    expect(escalationTarget('general', 'dept-QA', people, named)).toBe('qam');
    expect(escalationTarget('department', 'dept-QA', people, { ...s, departmentManagers: { 'dept-QA': 'qam-old' } })).toBe('qam');
    expect(escalationTarget('general', 'x', [], s)).toBeUndefined();
  });

  it('records only levels not yet recorded, and waits for the right person', () => {
    const steps = escalationSteps(facts({ grade: 'urgent' }), on('2026-09-30'), s, cal);
    const target = (level: 'department' | 'general') => escalationTarget(level, 'dept-QA', people, s);
    const first = newEscalations(steps, {}, target, 'T1');
    expect(first).toEqual([
      { level: 'department', reason: 'grade', toId: 'qam', at: 'T1' },
      { level: 'general', reason: 'grade', toId: 'gm', at: 'T1' },
    ]);
    expect(newEscalations(steps, { department: first[0]! }, target, 'T2').map((e) => e.level)).toEqual(['general']);
    expect(newEscalations(steps, {}, () => undefined, 'T3')).toEqual([]);
    expect(awaitsAcknowledgement(first[1], 'gm')).toBe(true);
    expect(awaitsAcknowledgement(first[1], 'qam')).toBe(false);
    expect(awaitsAcknowledgement({ ...first[1]!, acknowledgedAt: 'T4' }, 'gm')).toBe(false);
  });
});
