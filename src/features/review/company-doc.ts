/** The company block of a document the review feature writes (name, address, logo), read at the moment of export. */
import { getDb } from '../../db/db';
import { getPlantConfig } from '../../db/repositories/config';
import type { DocCompany } from '../../documents/docx-parts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function documentCompany(): Promise<DocCompany> {
  const [{ docCompanyOf }, config] = await Promise.all([import('../../documents/docx-parts'), getPlantConfig(getDb())]);
  const sha = config.company.logoSha256;
  const row = sha ? await getDb().attachments.get(sha) : undefined;
  const logo = row && row.type.startsWith('image/') ? new Uint8Array(await row.blob.arrayBuffer()) : null;
  return docCompanyOf(config.company, logo);
}
