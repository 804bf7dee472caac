/**
 * Word exports of the 8D report and of the complaint record form. The data is
 * read from the database at the moment of export (the saved, signed version);
 * the docx builders are loaded on demand so docx stays out of the main bundle.
 */
import { getDb } from '../../db/db';
import { loadExportData, type ExportData } from '../../db/repositories/eightd-export';
import { followUpsOf, eventsOf, type WorkflowComplaint } from '../../db/repositories/workflow-store';
import { ValidationError } from '../../domain/common/validation-error';
import { localDate } from '../../domain/calendar/zone';
import type { DocLang } from '../../documents/doc-format';
import type { RecordFormFacts } from '../../documents/record-form-model';
import { getPlatform } from '../../platform';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function docxParts() {
  return import('../../documents/docx-parts');
}

export async function exportEightDWord(complaintId: string, timeZone: string, lang: DocLang = 'zh-CN', now = Date.now()): Promise<string | null> {
  const data = await loadExportData(getDb(), complaintId);
  if (!data.report) throw new ValidationError([{ path: '', code: 'eightd.err.noEightD' }]);
  const [{ buildEightDReport, eightDFileName }, { docCompanyOf }] = await Promise.all([import('../../documents/eightd-report'), docxParts()]);
  const day = localDate(now, timeZone);
  const c = data.complaint as WorkflowComplaint;
  const bytes = await buildEightDReport({
    lang, complaint: { ...c, assessment: c.assessment }, report: data.report, company: docCompanyOf(data.company, data.logo), form: data.company.forms.eightD,
    photos: data.images, reportDate: day, timeZone,
  });
  const name = eightDFileName(data.complaint.number, data.complaint.customer.name, day);
  const outcome = await getPlatform().saveFile(name, bytes, DOCX_MIME);
  return outcome.saved ? name : null;
}

/** The record form's facts as saved now (the complaint, its 8D, the latest follow-up, the closing day). */
export async function loadRecordForm(complaintId: string, timeZone: string, lang: DocLang): Promise<{ data: ExportData; facts: RecordFormFacts }> {
  const data = await loadExportData(getDb(), complaintId);
  const c = data.complaint as WorkflowComplaint;
  const closed = c.status === 'closed' ? eventsOf(c).findLast((e) => e.to === 'closed')?.at : undefined;
  return {
    data,
    facts: {
      lang, complaint: c, prefix: data.company.forms.recordForm.prefix, timeZone, report: data.report,
      followUp: followUpsOf(c).at(-1), closedOn: closed ? localDate(Date.parse(closed), timeZone) : undefined,
    },
  };
}

export async function exportRecordForm(complaintId: string, timeZone: string, lang: DocLang = 'zh-CN', now = Date.now()): Promise<string | null> {
  const [{ data, facts }, { buildComplaintRecordForm, recordFormFileName }, { docCompanyOf }] = await Promise.all([
    loadRecordForm(complaintId, timeZone, lang), import('../../documents/complaint-record-form'), docxParts(),
  ]);
  const bytes = await buildComplaintRecordForm({ ...facts, company: docCompanyOf(data.company, data.logo), form: data.company.forms.recordForm, evidence: data.images });
  const name = recordFormFileName(data.complaint.number, data.complaint.customer.name, localDate(now, timeZone));
  const outcome = await getPlatform().saveFile(name, bytes, DOCX_MIME);
  return outcome.saved ? name : null;
}
