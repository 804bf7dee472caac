/**
 * The complaint record form (产品质量投诉记录表) as a Word file: every field of the
 * procedure's form, from receipt to closing, with evidence photos and signature
 * cells. Filled from the saved complaint and, where they exist, its 8D and follow-up.
 */
import type { FileChild } from 'docx';
import { buildDocument, fieldsTable, fileNamePart, heading, para, photoGrid, signatureCells, title, toBytes, type DocCompany } from './docx-parts';
import type { DocFormSettings } from './eightd-report';
import { common } from './labels-common';
import { recordFormModel, type RecordFormFacts } from './record-form-model';

export interface RecordFormInput extends Omit<RecordFormFacts, 'prefix'> {
  company: DocCompany;
  form?: DocFormSettings;
  evidence: Record<string, Uint8Array>;
}

export function recordFormFileName(number: string, customer: string, day: string): string {
  return `投诉记录表-${fileNamePart(number)}-${fileNamePart(customer)}-${day.replace(/-/g, '')}.docx`;
}

export async function buildComplaintRecordForm(input: RecordFormInput): Promise<Uint8Array> {
  const m = recordFormModel({ ...input, prefix: input.form?.prefix });
  const form = input.form ?? { formNo: '', revision: '', prefix: '' };
  const children: FileChild[] = [title(m.title)];
  for (const s of m.sections) children.push(heading(s.heading), fieldsTable(s.pairs));
  children.push(heading(m.evidenceHeading));
  if (m.images.length + m.others.length === 0) children.push(para(common(m.lang).none));
  if (m.images.length) children.push(...photoGrid(m.images.map((x) => ({ bytes: input.evidence[x.sha256], caption: x.caption })), m.lang));
  m.others.forEach((x) => children.push(para(x)));
  children.push(heading(m.signaturesHeading), signatureCells(m.signatures, m.lang));
  return toBytes(buildDocument({ lang: m.lang, company: input.company, form, title: m.title, number: m.number }, children));
}
