/**
 * Filled sample inputs for the document builders: a complaint, its 8D with
 * photos, and the company. Used by `npm run docs:sample`, the bench and tests.
 */
import type { Complaint } from '../domain/complaint/record';
import type { AttachmentRef } from '../domain/complaint/schema';
import { sampleEightD } from '../domain/eightd/sample';
import { sha256Hex } from '../domain/common/sha256';
import type { EightDReportInput } from './eightd-report';
import type { RecordFormInput } from './complaint-record-form';
import { makePng } from './sample-images';

export function sampleComplaint(attachments: AttachmentRef[] = []): Complaint {
  return {
    id: '01SAMPLECOMPLAINT000000001', number: 'QA1-2026-0042', station: 'QA1', status: 'eightD',
    createdAt: '2026-11-20T02:00:00.000Z', createdBy: '王客服', updatedAt: '2026-11-20T02:00:00.000Z', updatedBy: '王客服',
    searchTokens: [], _clocks: {}, channel: 'hotline', receivedAt: '2026-11-20T02:00:00.000Z', receivedBy: '王客服',
    customer: { name: '华东精密机械有限公司', company: '华东精密机械有限公司', contactPerson: '王磊', phone: '13812345678', email: 'wang@example.com', type: 'oem', address: '上海市浦东新区张江路 88 号' },
    product: {
      name: '液压泵', model: 'HP-200', batchNo: '20261101', serialNo: '', orderNo: 'PO-2026-118', orderQty: 200, shippedQty: 200,
      shipDate: '2026-11-05', purchaseDate: '', purchaseChannel: 'direct', hasProofOfPurchase: true,
    },
    details: { occurredOn: '2026-11-18', location: '客户装配线', environment: '室内常温', symptom: '泵体接合面漏油', recurring: false, customerActions: '已隔离该批次剩余库存', affectedQty: 12 },
    demand: { kinds: ['replace', 'compensation'], note: '更换不良品并承担停线损失' },
    shippedOverOrderConfirmed: false,
    attachments: Object.fromEntries(attachments.map((a) => [a.sha256, a])),
  } as Complaint;
}

export function samplePhotos(count: number, width = 1200, height = 900): { refs: AttachmentRef[]; bytes: Record<string, Uint8Array> } {
  const refs: AttachmentRef[] = [];
  const bytes: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    const png = makePng(width, height, i);
    const sha256 = sha256Hex(png);
    refs.push({ sha256, name: `现场照片-${i + 1}.png`, type: 'image/png', size: png.length, addedAt: '2026-11-21T02:00:00.000Z' });
    bytes[sha256] = png;
  }
  return { refs, bytes };
}

export function sampleReportInput(photoCount = 5): EightDReportInput {
  const { refs, bytes } = samplePhotos(photoCount);
  const complaint = sampleComplaint();
  return { complaint, report: sampleEightD(complaint.id, refs), company: { name: '示例机械制造有限公司' }, logo: makePng(240, 64, 3), photos: bytes };
}

export function sampleRecordFormInput(): RecordFormInput {
  const { refs, bytes } = samplePhotos(2, 800, 600);
  return { complaint: sampleComplaint(refs), company: { name: '示例机械制造有限公司' }, logo: makePng(240, 64, 3), receivedAtText: '2026-11-20 10:00', evidence: bytes };
}
