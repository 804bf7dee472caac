/**
 * Loads what the Word exports print, from the database as saved: never from
 * form state. Photos and the company logo are read as bytes here, so the
 * document builders stay pure functions of data.
 */
import type { AppDB } from '../app-db';
import type { Complaint } from '../../domain/complaint/record';
import type { AttachmentRef } from '../../domain/complaint/schema';
import { ValidationError } from '../../domain/common/validation-error';
import type { EightD } from '../../domain/eightd/schema';
import { openActions, type OpenAction } from '../../domain/eightd/actions';
import { restoreEightD } from '../../domain/eightd/report';
import { getEightD } from './eightd';
import { getPlantConfig } from './config';
import type { Company } from '../../domain/config/company';

export interface ExportData {
  complaint: Complaint;
  report: EightD | undefined;
  company: Company;
  logo: Uint8Array | null;
  /** Bytes of the D2 photos and of the complaint's image evidence, by SHA-256. */
  images: Record<string, Uint8Array>;
}

async function bytesOf(db: AppDB, shas: string[]): Promise<Record<string, Uint8Array>> {
  const rows = await db.attachments.bulkGet(shas);
  const out: Record<string, Uint8Array> = {};
  for (const row of rows) if (row && row.type.startsWith('image/')) out[row.sha256] = new Uint8Array(await row.blob.arrayBuffer());
  return out;
}

export async function loadExportData(db: AppDB, complaintId: string): Promise<ExportData> {
  const complaint = await db.complaints.get(complaintId);
  if (!complaint) throw new ValidationError([{ path: 'complaintId', code: 'validation.notFound' }]);
  const report = await getEightD(db, complaintId);
  const config = await getPlantConfig(db);
  const refs = (m: Record<string, AttachmentRef | null>) => Object.values(m).flatMap((a) => (a ? [a.sha256] : []));
  const shas = [...refs(complaint.attachments), ...(report ? refs(report.d2.photos) : [])];
  const images = await bytesOf(db, shas);
  const logo = config.company.logoSha256 ? ((await bytesOf(db, [config.company.logoSha256]))[config.company.logoSha256] ?? null) : null;
  return { complaint, report, company: config.company, logo, images };
}

/**
 * Open and overdue 8D actions of every complaint (optionally of one person, by id), for "my work"
 * and the overdue view. A scan of the eightD table: one row per complaint that has an 8D, far fewer
 * than complaints, and an action's due date lives inside the row where no index reaches it.
 */
export async function listOpenActions(db: AppDB, today: string, ownerId?: string): Promise<OpenAction[]> {
  const rows = await db.eightD.toArray();
  return rows.filter((r) => !r.deletedAt).flatMap((r) => openActions(restoreEightD(r as EightD), today, ownerId));
}
