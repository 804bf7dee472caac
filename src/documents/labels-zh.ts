/**
 * The Chinese wording printed in the Word documents. The documents go to
 * Chinese customers whatever language the app is shown in, so these labels are
 * fixed here rather than taken from the UI translations.
 */
/** People's roles as printed (signatures store the role's key). */
export const PERSON_ROLE_ZH: Record<string, string> = {
  qaEngineer: '质量工程师', teamLeader: '8D小组组长', customerService: '客服专员', warehouseClerk: '仓管员',
  marketingManager: '市场部经理', generalManager: '总经理', qaManager: '质量经理', admin: '管理员',
};

export const ZH = {
  eightdTitle: '8D 问题解决报告',
  recordTitle: '产品质量投诉记录表',
  complaintNo: '投诉编号',
  customer: '客户',
  product: '产品',
  model: '型号/规格',
  batch: '批号',
  symptom: '问题描述',
  owner: '负责人',
  date: '日期',
  page: { before: '第 ', middle: ' 页 / 共 ', after: ' 页' },
  disciplines: {
    d0: 'D0 准备与紧急响应', d1: 'D1 成立小组', d2: 'D2 问题描述', d3: 'D3 临时遏制措施', d4: 'D4 根本原因分析',
    d5: 'D5 永久纠正措施', d6: 'D6 实施与效果验证', d7: 'D7 预防再发生', d8: 'D8 结案与团队表彰',
  },
  d0: { symptom: '问题现象', emergencyResponse: '紧急响应措施', needed: '需要紧急响应' },
  d1: { name: '姓名', department: '部门', role: '职责', roles: { leader: '组长', champion: '倡导者', member: '组员' } },
  d2: {
    what: '什么问题 (What)', who: '谁发现 (Who)', when: '何时 (When)', where: '何地 (Where)', why: '为何是问题 (Why)',
    how: '如何发现 (How)', howMany: '多少 (How many)', spec: '规格要求', actual: '实际状况', statement: '问题陈述', photos: '问题照片',
    isNotTitle: '是 / 不是 分析', dimension: '维度', is: '是', isNot: '不是',
    dims: { what: '对象', where: '地点', when: '时间', howMuch: '程度' },
  },
  d3: {
    location: '地点', na: '不适用', checkedQty: '检查数量', badQty: '不良数量', method: '方法', cleanPoint: '合格品标识（断点）',
    locations: { customer: '客户处', transit: '在途', warehouse: '成品仓库', wip: '在制品', supplier: '供应商' },
  },
  d4: {
    kinds: { occurrence: '发生原因', escape: '流出原因' }, description: '原因', category: '鱼骨图类别', status: '状态',
    verification: '验证', whys: '5-Why 分析', why: (n: number) => `为什么 ${n}`,
    statuses: { verified: '已验证', hypothesis: '假设' },
    fishbone: { man: '人', machine: '机', material: '料', method: '法', measurement: '测', environment: '环' },
  },
  actions: {
    title: '措施', owner: '负责人', due: '完成期限', status: '状态', verification: '验证', cause: '针对原因', doneOn: '完成日期',
    cutIn: '切入批次/日期', evidence: '证据', result: '效果', none: '（无）',
    statuses: { open: '未开始', inProgress: '进行中', done: '已完成', verified: '已验证', cancelled: '已取消' },
  },
  d5: { notes: '说明' },
  d6: { containmentRemoved: '已解除临时遏制措施', containmentRemovedOn: '解除日期', notes: '说明' },
  d7: {
    pfmea: 'PFMEA 已更新', controlPlan: '控制计划已更新', workInstructions: '作业指导书已更新', inspectionStandard: '检验标准已更新',
    lateral: '横向展开（类似产品/产线）', lessons: '经验教训',
  },
  d8: { closureCriteria: '结案标准', recognition: '团队表彰', closedOn: '结案日期' },
  signatures: {
    title: '签字', slots: { prepared: '编制', reviewed: '审核', approved: '批准' }, name: '姓名', role: '职务', at: '签署时间',
    meaning: '签署含义', hash: '内容摘要', state: '状态', valid: '有效', stale: '内容已修改，签字失效', wetInk: '手写签字', wetDate: '日期',
  },
  yes: '是', no: '否',
  record: {
    intake: '受理信息', channel: '投诉渠道', receivedAt: '接收时间', receivedBy: '接收人',
    customerInfo: '客户信息', customerName: '客户名称', company: '公司', contactPerson: '联系人', phone: '电话', email: '邮箱', customerType: '客户类型', address: '地址',
    productInfo: '产品信息', productName: '产品名称', serialNo: '序列号', orderNo: '订单号', orderQty: '订单数量', shippedQty: '发货数量',
    shipDate: '发货日期', purchaseDate: '购买日期', purchaseChannel: '购买渠道', proof: '有购买凭证',
    details: '投诉内容', occurredOn: '发生日期', location: '发生地点', environment: '使用环境', recurring: '重复发生', customerActions: '客户已采取的措施', affectedQty: '涉及数量',
    demand: '客户诉求', demandNote: '诉求说明', evidence: '证据附件', receiver: '受理人', reviewer: '审核人',
    channels: { hotline: '热线电话', webForm: '网站表单', email: '电子邮件', socialMedia: '社交媒体', salesRep: '销售/经销商', letter: '信函', walkIn: '来访', other: '其他' } as Record<string, string>,
    customerTypes: { endUser: '终端用户', distributor: '经销商', oem: '主机厂/OEM', retailer: '零售商', other: '其他' } as Record<string, string>,
    demandKinds: { repair: '维修', replace: '换货', return: '退货', refund: '退款', compensation: '赔偿', other: '其他' } as Record<string, string>,
    purchaseChannels: { direct: '直销', distributor: '经销商', online: '网店', retail: '零售门店', other: '其他' } as Record<string, string>,
  },
} as const;
