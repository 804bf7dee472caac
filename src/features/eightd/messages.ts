/** Translations of the eightd feature, merged into the app's resources under the "eightd" key. */
const zhCN = {
  title: '8D 报告 {{number}}', summaryTitle: '8D 问题解决', notStarted: '尚未开始 8D', start: '开始 8D', open: '打开 8D',
  progress: '已完成 {{done}}/{{total}}', back: '返回投诉', saveDiscipline: '保存 {{name}}', saved: '{{name}} 已保存',
  exportWord: '导出 Word', exportRecordForm: '导出投诉记录表', printRecordForm: '打印投诉记录表', print: '打印', savePdf: '保存为 PDF', exported: '已导出 {{name}}', exportFailed: '导出失败：{{message}}',
  savedOnly: '导出和打印只使用已保存的内容', unsaved: '有未保存的修改', complete: '已完成', incomplete: '未完成',
  owner: '负责人', date: '日期', add: '添加', remove: '删除', none: '（无）',
  disciplines: {
    d0: 'D0 准备与紧急响应', d1: 'D1 成立小组', d2: 'D2 问题描述', d3: 'D3 临时遏制', d4: 'D4 根本原因', d5: 'D5 永久纠正措施',
    d6: 'D6 实施与验证', d7: 'D7 预防再发生', d8: 'D8 结案与表彰', signatures: '签字',
  },
  d0: {
    symptom: '问题现象', emergencyResponse: '紧急响应措施', needed: '需要紧急响应', customerRef: '客户投诉编号', drawingRev: '图纸版本', reportStatus: '报告状态',
    reportStatuss: { interim: '中期报告', final: '最终报告' },
  },
  d1: { customerRep: '客户代表', name: '姓名', department: '部门', role: '职责', addMember: '添加成员', roles: { leader: '组长', champion: '倡导者', member: '组员' } },
  d2: {
    what: '什么问题 (What)', who: '谁发现 (Who)', when: '何时 (When)', where: '何地 (Where)', why: '为何是问题 (Why)', how: '如何发现 (How)',
    howMany: '多少 (How many)', spec: '规格要求', actual: '实际状况', statement: '问题陈述（一句话）', photos: '问题照片', addPhoto: '添加照片', caption: '照片说明（打印在照片下方）',
    isNot: '是 / 不是', is: '是', isNotCol: '不是', dims: { what: '对象', where: '地点', when: '时间', howMuch: '程度' },
  },
  d3: {
    location: '地点', na: '不适用', checkedQty: '检查数量', badQty: '不良数量', method: '方法', cleanPoint: '合格品标识（断点）',
    locations: { customer: '客户处', transit: '在途', warehouse: '成品仓库', wip: '在制品', supplier: '供应商' },
  },
  d4: {
    addCause: '添加原因', kind: '类型', description: '原因', category: '鱼骨图类别', status: '状态', verification: '验证方法与结果',
    whys: '5-Why', addWhy: '添加“为什么”', why: '为什么 {{n}}',
    kinds: { occurrence: '发生原因', escape: '流出原因' }, statuses: { verified: '已验证', hypothesis: '假设' },
    fishbone: { man: '人', machine: '机', material: '料', method: '法', measurement: '测', environment: '环' },
  },
  actions: {
    title: '措施', add: '添加措施', owner: '负责人', due: '完成期限', status: '状态', verification: '验证', cause: '针对原因（已验证）',
    doneOn: '完成日期', cutIn: '切入批次/日期', evidence: '证据', result: '效果',
    pickOwner: '从人员名单中选择', unlinkedOwner: '原填写：{{name}}（未关联人员，请重新选择）', quickDue: '按工作日',
    plusWorkdays: '+{{n}} 个工作日（{{date}}）', nonWorkday: '{{date}} 不是工作日（{{kind}}）', moveTo: '改为 {{date}}',
    dayKinds: { weekend: '周末', holiday: '法定节假日', overrideOff: '工厂停工日' },
    statuses: { open: '未开始', inProgress: '进行中', done: '已完成', verified: '已验证', cancelled: '已取消' },
  },
  d5: { notes: '说明' },
  d6: { containmentRemoved: '已解除临时遏制措施', containmentRemovedOn: '解除日期', notes: '说明', verificationData: '效果验证数据', verifiedOn: '验证日期' },
  d7: {
    pfmea: 'PFMEA 已更新', controlPlan: '控制计划已更新', workInstructions: '作业指导书已更新', inspectionStandard: '检验标准已更新',
    lateral: '横向展开（类似产品/产线）', lessons: '经验教训',
  },
  d8: {
    closureCriteria: '结案标准', recognition: '团队表彰', closedOn: '结案日期', customerConfirmation: '客户确认', customerConfirmedBy: '客户确认人',
    customerConfirmedOn: '确认日期', customerVerdict: '是否接受', customerVerdicts: { accepted: '接受', notAccepted: '不接受' },
  },
  sign: {
    slots: { prepared: '编制', reviewed: '审核', approved: '批准' }, sign: '签字', signAgain: '重新签字', dialogTitle: '{{slot}}签字',
    name: '签字人姓名', role: '职务', meaning: '签署含义', at: '签署时间', valid: '有效', stale: '内容已修改，签字失效', notSigned: '未签字',
    signed: '已签字', reopen: '重新打开', reopenReason: '重新打开的原因', locked: '报告已批准，内容已锁定。如需修改，请由有权限的人员重新打开。', hashNote: '签字记录报告内容的摘要；之后修改内容会使签字失效。',
    meanings: { prepared: '本人编制本报告，内容属实', reviewed: '本人已审核本报告', approved: '本人批准本报告发出' },
  },
  err: {
    d5NeedsVerifiedCause: 'D5 措施必须针对一个已验证的 D4 原因', signerName: '请填写签字人姓名', notImage: '文件内容不是图片（PNG、JPEG、GIF、BMP）',
    alreadySigned: '此栏已有有效签字', changedWhileSigning: '签字期间内容被修改，请重新查看后再签', notApproved: '报告尚未批准，无需重新打开', causeHasActions: '有 D5 措施针对此原因，不能改为假设或删除', noEightD: '尚未开始 8D',
    unknownOwner: '负责人不在人员名单中，请重新选择',
  },
};

const en: typeof zhCN = {
  title: '8D report {{number}}', summaryTitle: '8D problem solving', notStarted: '8D not started', start: 'Start 8D', open: 'Open 8D',
  progress: '{{done}}/{{total}} complete', back: 'Back to complaint', saveDiscipline: 'Save {{name}}', saved: '{{name}} saved',
  exportWord: 'Export Word', exportRecordForm: 'Export record form', printRecordForm: 'Print record form', print: 'Print', savePdf: 'Save as PDF', exported: 'Exported {{name}}', exportFailed: 'Export failed: {{message}}',
  savedOnly: 'Export and print use the saved content only', unsaved: 'Unsaved changes', complete: 'Complete', incomplete: 'Incomplete',
  owner: 'Owner', date: 'Date', add: 'Add', remove: 'Remove', none: '(none)',
  disciplines: {
    d0: 'D0 Preparation & emergency response', d1: 'D1 Team', d2: 'D2 Problem description', d3: 'D3 Containment', d4: 'D4 Root cause',
    d5: 'D5 Permanent corrective actions', d6: 'D6 Implementation & validation', d7: 'D7 Prevent recurrence', d8: 'D8 Closure & recognition', signatures: 'Signatures',
  },
  d0: {
    symptom: 'Symptom', emergencyResponse: 'Emergency response', needed: 'Emergency response needed', customerRef: "Customer's complaint no.", drawingRev: 'Drawing revision', reportStatus: 'Report status',
    reportStatuss: { interim: 'Interim report', final: 'Final report' },
  },
  d1: { customerRep: 'Customer representative', name: 'Name', department: 'Department', role: 'Role', addMember: 'Add member', roles: { leader: 'Leader', champion: 'Champion', member: 'Member' } },
  d2: {
    what: 'What', who: 'Who', when: 'When', where: 'Where', why: 'Why is it a problem', how: 'How found', howMany: 'How many',
    spec: 'Specification', actual: 'Actual', statement: 'Problem statement (one sentence)', photos: 'Photos', addPhoto: 'Add photo', caption: 'Caption (printed under the photo)',
    isNot: 'Is / is not', is: 'Is', isNotCol: 'Is not', dims: { what: 'Object', where: 'Location', when: 'Time', howMuch: 'Extent' },
  },
  d3: {
    location: 'Location', na: 'N/A', checkedQty: 'Qty checked', badQty: 'Qty bad', method: 'Method', cleanPoint: 'Clean-point marking',
    locations: { customer: 'At customer', transit: 'In transit', warehouse: 'Warehouse', wip: 'WIP', supplier: 'Supplier' },
  },
  d4: {
    addCause: 'Add cause', kind: 'Type', description: 'Cause', category: 'Fishbone category', status: 'Status', verification: 'Verification',
    whys: '5-Why', addWhy: 'Add why', why: 'Why {{n}}',
    kinds: { occurrence: 'Occurrence', escape: 'Escape (not detected)' }, statuses: { verified: 'Verified', hypothesis: 'Hypothesis' },
    fishbone: { man: 'Man', machine: 'Machine', material: 'Material', method: 'Method', measurement: 'Measurement', environment: 'Environment' },
  },
  actions: {
    title: 'Action', add: 'Add action', owner: 'Owner', due: 'Due', status: 'Status', verification: 'Verification', cause: 'Cause (verified)',
    doneOn: 'Done on', cutIn: 'Cut-in lot/date', evidence: 'Evidence', result: 'Result',
    pickOwner: 'Choose from People', unlinkedOwner: 'Entered as: {{name}} (not linked to a person, choose again)', quickDue: 'In working days',
    plusWorkdays: '+{{n}} working days ({{date}})', nonWorkday: '{{date}} is not a working day ({{kind}})', moveTo: 'Move to {{date}}',
    dayKinds: { weekend: 'weekend', holiday: 'public holiday', overrideOff: 'plant day off' },
    statuses: { open: 'Open', inProgress: 'In progress', done: 'Done', verified: 'Verified', cancelled: 'Cancelled' },
  },
  d5: { notes: 'Notes' },
  d6: { containmentRemoved: 'Containment removed', containmentRemovedOn: 'Removed on', notes: 'Notes', verificationData: 'Verification data', verifiedOn: 'Verified on' },
  d7: {
    pfmea: 'PFMEA updated', controlPlan: 'Control plan updated', workInstructions: 'Work instructions updated', inspectionStandard: 'Inspection standard updated',
    lateral: 'Lateral deployment (similar products/lines)', lessons: 'Lessons learned',
  },
  d8: {
    closureCriteria: 'Closure criteria', recognition: 'Team recognition', closedOn: 'Closed on', customerConfirmation: 'Customer confirmation', customerConfirmedBy: 'Confirmed by (customer)',
    customerConfirmedOn: 'Confirmed on', customerVerdict: 'Accepted?', customerVerdicts: { accepted: 'Accepted', notAccepted: 'Not accepted' },
  },
  sign: {
    slots: { prepared: 'Prepared', reviewed: 'Reviewed', approved: 'Approved' }, sign: 'Sign', signAgain: 'Sign again', dialogTitle: 'Sign: {{slot}}',
    name: 'Printed name', role: 'Role', meaning: 'Meaning', at: 'Signed at', valid: 'Valid', stale: 'Content changed since signing', notSigned: 'Not signed',
    signed: 'Signed', reopen: 'Reopen', reopenReason: 'Reason for reopening', locked: 'The report is approved and locked. To change it, someone permitted must reopen it.', hashNote: 'A signature records a hash of the report content; editing the content afterwards invalidates it.',
    meanings: { prepared: 'I prepared this report; its content is true', reviewed: 'I reviewed this report', approved: 'I approve this report for release' },
  },
  err: {
    d5NeedsVerifiedCause: 'A D5 action must address a verified D4 cause', signerName: 'Enter the signer’s name', notImage: 'The file content is not an image (PNG, JPEG, GIF, BMP)',
    alreadySigned: 'This slot already has a valid signature', changedWhileSigning: 'The content changed while signing: review it and sign again', notApproved: 'The report is not approved: nothing to reopen', causeHasActions: 'D5 actions address this cause: it cannot become a hypothesis or be removed', noEightD: '8D not started',
    unknownOwner: 'The owner is not in the People list: choose again',
  },
};

export const messages = {
  zhCN: { eightd: zhCN },
  en: { eightd: en },
};
