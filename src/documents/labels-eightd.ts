/** The 8D report's wording in the document's language (Chinese or English), independent of the UI bundles. */
import type { DocLang } from './doc-format';

const zh = {
  title: '8D 问题解决报告',
  head: {
    title: '报告信息', number: '8D 编号', version: '报告版本', status: '报告状态', openedOn: '立案日期', reportedOn: '报告日期',
    customer: '客户', customerRef: '客户投诉编号', customerContact: '客户联系人', partNo: '零件号/型号', partName: '零件名称',
    drawingRev: '图纸版本', batch: '批号', delivered: '交付数量', defective: '不良数量', rate: '不良率', ppm: 'PPM', severity: '严重度',
    symptom: '问题描述',
    statuses: { interim: '中期报告', final: '最终报告' },
    severities: { cosmetic: '外观缺陷', functional: '功能失效', performance: '性能不符', safety: '安全隐患' } as Record<string, string>,
    versionOf: (n: number) => `第 ${n} 版`,
  },
  owner: '负责人', date: '完成日期',
  disciplines: {
    d0: 'D0 准备与紧急响应', d1: 'D1 成立小组', d2: 'D2 问题描述', d3: 'D3 临时遏制措施', d4: 'D4 根本原因分析',
    d5: 'D5 永久纠正措施', d6: 'D6 实施与效果验证', d7: 'D7 预防再发生', d8: 'D8 结案与团队表彰',
  },
  d0: { symptom: '问题现象', emergencyResponse: '紧急响应措施', needed: '需要紧急响应' },
  d1: { name: '姓名', department: '部门/单位', role: '职责', roles: { leader: '组长', champion: '倡导者', member: '组员' }, customerRep: '客户代表' },
  d2: {
    what: '什么问题', who: '谁发现', when: '何时发现', where: '何地发现', why: '为何是问题', how: '如何发现', howMany: '发现多少',
    spec: '规格要求', actual: '实际状况', statement: '问题陈述', photos: '问题照片',
    isNotTitle: '是 / 不是 分析', dimension: '维度', is: '是', isNot: '不是',
    dims: { what: '对象', where: '地点', when: '时间', howMuch: '程度' },
  },
  d3: {
    location: '地点', na: '不适用', checkedQty: '检查数量', badQty: '不良数量', method: '方法', cleanPoint: '合格品标识（断点）', actions: '遏制措施',
    locations: { customer: '客户处', transit: '在途', warehouse: '成品仓库', wip: '在制品', supplier: '供应商' },
  },
  d4: {
    kinds: { occurrence: '发生原因', escape: '流出原因' }, description: '原因', category: '鱼骨图类别', status: '状态',
    verification: '验证', why: (n: number) => `为什么 ${n}`,
    statuses: { verified: '已验证', hypothesis: '假设' },
    fishbone: { man: '人', machine: '机', material: '料', method: '法', measurement: '测', environment: '环' },
  },
  actions: {
    title: '措施', owner: '负责人', due: '完成期限', status: '状态', verification: '验证', cause: '针对原因', doneOn: '完成日期',
    cutIn: '切入批次/日期', evidence: '证据', result: '效果',
    statuses: { open: '未开始', inProgress: '进行中', done: '已完成', verified: '已验证', cancelled: '已取消' },
  },
  d5: { notes: '说明' },
  d6: { verificationData: '效果验证数据', verifiedOn: '验证日期', containmentRemoved: '已解除临时遏制措施', containmentRemovedOn: '解除日期', notes: '说明' },
  d7: {
    pfmea: 'PFMEA 已更新', controlPlan: '控制计划已更新', workInstructions: '作业指导书已更新', inspectionStandard: '检验标准已更新',
    lateral: '横向展开（类似产品/产线）', lessons: '经验教训',
  },
  d8: { closureCriteria: '结案标准', recognition: '团队表彰', closedOn: '结案日期' },
  confirm: { title: '客户确认', name: '客户确认人', date: '确认日期', verdict: '确认结果', accepted: '接受', notAccepted: '不接受', box: '□ 接受\u3000□ 不接受' },
  signatures: { title: '签字', slots: { prepared: '编制', reviewed: '审核', approved: '批准' }, note: (v: string) => `本报告为${v}；签字对应本版本内容。` },
};

export type EightDLabels = typeof zh;

const en: EightDLabels = {
  title: '8D Report',
  head: {
    title: 'Report information', number: '8D no.', version: 'Report version', status: 'Status', openedOn: 'Opened on', reportedOn: 'Report date',
    customer: 'Customer', customerRef: "Customer's complaint no.", customerContact: 'Customer contact', partNo: 'Part no./model', partName: 'Part name',
    drawingRev: 'Drawing revision', batch: 'Batch', delivered: 'Qty delivered', defective: 'Qty defective', rate: 'Defect rate', ppm: 'PPM', severity: 'Severity',
    symptom: 'Problem',
    statuses: { interim: 'Interim report', final: 'Final report' },
    severities: { cosmetic: 'Cosmetic defect', functional: 'Functional failure', performance: 'Performance out of spec', safety: 'Safety hazard' },
    versionOf: (n: number) => `version ${n}`,
  },
  owner: 'Owner', date: 'Completed on',
  disciplines: {
    d0: 'D0 Preparation and emergency response', d1: 'D1 Team', d2: 'D2 Problem description', d3: 'D3 Containment actions', d4: 'D4 Root cause analysis',
    d5: 'D5 Permanent corrective actions', d6: 'D6 Implementation and validation', d7: 'D7 Prevent recurrence', d8: 'D8 Closure and team recognition',
  },
  d0: { symptom: 'Symptom', emergencyResponse: 'Emergency response', needed: 'Emergency response needed' },
  d1: { name: 'Name', department: 'Department', role: 'Role', roles: { leader: 'Leader', champion: 'Champion', member: 'Member' }, customerRep: 'Customer representative' },
  d2: {
    what: 'What', who: 'Who found it', when: 'When', where: 'Where', why: 'Why is it a problem', how: 'How was it found', howMany: 'How many',
    spec: 'Requirement', actual: 'Actual condition', statement: 'Problem statement', photos: 'Photos',
    isNotTitle: 'Is / is not', dimension: 'Dimension', is: 'Is', isNot: 'Is not',
    dims: { what: 'What', where: 'Where', when: 'When', howMuch: 'How much' },
  },
  d3: {
    location: 'Location', na: 'n/a', checkedQty: 'Checked', badQty: 'Defective', method: 'Method', cleanPoint: 'Clean point (first good lot)', actions: 'Containment actions',
    locations: { customer: 'At customer', transit: 'In transit', warehouse: 'Finished goods', wip: 'Work in progress', supplier: 'Supplier' },
  },
  d4: {
    kinds: { occurrence: 'Occurrence cause', escape: 'Escape cause' }, description: 'Cause', category: 'Fishbone category', status: 'Status',
    verification: 'Verification', why: (n: number) => `Why ${n}`,
    statuses: { verified: 'Verified', hypothesis: 'Hypothesis' },
    fishbone: { man: 'Man', machine: 'Machine', material: 'Material', method: 'Method', measurement: 'Measurement', environment: 'Environment' },
  },
  actions: {
    title: 'Action', owner: 'Owner', due: 'Due', status: 'Status', verification: 'Verification', cause: 'Cause addressed', doneOn: 'Done on',
    cutIn: 'Cut-in lot/date', evidence: 'Evidence', result: 'Result',
    statuses: { open: 'Open', inProgress: 'In progress', done: 'Done', verified: 'Verified', cancelled: 'Cancelled' },
  },
  d5: { notes: 'Notes' },
  d6: { verificationData: 'Verification data', verifiedOn: 'Verified on', containmentRemoved: 'Containment removed', containmentRemovedOn: 'Removed on', notes: 'Notes' },
  d7: {
    pfmea: 'PFMEA updated', controlPlan: 'Control plan updated', workInstructions: 'Work instructions updated', inspectionStandard: 'Inspection standard updated',
    lateral: 'Read-across (similar products/lines)', lessons: 'Lessons learned',
  },
  d8: { closureCriteria: 'Closure criteria', recognition: 'Team recognition', closedOn: 'Closed on' },
  confirm: { title: 'Customer confirmation', name: 'Confirmed by', date: 'Date', verdict: 'Result', accepted: 'Accepted', notAccepted: 'Not accepted', box: '□ Accepted   □ Not accepted' },
  signatures: { title: 'Signatures', slots: { prepared: 'Prepared', reviewed: 'Reviewed', approved: 'Approved' }, note: (v: string) => `This is ${v} of the report; the signatures apply to this version.` },
};

export function eightDLabels(lang: DocLang): EightDLabels {
  return lang === 'zh-CN' ? zh : en;
}
