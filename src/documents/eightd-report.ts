/**
 * The 8D report as a Word file: one section per discipline, photos embedded,
 * signature blocks. A pure function of saved data (the caller loads the saved
 * row and the photo bytes), so what is exported is what was saved and signed.
 */
import type { FileChild } from 'docx';
import type { Complaint } from '../domain/complaint/record';
import type { AttachmentRef } from '../domain/complaint/schema';
import { listOf } from '../domain/eightd/keyed';
import { CONTAINMENT_LOCATIONS, IS_NOT_DIMENSIONS, SIGNATURE_SLOTS, type Action, type ActionDiscipline, type EightD } from '../domain/eightd/schema';
import { currentSignatures, signatureState } from '../domain/eightd/signature';
import { buildDocument, fieldsTable, fileNamePart, gridTable, heading, para, photo, signatureTable, toBytes, type HeaderInfo } from './docx-parts';
import { PERSON_ROLE_ZH, ZH } from './labels-zh';

export interface ReportComplaint {
  number: string;
  customer: Pick<Complaint['customer'], 'name'> & Partial<Complaint['customer']>;
  product: Pick<Complaint['product'], 'name' | 'model' | 'batchNo'> & Partial<Complaint['product']>;
  details: Pick<Complaint['details'], 'symptom'> & Partial<Complaint['details']>;
}

export interface EightDReportInput {
  complaint: ReportComplaint;
  report: EightD;
  company: { name: string; address?: string; phone?: string };
  logo?: Uint8Array | null;
  /** Bytes of the D2 photos by SHA-256; a missing one is named instead of shown. */
  photos: Record<string, Uint8Array>;
}

const yn = (b: boolean) => (b ? ZH.yes : ZH.no);
const num = (n: number | null) => (n === null ? '' : String(n));

export function eightDFileName(number: string, customer: string, day: string): string {
  return `8D-${fileNamePart(number)}-${fileNamePart(customer)}-${day.replace(/-/g, '')}.docx`;
}

export function headerFor(complaint: ReportComplaint, company: string, title: string, logo?: Uint8Array | null): HeaderInfo {
  const product = [complaint.product.name, complaint.product.model].filter(Boolean).join(' ');
  return { company, title, number: complaint.number, customer: complaint.customer.name, product, logo: logo ?? null };
}

function ownerLine(d: { owner: string; date: string }): FileChild {
  return para(`${ZH.owner}：${d.owner || '—'}    ${ZH.date}：${d.date || '—'}`, { size: 18 });
}

function actionsTable(r: EightD, discipline: ActionDiscipline): FileChild[] {
  const A = ZH.actions;
  const list = listOf(r.actions).filter((a) => a.discipline === discipline);
  if (list.length === 0) return [para(A.none)];
  const causes = new Map(listOf(r.d4.causes).map((c) => [c.id, c.description]));
  const base = (a: Action) => [a.title, a.owner, a.due, A.statuses[a.status], a.verification];
  if (discipline === 'd5') return [gridTable([A.title, A.cause, A.owner, A.due, A.status, A.verification], list.map((a) => [a.title, causes.get(a.causeId) ?? '', ...base(a).slice(1)]))];
  if (discipline === 'd6') {
    return [gridTable([A.title, A.owner, A.due, A.doneOn, A.cutIn, A.evidence, A.result], list.map((a) => [a.title, a.owner, a.due, a.doneOn, a.cutIn, a.evidence, a.result]))];
  }
  return [gridTable([A.title, A.owner, A.due, A.status, A.verification], list.map(base))];
}

function d2Section(input: EightDReportInput): FileChild[] {
  const d = input.report.d2;
  const L = ZH.d2;
  const out: FileChild[] = [
    fieldsTable([
      [L.what, d.what], [L.who, d.who], [L.when, d.when], [L.where, d.where], [L.why, d.why], [L.how, d.how], [L.howMany, d.howMany, 'wide'],
      [L.spec, d.spec], [L.actual, d.actual], [L.statement, d.statement, 'wide'],
    ]),
    para(L.isNotTitle, { bold: true }),
    gridTable([L.dimension, L.is, L.isNot], IS_NOT_DIMENSIONS.map((k) => [L.dims[k], d.isNot[k].is, d.isNot[k].isNot])),
  ];
  const photos = Object.values(d.photos).filter((p): p is AttachmentRef => p !== null);
  if (photos.length) out.push(para(L.photos, { bold: true }));
  photos.forEach((p, i) => {
    const bytes = input.photos[p.sha256];
    out.push(...(bytes ? photo(bytes, `${L.photos} ${i + 1}：${p.name}`) : [para(`${L.photos} ${i + 1}：${p.name}`)]));
  });
  return out;
}

function d4Section(r: EightD): FileChild[] {
  const L = ZH.d4;
  const out: FileChild[] = [];
  for (const kind of ['occurrence', 'escape'] as const) {
    const causes = listOf(r.d4.causes).filter((c) => c.kind === kind);
    out.push(para(L.kinds[kind], { bold: true }));
    if (causes.length === 0) out.push(para(ZH.actions.none));
    for (const c of causes) {
      out.push(fieldsTable([
        [L.description, c.description, 'wide'], [L.category, L.fishbone[c.category]], [L.status, L.statuses[c.status]],
        [L.verification, c.verification, 'wide'],
        ...listOf(c.whys).map((w, i) => [L.why(i + 1), w.text, 'wide'] as const),
      ]));
    }
  }
  return out;
}

function body(input: EightDReportInput): FileChild[] {
  const r = input.report;
  const c = input.complaint;
  const D = ZH.disciplines;
  const sigs = currentSignatures(r.signatures);
  return [
    para(ZH.eightdTitle, { bold: true, size: 36, center: true }),
    fieldsTable([
      [ZH.complaintNo, c.number], [ZH.customer, c.customer.name], [ZH.product, c.product.name], [ZH.model, c.product.model],
      [ZH.batch, c.product.batchNo], [ZH.symptom, c.details.symptom, 'wide'],
    ]),
    heading(D.d0), ownerLine(r.d0),
    fieldsTable([[ZH.d0.symptom, r.d0.symptom, 'wide'], [ZH.d0.emergencyResponse, r.d0.emergencyResponse, 'wide'], [ZH.d0.needed, yn(r.d0.needed)]]),
    heading(D.d1), ownerLine(r.d1),
    gridTable([ZH.d1.name, ZH.d1.department, ZH.d1.role], listOf(r.d1.members).map((m) => [m.name, m.department, ZH.d1.roles[m.role]])),
    heading(D.d2), ownerLine(r.d2), ...d2Section(input),
    heading(D.d3), ownerLine(r.d3),
    gridTable(
      [ZH.d3.location, ZH.d3.checkedQty, ZH.d3.badQty, ZH.d3.method, ZH.owner, ZH.date],
      CONTAINMENT_LOCATIONS.map((k) => {
        const l = r.d3.locations[k];
        return l.na ? [ZH.d3.locations[k], ZH.d3.na, '', '', '', ''] : [ZH.d3.locations[k], num(l.checkedQty), num(l.badQty), l.method, l.owner, l.date];
      }),
    ),
    fieldsTable([[ZH.d3.cleanPoint, r.d3.cleanPoint, 'wide']]),
    ...actionsTable(r, 'd3'),
    heading(D.d4), ownerLine(r.d4), ...d4Section(r),
    heading(D.d5), ownerLine(r.d5), ...actionsTable(r, 'd5'), fieldsTable([[ZH.d5.notes, r.d5.notes, 'wide']]),
    heading(D.d6), ownerLine(r.d6), ...actionsTable(r, 'd6'),
    fieldsTable([[ZH.d6.containmentRemoved, yn(r.d6.containmentRemoved)], [ZH.d6.containmentRemovedOn, r.d6.containmentRemovedOn], [ZH.d6.notes, r.d6.notes, 'wide']]),
    heading(D.d7), ownerLine(r.d7),
    fieldsTable([
      [ZH.d7.pfmea, yn(r.d7.pfmea)], [ZH.d7.controlPlan, yn(r.d7.controlPlan)], [ZH.d7.workInstructions, yn(r.d7.workInstructions)],
      [ZH.d7.inspectionStandard, yn(r.d7.inspectionStandard)], [ZH.d7.lateral, r.d7.lateral, 'wide'], [ZH.d7.lessons, r.d7.lessons, 'wide'],
    ]),
    ...actionsTable(r, 'd7'),
    heading(D.d8), ownerLine(r.d8),
    fieldsTable([[ZH.d8.closureCriteria, r.d8.closureCriteria, 'wide'], [ZH.d8.recognition, r.d8.recognition, 'wide'], [ZH.d8.closedOn, r.d8.closedOn]]),
    heading(ZH.signatures.title),
    signatureTable(SIGNATURE_SLOTS.map((slot) => {
      const s = sigs[slot];
      return {
        slot: ZH.signatures.slots[slot], name: s?.name ?? '', role: s ? (PERSON_ROLE_ZH[s.role] ?? s.role) : '', at: s?.at ?? '', meaning: s?.meaning ?? '', hash: s?.hash ?? '',
        state: s ? ZH.signatures[signatureState(s, r)] : '',
      };
    })),
  ];
}

export async function buildEightDReport(input: EightDReportInput): Promise<Uint8Array> {
  const doc = buildDocument(headerFor(input.complaint, input.company.name, ZH.eightdTitle, input.logo), body(input));
  return toBytes(doc);
}
