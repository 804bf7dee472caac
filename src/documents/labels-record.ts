/** The complaint record form's wording (产品质量投诉记录表) in the document's language. */
import type { DocLang } from './doc-format';

const zh = {
  title: '产品质量投诉记录表',
  intake: '受理信息', number: '投诉编号', channel: '投诉渠道', receivedAt: '接收时间', receivedBy: '接收人',
  customerInfo: '客户信息', customerName: '客户名称', customerCompany: '客户单位', contactPerson: '联系人', phone: '电话', email: '邮箱', customerType: '客户类型', address: '地址',
  productInfo: '产品信息', productName: '产品名称', model: '型号/规格', batch: '批号', serialNo: '序列号', orderNo: '订单号', orderQty: '订单数量', shippedQty: '发货数量',
  shipDate: '发货日期', purchaseDate: '购买日期', purchaseChannel: '购买渠道', proof: '有购买凭证',
  details: '投诉内容', occurredOn: '发生日期', location: '发生地点', environment: '使用环境', symptom: '问题描述', recurring: '重复发生', customerActions: '客户已采取的措施', affectedQty: '涉及数量',
  demand: '客户诉求', demandNote: '诉求说明', evidence: '证据附件',
  handling: '调查与处理', assessment: '初步评估', causeJudgement: '初步原因判定', handlingOpinion: '处理意见', department: '责任部门',
  result: '处理结果', followUp: '跟踪验证/回访', closedOn: '结案日期', satisfaction: (n: number) => `满意度 ${n}/5`,
  signatures: '签字', receiver: '受理人', reviewer: '审核人', approver: '批准',
  channels: { hotline: '热线电话', webForm: '网站表单', email: '电子邮件', socialMedia: '社交媒体', salesRep: '销售/经销商', letter: '信函', walkIn: '来访', other: '其他' } as Record<string, string>,
  customerTypes: { endUser: '终端用户', distributor: '经销商', oem: '主机厂/OEM', retailer: '零售商', other: '其他' } as Record<string, string>,
  demandKinds: { repair: '维修', replace: '换货', return: '退货', refund: '退款', compensation: '赔偿', other: '其他' } as Record<string, string>,
  purchaseChannels: { direct: '直销', distributor: '经销商', online: '网店', retail: '零售门店', other: '其他' } as Record<string, string>,
  genuineness: { genuine: '属实', misunderstanding: '误解', suspectedMalicious: '疑似恶意' } as Record<string, string>,
  severities: { cosmetic: '外观缺陷', functional: '功能失效', performance: '性能不达标', safety: '安全隐患' } as Record<string, string>,
  categories: {
    quality_design: '质量-设计', quality_manufacturing: '质量-制造', quality_assembly: '质量-装配', quality_material: '质量-材料',
    quality_packaging: '质量-包装', quality_performance: '质量-纯度/性能', service: '服务', delivery: '交付', documents: '单证资料',
    transport: '运输/包装破损', other: '其他',
  } as Record<string, string>,
  grades: { general: '一般', important: '重要', serious: '严重', urgent: '紧急' } as Record<string, string>,
  departments: { quality: '质量部', marketing: '市场部' } as Record<string, string>,
  list: '、',
};

export type RecordLabels = typeof zh;

const en: RecordLabels = {
  title: 'Product Quality Complaint Record',
  intake: 'Receipt', number: 'Complaint no.', channel: 'Channel', receivedAt: 'Received at', receivedBy: 'Received by',
  customerInfo: 'Customer', customerName: 'Customer', customerCompany: "Customer's company", contactPerson: 'Contact', phone: 'Telephone', email: 'E-mail', customerType: 'Customer type', address: 'Address',
  productInfo: 'Product', productName: 'Product name', model: 'Model/spec.', batch: 'Batch', serialNo: 'Serial no.', orderNo: 'Order no.', orderQty: 'Order qty', shippedQty: 'Shipped qty',
  shipDate: 'Ship date', purchaseDate: 'Purchase date', purchaseChannel: 'Purchase channel', proof: 'Proof of purchase',
  details: 'Complaint', occurredOn: 'Occurred on', location: 'Where', environment: 'Use environment', symptom: 'Problem', recurring: 'Recurring', customerActions: 'Customer actions so far', affectedQty: 'Qty affected',
  demand: 'Customer demand', demandNote: 'Demand details', evidence: 'Evidence',
  handling: 'Investigation and handling', assessment: 'Preliminary assessment', causeJudgement: 'Initial cause judgement', handlingOpinion: 'Handling opinion', department: 'Responsible department',
  result: 'Result', followUp: 'Follow-up', closedOn: 'Closed on', satisfaction: (n: number) => `satisfaction ${n}/5`,
  signatures: 'Signatures', receiver: 'Received by', reviewer: 'Reviewed by', approver: 'Approved by',
  channels: { hotline: 'Hotline', webForm: 'Web form', email: 'E-mail', socialMedia: 'Social media', salesRep: 'Sales rep/distributor', letter: 'Letter', walkIn: 'Walk-in', other: 'Other' },
  customerTypes: { endUser: 'End user', distributor: 'Distributor', oem: 'OEM', retailer: 'Retailer', other: 'Other' },
  demandKinds: { repair: 'Repair', replace: 'Replace', return: 'Return', refund: 'Refund', compensation: 'Compensation', other: 'Other' },
  purchaseChannels: { direct: 'Direct', distributor: 'Distributor', online: 'Online shop', retail: 'Retail store', other: 'Other' },
  genuineness: { genuine: 'Genuine', misunderstanding: 'Misunderstanding', suspectedMalicious: 'Suspected malicious' },
  severities: { cosmetic: 'Cosmetic defect', functional: 'Functional failure', performance: 'Performance out of spec', safety: 'Safety hazard' },
  categories: {
    quality_design: 'Quality – design', quality_manufacturing: 'Quality – manufacturing', quality_assembly: 'Quality – assembly', quality_material: 'Quality – material',
    quality_packaging: 'Quality – packaging', quality_performance: 'Quality – purity/performance', service: 'Service', delivery: 'Delivery', documents: 'Documents',
    transport: 'Transport/packaging damage', other: 'Other',
  },
  grades: { general: 'General', important: 'Important', serious: 'Serious', urgent: 'Urgent' },
  departments: { quality: 'Quality', marketing: 'Marketing' },
  list: ', ',
};

export function recordLabels(lang: DocLang): RecordLabels {
  return lang === 'zh-CN' ? zh : en;
}
