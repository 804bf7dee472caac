/**
 * The 8D report as a Word file, as Chinese plants send it to OEM customers: the
 * header block (numbers, customer, part, quantities, defect rate and PPM), D0–D8,
 * the signatures of this version and the customer's confirmation box. A pure
 * function of saved data; the caller loads the row, the photos and the company.
 */
import type { FileChild } from 'docx';
import type { Complaint } from '../domain/complaint/record';
import { currentSignatures, signatureState } from '../domain/eightd/signature';
import { reportVersion } from './eightd-version';

export { reportVersion };
import { SIGNATURE_SLOTS, type EightD } from '../domain/eightd/schema';
import { formatDate, formatDateTime, formatDay, type DocLang } from './doc-format';
import { buildDocument, fieldsTable, fileNamePart, heading, keepTogether, para, signatureBlock, title, toBytes, gridTable, type DocCompany } from './docx-parts';
import { sections } from './eightd-sections';
import { eightDLabels } from './labels-eightd';
import { roleLabel } from './labels-common';

export interface ReportComplaint {
  number: string;
  receivedAt?: string;
  customer: Pick<Complaint['customer'], 'name'> & Partial<Complaint['customer']>;
  product: Pick<Complaint['product'], 'name' | 'model' | 'batchNo'> & Partial<Complaint['product']>;
  details: Pick<Complaint['details'], 'symptom'> & Partial<Complaint['details']>;
  assessment?: { severity?: string } | undefined;
}

export interface DocFormSettings { formNo: string; revision: string; prefix: string }

export interface EightDReportInput {
  lang?: DocLang;
  complaint: ReportComplaint;
  report: EightD;
  company: DocCompany;
  form?: DocFormSettings;
  /** Bytes of the D2 photos by SHA-256; a missing one prints as unreadable. */
  photos: Record<string, Uint8Array>;
  /** YYYY-MM-DD: the day the report is issued. */
  reportDate: string;
  timeZone?: string;
}

export function eightDFileName(number: string, customer: string, day: string): string {
  return `8D-${fileNamePart(number)}-${fileNamePart(customer)}-${day.replace(/-/g, '')}.docx`;
}

function rate(defective: number | null | undefined, delivered: number | null | undefined): { pct: string; ppm: string } {
  if (!defective || !delivered) return { pct: '', ppm: '' };
  return { pct: `${((defective / delivered) * 100).toFixed(2)}%`, ppm: String(Math.round((defective / delivered) * 1_000_000)) };
}

function headerBlock(input: EightDReportInput, number: string, version: string): FileChild[] {
  const L = eightDLabels(input.lang ?? 'zh-CN').head;
  const lang = input.lang ?? 'zh-CN';
  const c = input.complaint;
  const r = input.report;
  const delivered = c.product.shippedQty ?? null;
  const defective = c.details.affectedQty ?? null;
  const q = rate(defective, delivered);
  const severity = c.assessment?.severity;
  return [
    fieldsTable([
      [L.number, number], [L.version, version],
      [L.status, L.statuses[r.d0.reportStatus ?? 'interim']], [L.severity, severity ? (L.severities[severity] ?? '') : ''],
      [L.openedOn, c.receivedAt ? formatDay(c.receivedAt, lang, input.timeZone) : ''], [L.reportedOn, formatDate(input.reportDate, lang)],
      [L.customer, c.customer.name], [L.customerRef, r.d0.customerRef ?? ''],
      [L.customerContact, [c.customer.contactPerson, c.customer.phone].filter(Boolean).join(' ')], [L.partNo, c.product.model],
      [L.partName, c.product.name], [L.drawingRev, r.d0.drawingRev ?? ''],
      [L.batch, c.product.batchNo], [L.delivered, delivered === null ? '' : String(delivered)],
      [L.defective, defective === null ? '' : String(defective)], [L.rate, q.pct ? `${q.pct}\u3000${L.ppm} ${q.ppm}` : ''],
      [L.symptom, c.details.symptom, 'wide'],
    ]),
  ];
}

function closing(input: EightDReportInput, versionText: string): FileChild[] {
  const lang = input.lang ?? 'zh-CN';
  const L = eightDLabels(lang);
  const r = input.report;
  const sigs = currentSignatures(r.signatures);
  const lines = SIGNATURE_SLOTS.map((slot) => {
    const s = sigs[slot];
    // A signature over other content than this version is not printed: the slot stays blank for a new one.
    const valid = s && signatureState(s, r) === 'valid' ? s : undefined;
    return { slot: L.signatures.slots[slot], name: valid?.name ?? '', role: valid ? roleLabel(valid.role, lang) : '', meaning: valid?.meaning ?? '', at: valid ? formatDateTime(valid.at, lang, valid.timeZone || input.timeZone) : '' };
  });
  const C = L.confirm;
  const verdict = r.d8.customerVerdict === 'accepted' ? `☑ ${C.accepted}` : r.d8.customerVerdict === 'notAccepted' ? `☑ ${C.notAccepted}` : C.box;
  return [
    signatureBlock(L.signatures.title, lines, lang, L.signatures.note(versionText)),
    keepTogether([
      heading(C.title),
      gridTable([C.name, C.date, C.verdict], [[r.d8.customerConfirmedBy || '\n\n', formatDate(r.d8.customerConfirmedOn ?? '', lang), verdict]], { widths: [3400, 2900, 3338] }),
    ]),
  ];
}

export async function buildEightDReport(input: EightDReportInput): Promise<Uint8Array> {
  const lang = input.lang ?? 'zh-CN';
  const L = eightDLabels(lang);
  const form = input.form ?? { formNo: '', revision: '', prefix: '' };
  const number = `${form.prefix}${input.complaint.number}`;
  const versionText = L.head.versionOf(reportVersion(input.report));
  const children: FileChild[] = [
    title(L.title),
    heading(L.head.title),
    ...headerBlock(input, number, versionText),
    ...sections(input.report, input.photos, lang),
    ...closing(input, versionText),
    para(''),
  ];
  return toBytes(buildDocument({ lang, company: input.company, form, title: L.title, number }, children));
}
