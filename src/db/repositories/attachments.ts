/**
 * Evidence files, content-addressed by SHA-256. The hash is computed before the
 * transaction (WebCrypto must not be awaited inside one); a file already stored
 * is not stored again. Attachments are immutable.
 */
import type { AppDB, StoredAttachment } from '../app-db';
import { isAllowedAttachmentType, MAX_ATTACHMENT_BYTES } from '../../domain/complaint/vocab';
import type { AttachmentRef } from '../../domain/complaint/schema';
import { ValidationError } from '../../domain/common/validation-error';

/** SHA-256 in hex with WebCrypto (fast for 50 MB videos); never inside a transaction. */
export async function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256OfBlob(blob: Blob): Promise<string> {
  return sha256OfBytes(new Uint8Array(await blob.arrayBuffer()));
}

export function checkAttachmentFile(file: { name: string; size: number; type: string }): string | null {
  if (file.size > MAX_ATTACHMENT_BYTES) return 'validation.attachmentTooLarge';
  if (!isAllowedAttachmentType(file.type)) return 'validation.attachmentType';
  return null;
}

export async function storeAttachment(db: AppDB, file: File, now = new Date()): Promise<AttachmentRef> {
  const problem = checkAttachmentFile(file);
  if (problem) throw new ValidationError([{ path: 'attachments', code: problem }]);
  const sha256 = await sha256OfBlob(file);
  const createdAt = now.toISOString();
  const row: StoredAttachment = { sha256, name: file.name, type: file.type, size: file.size, blob: file, createdAt };
  await db.transaction('rw', db.attachments, async () => {
    if (!(await db.attachments.get(sha256))) await db.attachments.add(row);
  });
  return { sha256, name: file.name, type: file.type, size: file.size, addedAt: createdAt };
}
