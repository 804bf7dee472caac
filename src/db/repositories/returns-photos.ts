/**
 * Photos the warehouse attaches at receipt. Every file is checked (its bytes must
 * be an image) and hashed before the transaction; one transaction then stores the
 * new blobs and writes the refs into the return row through writeRecordInTx, so a
 * refused file writes nothing and an accepted one is stamped and audited.
 */
import type { AppDB, StoredAttachment } from '../app-db';
import { ValidationError } from '../../domain/common/validation-error';
import { checkReceiptPhoto, photoPlacementIssues, type Issue, type RequestStatus, type ReturnPhoto } from '../../domain/returns';
import { sha256OfBlob } from './attachments';
import { RETURN_DERIVED_FIELDS, toRequest, type StoredReturn } from './returns-row';
import { tablesForWrite, writeRecordInTx, type Actor } from './write-record';
import { authorize } from './authorize';
import type { Station } from './station';

/** Photos belong to the receipt: from approval (goods arriving) until QA has judged them. */
const PHOTO_STAGES: readonly RequestStatus[] = ['approved', 'received'];

function refuse(issues: readonly Issue[] | readonly { path: string; code: string }[]): never {
  throw new ValidationError(issues.map((i) => ({ path: Array.isArray(i.path) ? i.path.join('.') : String(i.path), code: i.code })));
}

function liveRow(current: StoredReturn | undefined): StoredReturn {
  if (!current || current.deletedAt) refuse([{ path: '', code: 'repo.notFound' }]);
  if (!PHOTO_STAGES.includes(current.status)) refuse([{ path: '', code: 'repo.wrongStage' }]);
  return current;
}

const livePhotos = (row: StoredReturn) => Object.values(row.attachments ?? {}).filter((p) => p !== null).length;

/**
 * Adds photos of the delivery (lineId undefined) or of one request line. All files
 * are refused together when any one is not an image, too large, or misplaced.
 */
export async function addReceiptPhotos(
  db: AppDB,
  station: Station,
  actor: Actor,
  id: string,
  files: readonly File[],
  lineId?: string,
  now = new Date(),
): Promise<StoredReturn> {
  await authorize(db, actor, 'return.receive');
  const before = liveRow((await db.returns.get(id)) as StoredReturn | undefined);
  const lineIds = toRequest(before).lines.map((l) => l.id);
  const issues: Issue[] = photoPlacementIssues(lineId, lineIds, livePhotos(before), files.length);
  const checked: { file: File; type: string; sha256: string }[] = [];
  for (const [i, file] of files.entries()) {
    const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
    const result = checkReceiptPhoto({ name: file.name, size: file.size, head }, i);
    if ('issues' in result) issues.push(...result.issues);
    else checked.push({ file, type: result.type, sha256: await sha256OfBlob(file) });
  }
  if (issues.length > 0) refuse(issues);
  const addedAt = now.toISOString();
  const refs: ReturnPhoto[] = checked.map(({ file, type, sha256 }) => ({ sha256, name: file.name, type, size: file.size, addedAt, addedBy: actor.name, ...(lineId ? { lineId } : {}) }));

  return db.transaction('rw', [...tablesForWrite(db, 'returns'), db.attachments], async () => {
    for (const { file, type, sha256 } of checked) {
      if (await db.attachments.get(sha256)) continue;
      const blob: StoredAttachment = { sha256, name: file.name, type, size: file.size, blob: file, createdAt: addedAt };
      await db.attachments.add(blob);
    }
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: 'receivePhoto',
      ignore: RETURN_DERIVED_FIELDS,
      next: (current) => {
        const row = liveRow(current);
        const attachments = { ...(row.attachments ?? {}) };
        for (const ref of refs) attachments[ref.sha256] = ref;
        return { ...row, attachments, updatedAt: addedAt, updatedBy: actor.name };
      },
    }, now.getTime());
    return row;
  });
}

/** Removes a photo from the return (a null at its key, so the removal syncs); the file stays, attachments are immutable. */
export async function removeReceiptPhoto(db: AppDB, station: Station, actor: Actor, id: string, sha256: string, now = new Date()): Promise<StoredReturn> {
  await authorize(db, actor, 'return.receive');
  return db.transaction('rw', tablesForWrite(db, 'returns'), async () => {
    const { row } = await writeRecordInTx<StoredReturn>(db, station, actor, {
      table: 'returns',
      id,
      action: 'removePhoto',
      ignore: RETURN_DERIVED_FIELDS,
      next: (current) => {
        const row = liveRow(current);
        if (!row.attachments?.[sha256]) return row;
        return { ...row, attachments: { ...row.attachments, [sha256]: null }, updatedAt: now.toISOString(), updatedBy: actor.name };
      },
    }, now.getTime());
    return row;
  });
}
