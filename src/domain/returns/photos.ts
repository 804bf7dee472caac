// Photos the warehouse takes at receipt: of the delivery as it arrived (package
// condition) or of one line's goods. Only real images are kept: the bytes are
// sniffed, so a file named photo.jpg that is not a picture is refused.
import { z } from 'zod';
import { attachmentRefSchema } from '../complaint/schema';
import { MAX_ATTACHMENT_BYTES } from '../complaint/vocab';
import { sniffImage, type ImageKind } from '../eightd/image';
import type { Issue } from './codes';

/** More than a clerk takes of one delivery; bounds the row and the sync bundle. */
export const MAX_RECEIPT_PHOTOS = 60;

export const returnPhotoSchema = attachmentRefSchema.extend({
  /** The request line the photo shows; absent for the delivery as a whole. */
  lineId: z.string().min(1).optional(),
  addedBy: z.string().max(100),
});
export type ReturnPhoto = z.infer<typeof returnPhotoSchema>;

export interface PhotoCandidate {
  name: string;
  size: number;
  /** The first bytes of the file (64 KiB is enough to find a JPEG's frame). */
  head: Uint8Array;
}

const MIME: Record<ImageKind, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', bmp: 'image/bmp' };

/** The MIME type the bytes prove, or the issues that refuse the file. */
export function checkReceiptPhoto(file: PhotoCandidate, index: number): { type: string } | { issues: Issue[] } {
  if (file.size > MAX_ATTACHMENT_BYTES) return { issues: [{ path: ['photos', index], code: 'photo.tooLarge' }] };
  const info = sniffImage(file.head);
  if (!info) return { issues: [{ path: ['photos', index], code: 'photo.notImage' }] };
  return { type: MIME[info.kind] };
}

/** Checks where new photos go: a known line (or the delivery) and within the count limit. */
export function photoPlacementIssues(lineId: string | undefined, lineIds: readonly string[], existing: number, adding: number): Issue[] {
  const issues: Issue[] = [];
  if (lineId !== undefined && !lineIds.includes(lineId)) issues.push({ path: ['lineId'], code: 'photo.unknownLine' });
  if (existing + adding > MAX_RECEIPT_PHOTOS) issues.push({ path: ['photos'], code: 'photo.tooMany' });
  return issues;
}
