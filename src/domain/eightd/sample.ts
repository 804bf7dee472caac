/**
 * A fully filled 8D report for the demo, the document samples, the bench and
 * the tests. Pure and deterministic: ids are fixed, photos are passed in.
 */
import type { AttachmentRef } from '../complaint/schema';
import { newEightD } from './report';
import { progressFlags } from './completeness';
import type { Action, EightD } from './schema';

const ID = (n: number) => `01SAMPLE${String(n).padStart(18, '0')}`;

function action(n: number, a: Partial<Action> & Pick<Action, 'discipline' | 'title'>): Action {
  return {
    id: ID(n), order: n, owner: '李工', ownerId: '', due: '2026-11-30', status: 'open', verification: '', causeId: '',
    doneOn: '', cutIn: '', evidence: '', result: '', ...a,
  };
}

export function sampleEightD(complaintId: string, photos: AttachmentRef[] = []): EightD {
  const row = newEightD(complaintId, '2026-11-20T02:00:00.000Z', '张工');
  const occ = ID(101);
  const esc = ID(102);
  const h = (date: string) => ({ owner: '张工', date });
  row.d0 = { ...h('2026-11-20'), symptom: '泵体接合面漏油', emergencyResponse: '通知客户停止使用该批次，24 小时内派人现场排查', needed: true,
    customerRef: 'HD-CQ-2026-118', drawingRev: 'C', reportStatus: 'final',
  };
  row.d1 = {
    ...h('2026-11-20'),
    customerRep: '王磊（华东精密 供应商质量工程师）',
    members: {
      [ID(1)]: { id: ID(1), order: 0, name: '张工', department: '质量部', role: 'leader' },
      [ID(2)]: { id: ID(2), order: 1, name: '赵经理', department: '生产部', role: 'champion' },
      [ID(3)]: { id: ID(3), order: 2, name: '李工', department: '工艺部', role: 'member' },
    },
  };
  row.d2 = {
    ...h('2026-11-21'),
    what: 'HP-200 液压泵接合面渗油', who: '华东精密机械装配线发现', when: '2026年11月18日首次发现', where: '客户装配线 3 号工位',
    why: '漏油导致设备停机，存在安全隐患', how: '客户装配后试压发现', howMany: '200 台中 12 台',
    isNot: {
      what: { is: '接合面渗油', isNot: '壳体裂纹' }, where: { is: '前端盖接合面', isNot: '后端盖' },
      when: { is: '批次 20261101', isNot: '其他批次' }, howMuch: { is: '6%', isNot: '全部' },
    },
    spec: '保压 10 MPa 5 分钟无泄漏', actual: '10 MPa 下 2 分钟开始渗油',
    photos: Object.fromEntries(photos.map((p) => [p.sha256, p])),
    statement: 'HP-200 批次 20261101 有 6% 在 10 MPa 保压时前端盖接合面渗油。',
  };
  const loc = (checkedQty: number, badQty: number, method: string) => ({ na: false, checkedQty, badQty, method, owner: '王工', date: '2026-11-21' });
  row.d3 = {
    ...h('2026-11-21'),
    locations: {
      customer: loc(188, 3, '现场保压复测'), transit: { na: true, checkedQty: null, badQty: null, method: '', owner: '', date: '' },
      warehouse: loc(120, 0, '全检保压'), wip: loc(60, 1, '全检保压'), supplier: loc(500, 0, '来料抽检密封垫'),
    },
    cleanPoint: '合格品外箱贴绿色“已复检”标签，批次 20261122 起',
  };
  row.d4 = {
    ...h('2026-11-24'),
    causes: {
      [occ]: {
        id: occ, order: 0, kind: 'occurrence', description: '端盖螺栓拧紧扭矩不足', category: 'method', status: 'verified',
        verification: '复现试验：扭矩 18 N·m 时 5/5 渗油，25 N·m 时 0/5',
        whys: {
          [ID(201)]: { id: ID(201), order: 0, text: '为什么渗油？密封垫压缩量不够' },
          [ID(202)]: { id: ID(202), order: 1, text: '为什么压缩量不够？螺栓扭矩不足' },
          [ID(203)]: { id: ID(203), order: 2, text: '为什么扭矩不足？电动扳手未按作业指导书设定' },
        },
      },
      [esc]: {
        id: esc, order: 1, kind: 'escape', description: '出厂保压测试时间只有 1 分钟', category: 'measurement', status: 'verified',
        verification: '5 分钟保压可检出全部不良样件',
        whys: { [ID(211)]: { id: ID(211), order: 0, text: '为什么未检出？保压时间短于渗油出现时间' } },
      },
    },
  };
  row.d5 = { ...h('2026-11-25'), notes: '两项措施均在试生产中验证有效' };
  row.d6 = { ...h('2026-11-27'), containmentRemoved: true, containmentRemovedOn: '2026-12-05', notes: '连续 3 批零泄漏',
    verificationData: '批次 20261127、20261128、20261129 共 600 台保压试验零泄漏；客户来料检验 600 台零不良', verifiedOn: '2026-12-05',
  };
  row.d7 = {
    ...h('2026-11-28'), pfmea: true, controlPlan: true, workInstructions: true, inspectionStandard: false,
    lateral: 'HP-150、HP-300 同类端盖结构同步改进', lessons: '扭矩工具纳入首件检查',
  };
  row.d8 = { ...h('2026-12-08'), closureCriteria: '连续 3 批客户来料零泄漏', recognition: '感谢生产部与工艺部的快速响应', closedOn: '2026-12-08',
    customerConfirmedBy: '', customerConfirmedOn: '', customerVerdict: '',
  };
  const actions = [
    action(301, { discipline: 'd3', title: '库存全检并隔离', status: 'done', verification: '隔离区台账' }),
    action(501, { discipline: 'd5', title: '电动扳手扭矩设定为 25 N·m 并加锁', causeId: occ, status: 'verified', verification: '试生产 50 台零泄漏' }),
    action(502, { discipline: 'd5', title: '出厂保压时间改为 5 分钟', causeId: esc, status: 'verified', verification: '检出率验证 100%' }),
    action(601, { discipline: 'd6', title: '扭矩设定实施', status: 'done', doneOn: '2026-11-27', cutIn: '批次 20261127', evidence: '扭矩记录表', result: '3 批零泄漏' }),
    action(701, { discipline: 'd7', title: '更新 PFMEA 与控制计划', status: 'done', doneOn: '2026-11-28' }),
  ];
  row.actions = Object.fromEntries(actions.map((a) => [a.id, a]));
  return { ...row, ...progressFlags(row) };
}
