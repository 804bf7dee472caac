/** The return slip's and the refusal letter's wording in the document's language. */
import type { DispositionKind, RefusalReason } from '../domain/returns';
import type { DocLang } from './doc-format';

const zh = {
  slipTitle: '退货单',
  info: { customer: '客户', contact: '联系人/电话', orderNo: '订单号', deliveryNoteNo: '送货单号', trackingNo: '客户退货运单号', returnType: '退货类型', freight: '运费承担', date: '申请日期', receipt: '仓库收货' },
  cols: { seq: '序号', product: '产品编号/名称/规格', spec: '规格', unit: '单位', batch: '批号/日期', defect: '缺陷/退货原因', requested: '申请数', received: '实收数', conforming: '合格数', nonconforming: '不合格数', responsibility: '责任', unitPrice: '单价(元)', amount: '金额(元)', disposition: '处置' },
  made: '生产', shipped: '发货',
  requestedFigures: '申请金额', settledProvisional: '（按申请数量，待收货后确定）',
  totalFigures: '结算金额（小写）', totalCapitals: '结算金额（大写）', refund: '退款合计', capitalsPrefix: '人民币',
  approvals: { title: '审批记录', role: '审批角色', name: '签字人', at: '签署时间', meaning: '意见', comment: '备注', signature: '签名' },
  signTitle: '签字',
  sign: { applicant: '申请人', reviewer: '审核人', warehouse: '仓库', qa: '质检', approver: '批准人', customerReceiver: '客户签收人' },
  returnType: { defectiveInUse: '使用不良', bulkReturn: '批量退货', repair: '返修', wrongShipment: '错发' } as Record<string, string>,
  freight: { customer: '客户承担', us: '我方承担', carrier: '承运方承担' } as Record<string, string>,
  role: { marketingManager: '市场部经理', generalManager: '总经理', qaEngineer: '质量工程师', customerService: '客服', warehouseClerk: '仓库管理员', qaManager: '质量经理', admin: '管理员' } as Record<string, string>,
  meaning: { approved: '批准', rejected: '不批准' } as Record<string, string>,
  disposition: { rework: '返工', repair: '返修', scrap: '报废', replace: '补货', refund: '退款', concession: '让步接收', returnToCustomer: '退回客户' } satisfies Record<DispositionKind, string>,
  responsibility: { production: '生产', inspectionMiss: '检验漏检', design: '设计', supplier: '供应商', transport: '运输', customerMisuse: '客户使用不当' } as Record<string, string>,
  packageCondition: { intact: '完好', damaged: '破损', wet: '受潮', opened: '已拆封' } as Record<string, string>,
  receiptLine: (at: string, by: string, condition: string) => `${at} ${by}，包装${condition}`,
  refusal: {
    title: '关于退货/索赔申请的答复函',
    reasons: {
      pastShelfLife: '经核查，贵方退回的产品已超过约定的保质期',
      pastWarranty: '经核查，贵方退回的产品已超过约定的质保期',
      notOurProduct: '经核对产品标识与出货记录，该产品并非我公司生产或销售的产品',
      conformsToContract: '经我公司检验，该产品符合双方合同及技术协议的要求',
      other: '经我公司核查，本次申请不符合退货/索赔条件',
    } satisfies Record<RefusalReason, string>,
    salutation: (customer: string, contact: string) => `${customer}${contact ? `\u3000${contact} 先生/女士` : ''}：`,
    opening: (date: string, orderNo: string, number: string) => `贵方于${date}就订单 ${orderNo} 提出的退货/索赔申请（我方编号 ${number}）已收悉。感谢贵方及时告知。涉及产品如下：`,
    decision: (reason: string) => `${reason}。根据双方合同及我公司退货管理规定，很遗憾，本次申请我公司不能予以受理。`,
    note: (note: string) => `补充说明：${note}`,
    next: '如贵方对上述结论有异议，请于收到本函之日起十五日内提供相关证明材料（如检验报告、照片、出货单据），我公司将予以复核；如需技术支持或协助分析使用中的问题，我公司也乐意提供帮助。',
    contact: (name: string, phone: string) => `联系人：${name || '\u3000\u3000\u3000\u3000'}\u3000\u3000电话：${phone || '\u3000\u3000\u3000\u3000'}`,
    thanks: '感谢贵方一直以来的支持与理解！',
    regards: '此致\n敬礼',
  },
};

export type ReturnsLabels = typeof zh;

const en: ReturnsLabels = {
  slipTitle: 'Return Slip',
  info: { customer: 'Customer', contact: 'Contact/phone', orderNo: 'Order no.', deliveryNoteNo: 'Delivery note no.', trackingNo: "Customer's tracking no.", returnType: 'Return type', freight: 'Freight paid by', date: 'Date', receipt: 'Received at warehouse' },
  cols: { seq: 'No.', product: 'Product no./name/spec.', spec: 'Spec.', unit: 'Unit', batch: 'Batch/dates', defect: 'Defect/reason', requested: 'Req.', received: 'Rec.', conforming: 'OK', nonconforming: 'NOK', responsibility: 'Responsibility', unitPrice: 'Unit price (CNY)', amount: 'Amount (CNY)', disposition: 'Disposition' },
  made: 'Made', shipped: 'Shipped',
  requestedFigures: 'Requested', settledProvisional: '(as requested, until the goods are received)',
  totalFigures: 'Settled (figures)', totalCapitals: 'Settled (Chinese capitals)', refund: 'Refund total', capitalsPrefix: '人民币',
  approvals: { title: 'Approvals', role: 'Role', name: 'Signed by', at: 'Signed', meaning: 'Decision', comment: 'Comment', signature: 'Signature' },
  signTitle: 'Signatures',
  sign: { applicant: 'Applicant', reviewer: 'Reviewer', warehouse: 'Warehouse', qa: 'Quality inspection', approver: 'Approver', customerReceiver: "Customer's receiver" },
  returnType: { defectiveInUse: 'Defective in use', bulkReturn: 'Bulk return', repair: 'Repair', wrongShipment: 'Wrong shipment' },
  freight: { customer: 'Customer', us: 'Us', carrier: 'Carrier' },
  role: { marketingManager: 'Marketing manager', generalManager: 'General manager', qaEngineer: 'QA engineer', customerService: 'Customer service', warehouseClerk: 'Warehouse clerk', qaManager: 'QA manager', admin: 'Administrator' },
  meaning: { approved: 'Approved', rejected: 'Rejected' },
  disposition: { rework: 'Rework', repair: 'Repair', scrap: 'Scrap', replace: 'Replace', refund: 'Refund', concession: 'Concession', returnToCustomer: 'Return to customer' },
  responsibility: { production: 'Production', inspectionMiss: 'Inspection miss', design: 'Design', supplier: 'Supplier', transport: 'Transport', customerMisuse: 'Customer misuse' },
  packageCondition: { intact: 'intact', damaged: 'damaged', wet: 'wet', opened: 'opened' },
  receiptLine: (at: string, by: string, condition: string) => `${at} ${by}, packaging ${condition}`,
  refusal: {
    title: 'Reply to your return / claim request',
    reasons: {
      pastShelfLife: 'Our check found that the goods returned are past the agreed shelf life',
      pastWarranty: 'Our check found that the goods returned are past the agreed warranty period',
      notOurProduct: 'Comparing the product marking with our shipping records, the goods were not made or sold by us',
      conformsToContract: 'Our inspection found that the goods conform to the contract and the technical agreement',
      other: 'Our check found that the request does not meet the conditions for a return or claim',
    },
    salutation: (customer: string, contact: string) => `Dear ${contact || 'Sir or Madam'}${customer ? ` (${customer})` : ''},`,
    opening: (date: string, orderNo: string, number: string) => `Thank you for your return / claim request of ${date} concerning order ${orderNo} (our reference ${number}). It concerns the following goods:`,
    decision: (reason: string) => `${reason}. Under our contract and our return procedure we are therefore sorry to inform you that we cannot accept this request.`,
    note: (note: string) => `Further details: ${note}`,
    next: 'If you disagree, please send us supporting evidence (inspection report, photos, shipping documents) within fifteen days of receiving this letter and we will review the case. We will also gladly help analyse any problem in use.',
    contact: (name: string, phone: string) => `Contact: ${name || '________'}    Telephone: ${phone || '________'}`,
    thanks: 'Thank you for your understanding and continued cooperation.',
    regards: 'Yours faithfully',
  },
};

export function returnsLabels(lang: DocLang): ReturnsLabels {
  return lang === 'zh-CN' ? zh : en;
}
