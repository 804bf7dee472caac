/**
 * Thirty complaints, hand-placed around September 2026 in Asia/Shanghai: the
 * month's first and last local minutes, the Mid-Autumn (09-25..27) and
 * National Day (10-01..07) holidays with their make-up days (09-20, 10-10),
 * a reopened case, repeats and a rejected case. The expected figures in
 * review.test.ts were worked out by hand from this table.
 */
import type { ReviewDeadline, ReviewRow } from './row';

/** A Shanghai wall time 'YYYY-MM-DD HH:mm' as a UTC instant. */
export function sh(wall: string): string {
  return new Date(Date.parse(`${wall.replace(' ', 'T')}:00+08:00`)).toISOString();
}
/** The last millisecond of a Shanghai day (how due dates are stored). */
export const endOf = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();

const dl = (kind: ReviewDeadline['kind'], due: string, completedAt?: string, ended = false): ReviewDeadline => ({
  kind, due, ended, ...(completedAt !== undefined && { completedAt }),
});

const cA = { customerKey: 'cA', customer: '甲公司' };
const cB = { customerKey: 'cB', customer: '乙公司' };
const p1 = { productKey: 'p1', product: '阀门' };
const p2 = { productKey: 'p2', product: '管件' };
const manu = { category: 'quality_manufacturing', department: 'dq' };
const mat = { category: 'quality_material', department: 'dq' };
const deliv = { category: 'delivery', department: 'dm' };
const serv = { category: 'service', department: 'dm' };

function row(n: number, receivedWall: string, extra: Partial<ReviewRow>): ReviewRow {
  const id = `c${String(n).padStart(2, '0')}`;
  return {
    id,
    number: `QA1-2026-${String(n).padStart(4, '0')}`,
    receivedAt: sh(receivedWall),
    status: 'investigating',
    category: 'quality_manufacturing',
    grade: 'general',
    department: 'dq',
    channel: 'hotline',
    customerKey: 'cC',
    customer: '丙公司',
    productKey: 'p3',
    product: '泵',
    defect: '',
    reopenCount: 0,
    deadlines: [],
    returnedFen: 0,
    ...extra,
  };
}

export const FIXTURE_NOW = '2026-10-12T02:00:00.000Z';

export const REVIEW_FIXTURE: ReviewRow[] = [
  // September cohort (24)
  row(1, '2026-09-01 01:00', {
    ...cA, ...p1, ...manu, channel: 'email', defect: '划伤', status: 'closed', closedAt: sh('2026-09-10 10:00'),
    deadlines: [dl('acknowledge', endOf('2026-09-02'), sh('2026-09-01 11:00')), dl('reply', endOf('2026-09-10'), sh('2026-09-10 10:00'))],
    costs: { claimsPaidFen: 100_000, replacementFen: 0, freightFen: 5_000, scrapFen: 0, reworkFen: 2_000 }, returnedFen: 50_000,
    scores: { productQuality: 5, delivery: 5, responseSpeed: 5, handlingResult: 5, serviceAttitude: 5, overall: 5 },
    accountability: { departmentId: 'dq', personName: '张三', causeClass: 'process', points: 2, amountFen: 20_000 },
  }),
  row(2, '2026-09-02 09:00', {
    ...cA, ...p1, ...manu, channel: 'email', defect: '划伤', status: 'closed', closedAt: sh('2026-09-04 09:00'),
    deadlines: [dl('acknowledge', endOf('2026-09-03'), sh('2026-09-04 09:00'))],
    scores: { productQuality: 4, delivery: 3, responseSpeed: 4, handlingResult: 4, serviceAttitude: 5, overall: 4 },
    accountability: { departmentId: 'dq', personName: '张三', causeClass: 'operator', points: 1, amountFen: 0 },
  }),
  row(3, '2026-09-24 09:00', {
    ...cB, ...p2, ...mat, channel: 'email', defect: '裂纹', status: 'closed', closedAt: sh('2026-09-29 09:00'),
    deadlines: [dl('acknowledge', endOf('2026-09-25'), sh('2026-09-24 10:00')), dl('reply', endOf('2026-09-29'), sh('2026-09-29 09:00'))],
    costs: { claimsPaidFen: 0, replacementFen: 30_000, freightFen: 0, scrapFen: 12_000, reworkFen: 0 },
    scores: { overall: 4, productQuality: 3 },
    accountability: { departmentId: 'dq', personName: '李四', causeClass: 'material', points: 0, amountFen: 50_000 },
  }),
  row(4, '2026-09-30 12:00', {
    ...deliv, channel: 'email', status: 'closed', closedAt: sh('2026-10-09 12:00'),
    accountability: { departmentId: 'dm', personName: '', causeClass: 'logistics', points: 3, amountFen: 0 },
  }),
  row(5, '2026-09-14 09:00', {
    ...serv, channel: 'email', status: 'closed', closedAt: sh('2026-09-28 09:00'), reopenCount: 1,
    deadlines: [
      dl('containment', sh('2026-09-15 09:00'), sh('2026-09-15 13:00')),
      dl('reply', endOf('2026-09-23'), sh('2026-09-18 09:00')),
      dl('close', endOf('2026-09-30'), undefined, true),
      dl('reply', endOf('2026-09-30'), sh('2026-09-28 09:00')),
    ],
    scores: { overall: 2, productQuality: 2 },
  }),
  row(6, '2026-09-07 10:00', {
    category: 'documents', department: 'dm', status: 'rejected',
    deadlines: [dl('acknowledge', endOf('2026-09-08')), dl('reply', endOf('2026-09-10'), undefined, true)],
  }),
  row(7, '2026-09-08 10:00', { ...cA, ...p1, ...manu, defect: '划伤' }),
  row(8, '2026-09-08 11:00', { ...cA, ...p2, ...manu, defect: '划伤' }),
  row(9, '2026-09-09 10:00', { ...cA, ...p1, ...manu, defect: '漏液', grade: 'serious' }),
  row(10, '2026-09-10 10:00', {
    ...cA, ...p1, ...manu, status: 'reopened', reopenCount: 1,
    deadlines: [dl('reply', endOf('2026-09-21'), undefined, true), dl('reply', endOf('2026-10-11'))],
    scores: { overall: 3 },
  }),
  row(11, '2026-09-15 10:00', { ...manu, deadlines: [dl('acknowledge', endOf('2026-09-16')), dl('reply', endOf('2026-10-20'))] }),
  row(12, '2026-09-18 10:00', {
    ...manu,
    deadlines: [dl('acknowledge', endOf('2026-09-21'), sh('2026-09-20 09:00')), dl('reply', endOf('2026-10-10'))],
  }),
  row(13, '2026-09-08 14:00', {
    ...cB, ...p2, ...mat, defect: '裂纹', grade: 'serious',
    deadlines: [dl('containment', sh('2026-09-09 14:00'), sh('2026-09-09 10:00'))],
  }),
  row(14, '2026-09-11 10:00', { ...cB, ...p2, ...mat, deadlines: [dl('acknowledge', endOf('2026-10-20'))], scores: { overall: 1 } }),
  row(15, '2026-09-16 10:00', { ...mat }),
  row(16, '2026-09-17 10:00', { ...mat }),
  row(17, '2026-09-21 10:00', { ...deliv }),
  row(18, '2026-09-22 10:00', { ...deliv }),
  row(19, '2026-09-23 10:00', { ...deliv }),
  row(20, '2026-09-25 10:00', { ...serv, channel: 'salesRep', returnedFen: 8_000 }),
  row(21, '2026-09-26 10:00', { ...serv }),
  row(22, '2026-09-28 10:00', { category: 'documents', department: 'dm' }),
  row(23, '2026-09-29 10:00', { category: 'transport', department: 'dm', grade: 'urgent' }),
  row(24, '2026-09-30 23:59', { category: '', department: '', grade: '', status: 'new' }),
  // Outside September (6)
  row(25, '2026-02-20 10:00', { ...cA, ...p1, ...manu, defect: '划伤' }),
  row(26, '2026-07-15 10:00', {
    ...cB, ...p2, ...mat, defect: '裂纹',
    costs: { claimsPaidFen: 99_999, replacementFen: 0, freightFen: 0, scrapFen: 0, reworkFen: 0 },
  }),
  row(27, '2026-08-20 10:00', { status: 'closed', closedAt: sh('2026-09-03 10:00') }),
  row(28, '2026-10-01 00:30', {}),
  row(29, '2026-08-31 23:59', {}),
  row(30, '2026-08-10 10:00', { grade: 'serious', defect: '漏液' }),
];
