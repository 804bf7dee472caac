/**
 * Filled sample inputs for the document builders: a company with name and logo,
 * a complaint, its 8D with photos, a signed return slip and a refusal letter.
 * Used by `npm run docs:sample`, the bench and the document tests.
 */
import { buildSurveyForm, surveyFormFileName } from './survey-form';
import { buildReviewReport, reviewReportFileName, type ReviewReportInput } from './review-report';
import * as echarts from 'echarts';
import { reviewCharts } from '../domain/review/chart-options';
import { reportChartSvgs } from '../domain/review/chart-svg';
import { computeReview } from '../domain/review/compute';
import { periodBounds } from '../domain/review/period';
import { FIXTURE_NOW, REVIEW_FIXTURE } from '../domain/review/review-fixture';
import { createWorkCalendar } from '../domain/calendar/work-calendar';
import { DEFAULT_SURVEY_ITEMS } from '../domain/workflow/survey';
import type { Complaint } from '../domain/complaint/record';
import type { AttachmentRef } from '../domain/complaint/schema';
import { sampleEightD } from '../domain/eightd/sample';
import { contentHash } from '../domain/eightd/signature';
import type { EightD } from '../domain/eightd/schema';
import { sha256Hex } from '../domain/common/sha256';
import { approval, receipt, requestWorth } from '../domain/returns/test-fixtures';
import type { DocLang } from './doc-format';
import type { DocCompany } from './docx-parts';
import { buildEightDReport, eightDFileName, type DocFormSettings, type EightDReportInput } from './eightd-report';
import { buildComplaintRecordForm, recordFormFileName, type RecordFormInput } from './complaint-record-form';
import { buildReturnSlipDocx } from './return-slip';
import { buildRefusalLetterDocx, type RefusalLetterData } from './refusal-letter';
import { slipModel, type SlipModel } from './return-slip-parts';
import { makePng } from './sample-images';

export const SAMPLE_COMPANY: DocCompany = {
  name: '示例机械制造有限公司', nameEn: 'Example Machinery Manufacturing Co., Ltd.', address: '浙江省杭州市余杭区工业园路 18 号',
  phone: '0571-8888 6666', fax: '0571-8888 6667', website: 'www.example-machinery.cn', logo: makePng(240, 80, 3),
};

export const SAMPLE_FORMS: Record<'eightD' | 'recordForm' | 'returnSlip' | 'refusalLetter', DocFormSettings> = {
  eightD: { formNo: 'QR-8.5-03', revision: 'A/0', prefix: '8D-' },
  recordForm: { formNo: 'QR-8.2-01', revision: 'A/1', prefix: '' },
  returnSlip: { formNo: 'QR-8.3-05', revision: 'B/0', prefix: '' },
  refusalLetter: { formNo: 'QR-8.3-06', revision: 'A/0', prefix: '' },
};

const CAPTIONS = ['泵体接合面渗油位置', '端盖螺栓扭矩实测 18 N·m', '密封圈压痕不均匀', '不良品隔离区', '保压试验台'];

export function sampleComplaint(attachments: AttachmentRef[] = []): Complaint {
  return {
    id: '01SAMPLECOMPLAINT000000001', number: 'QA1-2026-0042', station: 'QA1', status: 'eightD',
    createdAt: '2026-11-20T02:00:00.000Z', createdBy: '王客服', updatedAt: '2026-11-20T02:00:00.000Z', updatedBy: '王客服',
    searchTokens: [], _clocks: {}, channel: 'hotline', receivedAt: '2026-11-20T02:00:00.000Z', receivedBy: '王客服',
    customer: { name: '华东精密机械有限公司', company: '华东精密机械有限公司 采购部', contactPerson: '王磊', phone: '13812345678', email: 'wang@example.com', type: 'oem', address: '上海市浦东新区张江路 88 号' },
    product: {
      name: '液压泵', model: 'HP-200', batchNo: '20261101', serialNo: '', orderNo: 'PO-2026-118', orderQty: 200, shippedQty: 200,
      shipDate: '2026-11-05', purchaseDate: '', purchaseChannel: 'direct', hasProofOfPurchase: true,
    },
    details: { occurredOn: '2026-11-18', location: '客户装配线', environment: '室内常温', symptom: '泵体接合面漏油', recurring: false, customerActions: '已隔离该批次剩余库存', affectedQty: 12 },
    demand: { kinds: ['replace', 'compensation'], note: '更换不良品并承担停线损失' },
    shippedOverOrderConfirmed: false,
    department: 'quality',
    assessment: { genuineness: 'genuine', severity: 'functional', urgency: 'high', category: 'quality_assembly', grade: 'important', at: '2026-11-20T03:00:00.000Z', by: '张工' },
    attachments: Object.fromEntries(attachments.map((a) => [a.sha256, a])),
  } as Complaint;
}

export function samplePhotos(count: number, width = 1200, height = 900): { refs: AttachmentRef[]; bytes: Record<string, Uint8Array> } {
  const refs: AttachmentRef[] = [];
  const bytes: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    const png = makePng(width, height, i);
    const sha256 = sha256Hex(png);
    refs.push({ sha256, name: `IMG_2026112${i}.png`, type: 'image/png', size: png.length, addedAt: '2026-11-21T02:00:00.000Z', caption: CAPTIONS[i % CAPTIONS.length] });
    bytes[sha256] = png;
  }
  return { refs, bytes };
}

/** The sample report signed by its preparer and reviewer over its current content. */
export function signedReport(r: EightD): EightD {
  const hash = contentHash(r);
  const sig = (n: number, slot: 'prepared' | 'reviewed', name: string, role: string, at: string, meaning: string) =>
    [`01SIG0000000000000000000${n}`, { id: `01SIG0000000000000000000${n}`, slot, name, role, personId: '', at, timeZone: 'Asia/Shanghai', meaning, hash }] as const;
  return { ...r, signatures: Object.fromEntries([sig(1, 'prepared', '张工', '质量工程师', '2026-12-08T16:00:00+08:00', '编制本报告'), sig(2, 'reviewed', '刘经理', '质量经理', '2026-12-08T17:30:00+08:00', '审核同意')]) };
}

export function sampleReportInput(photoCount = 5, lang: DocLang = 'zh-CN'): EightDReportInput {
  const { refs, bytes } = samplePhotos(photoCount);
  const complaint = sampleComplaint();
  return {
    lang, complaint, report: signedReport(sampleEightD(complaint.id, refs)), company: SAMPLE_COMPANY, form: SAMPLE_FORMS.eightD,
    photos: bytes, reportDate: '2026-12-08', timeZone: 'Asia/Shanghai',
  };
}

export function sampleRecordFormInput(lang: DocLang = 'zh-CN'): RecordFormInput {
  const { refs, bytes } = samplePhotos(2, 800, 600);
  const complaint = sampleComplaint(refs);
  return {
    lang, complaint, company: SAMPLE_COMPANY, form: SAMPLE_FORMS.recordForm, timeZone: 'Asia/Shanghai', evidence: bytes,
    report: sampleEightD(complaint.id, []), followUp: { at: '2026-12-15T02:00:00.000Z', satisfaction: 5, comment: '客户对处理结果满意', by: '王客服' }, closedOn: '2026-12-15',
  };
}

/** A 2,500 CNY return approved by the marketing manager and the general manager, received and judged. */
export function sampleSlip(lang: DocLang = 'zh-CN'): SlipModel {
  const request = requestWorth(250_000);
  const line = request.lines[0];
  if (line) {
    Object.assign(line, { productName: '电容器', unit: '只' });
    request.lines.push({ ...line, id: 'L2', productNo: 'CD-220', productName: '薄膜电容器', spec: '22x40', batch: 'B2603', productionDate: '2026-02-11', shipDate: '2026-02-20', defect: '引脚氧化', reason: '来料检验发现引脚发黑', qtyShipped: 500, qtyRequested: 20, unitPriceFen: 1_250 });
  }
  return slipModel(
    {
      request: { ...request, trackingNo: 'SF1234567890123', deliveryNoteNo: 'DN-2026-0088' },
      submittedAt: '2026-12-01T01:00:00Z',
      decision: { kind: 'accept', note: '' },
      approvals: [approval({ contentHash: 'a'.repeat(64) }), approval({ id: 'A2', role: 'generalManager', signerName: '王总', signerId: 'P-GM', contentHash: 'a'.repeat(64) })],
      receipt: receipt([{ lineId: 'L1', countedQty: 1, location: 'A-01', isolationTag: 'isolated' }, { lineId: 'L2', countedQty: 20, location: 'A-02', isolationTag: 'isolated' }]),
      disposition: { lines: [{ lineId: 'L1', actions: [{ kind: 'replace', qty: 1, replaceShipDate: '2026-03-12' }] }, { lineId: 'L2', actions: [{ kind: 'refund', qty: 20, refundFen: 25_000 }] }] },
      judgement: { judgedAt: '2026-03-06T10:00:00+08:00', judgedBy: '孙质检', lines: [{ lineId: 'L1', inspectedQty: 1, conformingQty: 0, nonconformingQty: 1, defectFound: '外壳开裂', responsibility: 'production', eightDRequired: true }, { lineId: 'L2', inspectedQty: 20, conformingQty: 0, nonconformingQty: 20, defectFound: '引脚氧化', responsibility: 'supplier', eightDRequired: false }] },
    },
    { number: 'RT-QA1-2026-0001', createdAt: '2026-12-01T01:00:00Z', createdBy: '陈客服', company: SAMPLE_COMPANY.name, timeZone: 'Asia/Shanghai', lang },
  );
}

export function sampleRefusal(lang: DocLang = 'zh-CN'): RefusalLetterData {
  return {
    lang, number: 'RT-QA1-2026-0002', customer: '华东电器有限公司', contact: '王工', orderNo: 'SO-2026-0101',
    products: ['CD-100 电容器（批号 B2601）× 10'], reason: 'pastShelfLife', note: '产品标签显示保质期至 2025年12月31日，退货申请日期为 2026年11月28日。',
    claimDate: '2026-11-28', date: '2026-12-08', contactPerson: '陈客服', contactPhone: '0571-8888 6666 转 802',
  };
}

/** Every document, built from the samples in one language: [file name, bytes]. */
/** September 2026 of the review's hand-worked fixture, with the meeting's actions and participants. */
export async function sampleReviewReport(lang: DocLang, toPng?: (svg: string, width: number, height: number) => Promise<Uint8Array>): Promise<ReviewReportInput> {
  const b = periodBounds({ kind: 'month', year: 2026, month: 9 }, 'Asia/Shanghai');
  if (!b.ok) throw new Error(b.code);
  const figures = computeReview(REVIEW_FIXTURE, b.value, {}, { zone: 'Asia/Shanghai', now: FIXTURE_NOW, calendar: createWorkCalendar(), satisfiedFrom: 4, surveyItems: DEFAULT_SURVEY_ITEMS });
  const zh = lang === 'zh-CN';
  const categories: Record<string, string> = zh
    ? { quality_manufacturing: '质量-制造', quality_material: '质量-材料', delivery: '交付', service: '服务', documents: '单证', transport: '运输/包装破损', '': '未评估' }
    : { quality_manufacturing: 'Quality - manufacturing', quality_material: 'Quality - material', delivery: 'Delivery', service: 'Service', documents: 'Documents', transport: 'Transport damage', '': 'Not assessed' };
  const departments: Record<string, string> = zh ? { dq: '质量部', dm: '市场部' } : { dq: 'Quality', dm: 'Marketing' };
  const chartWords = zh ? { count: '件数', cumulative: '累计占比', received: '收到', closed: '关闭' } : { count: 'Count', cumulative: 'Cumulative share', received: 'Received', closed: 'Closed' };
  // Node has no canvas: `toPng` (Chromium, node-svg-to-png.ts) makes the PNG fallback LibreOffice 7 shows;
  // without it the builder puts a white pixel there and only SVG readers (Word 2016+) show the chart.
  const svgs = reportChartSvgs(echarts, reviewCharts(figures, { category: (k) => categories[k] ?? k, ...chartWords }, 15));
  const charts: ReviewReportInput['charts'] = {};
  for (const [k, c] of Object.entries(svgs) as [keyof typeof svgs, (typeof svgs)[keyof typeof svgs]][]) charts[k] = { ...c, png: toPng ? await toPng(c.svg, c.width, c.height) : undefined };
  return {
    lang, company: SAMPLE_COMPANY, form: { formNo: 'QR-9.3-01', revision: 'A/0' }, period: b.value, preparedOn: '2026-10-12', timeZone: 'Asia/Shanghai', figures,
    names: { category: (k) => categories[k] ?? k, department: (k) => departments[k] ?? k },
    actions: zh ? '划伤问题：包装增加隔板，张三，10月31日前完成\n裂纹问题：供应商来料加严检验，李四，11月15日前完成' : 'Scratches: add separators to the packaging, Zhang San, by 31 Oct\nCracks: tightened incoming inspection, Li Si, by 15 Nov',
    charts,
    participants: zh ? '王总经理\n赵质量经理\n钱市场经理\n张三\n李四' : 'Wang (GM)\nZhao (QA manager)\nQian (marketing manager)\nZhang San\nLi Si',
  };
}

/** `toPng` draws the review report's charts as PNG (Node has no canvas); see sampleReviewReport. */
export async function sampleDocuments(lang: DocLang, toPng?: (svg: string, width: number, height: number) => Promise<Uint8Array>): Promise<[string, Uint8Array][]> {
  const suffix = lang === 'zh-CN' ? '' : '-en';
  const report = sampleReportInput(5, lang);
  const form = sampleRecordFormInput(lang);
  const day = '2026-12-08';
  const name = (n: string) => n.replace(/\.docx$/, `${suffix}.docx`);
  return [
    [name(eightDFileName(report.complaint.number, report.complaint.customer.name, day)), await buildEightDReport(report)],
    [name(recordFormFileName(form.complaint.number, form.complaint.customer.name, day)), await buildComplaintRecordForm(form)],
    [name('退货单-RT-QA1-2026-0001.docx'), await buildReturnSlipDocx(sampleSlip(lang), SAMPLE_COMPANY, SAMPLE_FORMS.returnSlip)],
    [name('拒赔函-RT-QA1-2026-0002.docx'), await buildRefusalLetterDocx(sampleRefusal(lang), SAMPLE_COMPANY, SAMPLE_FORMS.refusalLetter)],
    [name(reviewReportFileName({ from: '2026-09-01', to: '2026-09-30' }, 'zh-CN')), await buildReviewReport(await sampleReviewReport(lang, toPng))],
    [name(surveyFormFileName(form.complaint.number, 'zh-CN')), await buildSurveyForm({
      lang, company: SAMPLE_COMPANY, form: { formNo: 'QR-8.2-01', revision: 'A/0' },
      complaint: { number: form.complaint.number, customer: form.complaint.customer.name, product: form.complaint.product.name, receivedOn: '2026-11-20', symptom: form.complaint.details.symptom },
      items: lang === 'zh-CN' ? ['产品质量', '交付', '响应速度', '处理结果', '服务态度', '总体满意度'] : ['Product quality', 'Delivery', 'Response speed', 'Handling result', 'Service attitude', 'Overall'],
    })],
  ];
}
