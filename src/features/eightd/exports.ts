/**
 * Word exports of the 8D report and of the complaint record form. The data is
 * read from the database at the moment of export (the saved, signed version);
 * the docx builders are loaded on demand so docx stays out of the main bundle.
 */
import { getDb } from '../../db/db';
import { loadExportData } from '../../db/repositories/eightd-export';
import { ValidationError } from '../../domain/common/validation-error';
import { localDate } from '../../domain/calendar/zone';
import { getPlatform } from '../../platform';
import { formatInstant } from '../../ui/format';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function exportEightDWord(complaintId: string, timeZone: string, now = Date.now()): Promise<string | null> {
  const data = await loadExportData(getDb(), complaintId);
  if (!data.report) throw new ValidationError([{ path: '', code: 'eightd.err.noEightD' }]);
  const { buildEightDReport, eightDFileName } = await import('../../documents/eightd-report');
  const bytes = await buildEightDReport({ complaint: data.complaint, report: data.report, company: data.company, logo: data.logo, photos: data.images });
  const name = eightDFileName(data.complaint.number, data.complaint.customer.name, localDate(now, timeZone));
  const outcome = await getPlatform().saveFile(name, bytes, DOCX_MIME);
  return outcome.saved ? name : null;
}

export async function exportRecordForm(complaintId: string, timeZone: string, now = Date.now()): Promise<string | null> {
  const data = await loadExportData(getDb(), complaintId);
  const { buildComplaintRecordForm, recordFormFileName } = await import('../../documents/complaint-record-form');
  const bytes = await buildComplaintRecordForm({
    complaint: data.complaint, company: data.company, logo: data.logo, evidence: data.images,
    receivedAtText: formatInstant(data.complaint.receivedAt, timeZone),
  });
  const name = recordFormFileName(data.complaint.number, data.complaint.customer.name, localDate(now, timeZone));
  const outcome = await getPlatform().saveFile(name, bytes, DOCX_MIME);
  return outcome.saved ? name : null;
}
