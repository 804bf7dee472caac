/**
 * The complaint record form (产品质量投诉记录表) as a Word file, from the saved
 * complaint. Evidence images are embedded; other evidence is listed by name.
 */
import type { FileChild } from 'docx';
import type { Complaint } from '../domain/complaint/record';
import type { AttachmentRef } from '../domain/complaint/schema';
import { buildDocument, fieldsTable, fileNamePart, heading, para, photo, signatureTable, toBytes } from './docx-parts';
import { headerFor } from './eightd-report';
import { ZH } from './labels-zh';

export interface RecordFormInput {
  complaint: Complaint;
  company: { name: string };
  logo?: Uint8Array | null;
  /** "2026-11-20 10:00" in the station's zone: the caller formats it. */
  receivedAtText: string;
  evidence: Record<string, Uint8Array>;
}

export function recordFormFileName(number: string, customer: string, day: string): string {
  return `投诉记录表-${fileNamePart(number)}-${fileNamePart(customer)}-${day.replace(/-/g, '')}.docx`;
}

export async function buildComplaintRecordForm(input: RecordFormInput): Promise<Uint8Array> {
  const c = input.complaint;
  const R = ZH.record;
  const num = (n: number | null) => (n === null ? '' : String(n));
  const yn = (b: boolean) => (b ? ZH.yes : ZH.no);
  const evidence = Object.values(c.attachments).filter((a): a is AttachmentRef => a !== null);
  const children: FileChild[] = [
    para(ZH.recordTitle, { bold: true, size: 36, center: true }),
    heading(R.intake),
    fieldsTable([[ZH.complaintNo, c.number], [R.channel, R.channels[c.channel] ?? c.channel], [R.receivedAt, input.receivedAtText], [R.receivedBy, c.receivedBy]]),
    heading(R.customerInfo),
    fieldsTable([
      [R.customerName, c.customer.name], [R.company, c.customer.company], [R.contactPerson, c.customer.contactPerson], [R.phone, c.customer.phone],
      [R.email, c.customer.email], [R.customerType, R.customerTypes[c.customer.type] ?? c.customer.type], [R.address, c.customer.address, 'wide'],
    ]),
    heading(R.productInfo),
    fieldsTable([
      [R.productName, c.product.name], [ZH.model, c.product.model], [ZH.batch, c.product.batchNo], [R.serialNo, c.product.serialNo],
      [R.orderNo, c.product.orderNo], [R.orderQty, num(c.product.orderQty)], [R.shippedQty, num(c.product.shippedQty)], [R.shipDate, c.product.shipDate],
      [R.purchaseDate, c.product.purchaseDate], [R.purchaseChannel, c.product.purchaseChannel ? (R.purchaseChannels[c.product.purchaseChannel] ?? '') : ''],
      [R.proof, yn(c.product.hasProofOfPurchase)],
    ]),
    heading(R.details),
    fieldsTable([
      [R.occurredOn, c.details.occurredOn], [R.location, c.details.location], [R.environment, c.details.environment], [R.affectedQty, num(c.details.affectedQty)],
      [R.recurring, yn(c.details.recurring)], [ZH.symptom, c.details.symptom, 'wide'], [R.customerActions, c.details.customerActions, 'wide'],
    ]),
    heading(R.demand),
    fieldsTable([[R.demand, c.demand.kinds.map((k) => R.demandKinds[k] ?? k).join('、'), 'wide'], [R.demandNote, c.demand.note, 'wide']]),
    heading(R.evidence),
  ];
  if (evidence.length === 0) children.push(para(ZH.actions.none));
  evidence.forEach((a, i) => {
    const bytes = input.evidence[a.sha256];
    children.push(...(bytes && a.type.startsWith('image/') ? photo(bytes, `${i + 1}. ${a.name}`) : [para(`${i + 1}. ${a.name}`)]));
  });
  children.push(
    heading(ZH.signatures.title),
    signatureTable([R.receiver, R.reviewer].map((slot) => ({ slot, name: '', role: '', at: '', meaning: '', hash: '', state: '' }))),
  );
  return toBytes(buildDocument(headerFor(c, input.company.name, ZH.recordTitle, input.logo), children));
}
