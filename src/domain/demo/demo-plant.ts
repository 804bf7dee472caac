/**
 * A plant's last 12 months as a plan the repositories can replay: people in
 * every role, and for each complaint the assessment, the path it took through
 * the status machine (with the reply sent, the closing note, the reopen
 * reason), a slipped deadline with its reason, the follow-up with its
 * satisfaction, how far its 8D got and the stage its return reached. Pure and
 * deterministic from the seed; every status, grade, 8D discipline and return
 * stage occurs (the first cases walk through each of them, the rest follow the
 * plant's usual mix: old cases closed, recent ones still open, some overdue).
 */
import type { ComplaintInput } from '../complaint/schema';
import { CATEGORIES, GRADES, type Assessment } from '../workflow/assessment';
import type { ComplaintStatus, RejectionReason } from '../workflow/statuses';
import type { ReplyMethod } from '../workflow/status-machine';
import type { FollowUpMethod } from '../workflow/follow-up';
import { DISCIPLINES, type Discipline } from '../eightd/schema';
import { REQUEST_STATUSES, type RequestStatus } from '../returns/status';
import { PERSON_ROLES, type PersonRole } from '../org/org';
import { demoComplaintInput, seededRandom } from './demo-data';
export { DEMO_PASSWORD } from './demo-password';

export interface DemoPerson {
  name: string;
  /** The demo account's login name (every demo account has DEMO_PASSWORD). */
  login: string;
  role: PersonRole;
  /** The code of the department (DEFAULT_DEPARTMENTS) the person belongs to. */
  departmentKind: string;
}

export interface DemoStep {
  to: ComplaintStatus;
  /** Hours after the receipt. */
  afterHours: number;
  note?: string;
  rejectionReason?: RejectionReason;
  reply?: { content: string; method: ReplyMethod };
}

export interface DemoCase {
  input: ComplaintInput;
  assessment: Assessment | null;
  /** Index into people: the case owner once assessed. */
  owner: number;
  /** The status the case ends in, and the steps that lead there (follow-ups are separate). */
  status: ComplaintStatus;
  steps: DemoStep[];
  /** A reply deadline moved, with the reason given to the customer. */
  slip?: { afterHours: number; extraWorkdays: number; reason: string; customerInformed: boolean };
  followUp?: { afterHours: number; satisfaction: number; method: FollowUpMethod; comment: string };
  /** The discipline the 8D is at (the first not complete), 'done', or null when the case has no 8D. */
  eightD: Discipline | 'done' | null;
  /** The stage the case's return reached, or null when no goods come back. */
  returnStage: RequestStatus | null;
}

export interface DemoPlant {
  people: DemoPerson[];
  cases: DemoCase[];
}

const PEOPLE: DemoPerson[] = [
  { name: '张敏', login: 'zhangmin', role: 'qaEngineer', departmentKind: 'quality' },
  { name: '赵工', login: 'zhaogong', role: 'qaEngineer', departmentKind: 'quality' },
  { name: '孙质量', login: 'sunzl', role: 'qaManager', departmentKind: 'quality' },
  { name: '王客服', login: 'wangkf', role: 'customerService', departmentKind: 'marketing' },
  { name: '李经理', login: 'lijl', role: 'marketingManager', departmentKind: 'marketing' },
  { name: '周仓管', login: 'zhoucg', role: 'warehouseClerk', departmentKind: 'warehouse' },
  { name: '陈总', login: 'chenzong', role: 'generalManager', departmentKind: 'management' },
  { name: '系统管理员', login: 'demo-admin', role: 'admin', departmentKind: 'management' },
  { name: '吴组长', login: 'wuzz', role: 'teamLeader', departmentKind: 'quality' },
];

/** Status paths through the status machine (follow-up and reopen come from the recorded follow-up). */
const PATHS: Record<ComplaintStatus, ComplaintStatus[]> = {
  new: [],
  acknowledged: ['acknowledged'],
  investigating: ['acknowledged', 'investigating'],
  containment: ['acknowledged', 'investigating', 'containment'],
  eightD: ['acknowledged', 'investigating', 'eightD'],
  replied: ['acknowledged', 'investigating', 'eightD', 'replied'],
  followUp: ['acknowledged', 'investigating', 'eightD', 'replied', 'followUp'],
  closed: ['acknowledged', 'investigating', 'eightD', 'replied', 'followUp', 'closed'],
  reopened: ['acknowledged', 'investigating', 'eightD', 'replied', 'followUp', 'reopened'],
  rejected: ['acknowledged', 'rejected'],
};
const ORDER = Object.keys(PATHS) as ComplaintStatus[];

const SLIP_REASONS = ['等待第三方检测报告', '客户现场无法安排排查', '供应商原因分析未完成', '春节放假，客户同意顺延'];
const REPLIES = ['8D 报告已发送，附原因分析与纠正措施', '已电话说明原因及处理方案，书面报告随后寄出', '8D 报告及改进后检验记录已提交客户质量部'];
const HOURS_PER_STEP = [20, 30, 60, 120, 150, 200];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

/** The usual mix by age: what is old is mostly finished, what is recent mostly open. */
function statusByAge(rnd: () => number, ageDays: number): ComplaintStatus {
  const r = rnd();
  if (ageDays > 60) return r < 0.72 ? 'closed' : r < 0.8 ? 'rejected' : r < 0.86 ? 'reopened' : r < 0.93 ? 'followUp' : 'replied';
  if (ageDays > 14) return r < 0.3 ? 'eightD' : r < 0.5 ? 'replied' : r < 0.65 ? 'followUp' : r < 0.8 ? 'closed' : r < 0.9 ? 'investigating' : 'containment';
  return r < 0.35 ? 'new' : r < 0.6 ? 'acknowledged' : r < 0.8 ? 'investigating' : r < 0.9 ? 'containment' : 'eightD';
}

function assessmentFor(rnd: () => number, grade: Assessment['grade']): Assessment {
  const safety = grade === 'urgent' && rnd() < 0.5;
  return {
    genuineness: 'genuine',
    severity: safety ? 'safety' : pick(rnd, ['cosmetic', 'functional', 'performance'] as const),
    urgency: grade === 'urgent' ? 'critical' : grade === 'serious' ? 'high' : 'normal',
    category: pick(rnd, CATEGORIES),
    grade,
  };
}

/** How far the 8D got for a case in this status. */
function eightDFor(rnd: () => number, status: ComplaintStatus, forced?: Discipline | 'done'): Discipline | 'done' | null {
  if (forced) return forced;
  if (['new', 'acknowledged', 'investigating', 'containment', 'rejected'].includes(status)) return null;
  // The reply needs D4 and D5: a replied case is at D6 or later.
  if (status === 'eightD') return pick(rnd, DISCIPLINES.slice(0, 6));
  if (status === 'closed') return 'done';
  return pick(rnd, [...DISCIPLINES.slice(6), 'done'] as const);
}

function stepsFor(status: ComplaintStatus, rnd: () => number): DemoStep[] {
  const path = PATHS[status].filter((s) => s !== 'followUp' && s !== 'reopened');
  return path.map((to, i) => ({
    to,
    afterHours: (HOURS_PER_STEP[i] ?? 200) + Math.floor(rnd() * 10),
    ...(to === 'replied' && { reply: { content: pick(rnd, REPLIES), method: pick(rnd, ['email', 'letter', 'phone'] as const) } }),
    ...(to === 'closed' && { note: '客户确认问题已解决，结案' }),
    ...(to === 'rejected' && { rejectionReason: pick(rnd, ['pastShelfLife', 'misuse', 'conformsToContract'] as const), note: '经核实不属于质量问题' }),
  }));
}

/** `count` (≥ 30) cases received over the 365 days before `endMs`, oldest first. */
export function demoPlant(count: number, endMs: number, seed = 20261202): DemoPlant {
  const rnd = seededRandom(seed);
  const times = Array.from({ length: count }, () => endMs - Math.floor(rnd() * 365 * 86_400_000) - 3_600_000);
  times.sort((a, b) => a - b);
  const cases = times.map((t, i): DemoCase => {
    const input = demoComplaintInput(rnd, t);
    const ageDays = (endMs - t) / 86_400_000;
    // The oldest cases walk through every status, 8D discipline and return stage once; the rest follow the mix.
    const status = i < ORDER.length ? (ORDER[i] as ComplaintStatus) : statusByAge(rnd, ageDays);
    const grade = i < GRADES.length ? (GRADES[i] as Assessment['grade']) : pick(rnd, GRADES);
    const forcedEightD = i >= 20 && i < 20 + DISCIPLINES.length ? DISCIPLINES[i - 20] : undefined;
    const finalStatus = forcedEightD ? 'eightD' : status;
    const assessed = finalStatus !== 'new' && !(finalStatus === 'acknowledged' && rnd() < 0.5);
    const returnStage = i >= 10 && i < 10 + REQUEST_STATUSES.length ? (REQUEST_STATUSES[i - 10] as RequestStatus) : input.demand.kinds.includes('return') ? pick(rnd, REQUEST_STATUSES) : null;
    if (returnStage) input.demand.kinds = ['return'];
    const steps = stepsFor(finalStatus, rnd);
    const repliedAt = steps.find((s) => s.to === 'replied')?.afterHours ?? 150;
    const needsFollowUp = finalStatus === 'followUp' || finalStatus === 'closed' || finalStatus === 'reopened';
    // The close comes a day after the satisfied follow-up.
    for (const step of steps) if (step.to === 'closed') step.afterHours = repliedAt + 96;
    return {
      input,
      assessment: assessed ? assessmentFor(rnd, grade) : null,
      owner: rnd() < 0.5 ? 0 : 1,
      status: finalStatus,
      steps,
      ...(PATHS[finalStatus].includes('eightD') && rnd() < 0.3 && {
        slip: { afterHours: 48, extraWorkdays: 5 + Math.floor(rnd() * 10), reason: pick(rnd, SLIP_REASONS), customerInformed: rnd() < 0.8 },
      }),
      ...(needsFollowUp && {
        followUp: {
          afterHours: repliedAt + 72,
          satisfaction: finalStatus === 'reopened' ? 1 + Math.floor(rnd() * 3) : 4 + Math.floor(rnd() * 2),
          method: pick(rnd, ['phone', 'email', 'onSite'] as const),
          comment: finalStatus === 'reopened' ? '问题再次出现，不满意' : '处理及时，满意',
        },
      }),
      eightD: eightDFor(rnd, finalStatus, forcedEightD),
      returnStage,
    };
  });
  return { people: PEOPLE, cases };
}

export { PERSON_ROLES };
