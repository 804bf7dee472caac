/**
 * Writes of the 8D report: open (create) it for a complaint, save one
 * discipline with its actions, remove an action, add a photo, sign. Every
 * write validates first (the same schemas and rules as the forms) and goes
 * through writeRecordInTx, so it is stamped for sync and audited.
 */
import { ulid } from 'ulid';
import type { AppDB } from '../app-db';
import type { AttachmentRef } from '../../domain/complaint/schema';
import { ValidationError, type FieldIssue } from '../../domain/common/validation-error';
import { sniffImage } from '../../domain/eightd/image';
import { newEightD, parseSignature, restoreEightD, withDiscipline, withoutAction } from '../../domain/eightd/report';
import { eightDIdFor, reopeningSchema, type Discipline, type EightD, type SignatureSlot } from '../../domain/eightd/schema';
import { contentHash, currentSignatures, eightDStatement, isApprovedAndLocked, isoWithOffset, signatureState } from '../../domain/eightd/signature';
import { signAs, type Signer } from './signing';
import { storeAttachment } from './attachments';
import { tablesForWrite, writeRecordInTx, type Actor } from './write-record';
import { authorize } from './authorize';
import type { Station } from './station';

const NOTHING_DERIVED: ReadonlySet<string> = new Set();

export async function getEightD(db: AppDB, complaintId: string): Promise<EightD | undefined> {
  const raw = await db.eightD.get(eightDIdFor(complaintId));
  return raw && !raw.deletedAt ? restoreEightD(raw as EightD) : undefined;
}

async function mustGet(db: AppDB, id: string): Promise<EightD> {
  const raw = await db.eightD.get(id);
  if (!raw) throw new ValidationError([{ path: '', code: 'validation.notFound' }]);
  return restoreEightD(raw as EightD);
}

/** The complaint's 8D, created on first open. */
export async function openEightD(db: AppDB, station: Station, actor: Actor, complaintId: string, now = new Date()): Promise<EightD> {
  await authorize(db, actor, 'eightd.edit');
  return db.transaction('rw', [...tablesForWrite(db, 'eightD'), db.complaints], async () => {
    if (!(await db.complaints.get(complaintId))) throw new ValidationError([{ path: 'complaintId', code: 'validation.notFound' }]);
    const existing = await getEightD(db, complaintId);
    if (existing) return existing;
    const { row } = await writeRecordInTx<EightD>(db, station, actor, {
      table: 'eightD', id: eightDIdFor(complaintId), action: 'eightd.create', ignore: NOTHING_DERIVED,
      next: (cur) => cur ?? newEightD(complaintId, now.toISOString(), actor.name),
    }, now.getTime());
    return row;
  });
}

/** Saves one discipline (and, for D3/D5/D6/D7, its actions). Bad input throws ValidationError; nothing is written. */
export async function saveDiscipline(
  db: AppDB, station: Station, actor: Actor, id: string, n: Discipline, value: unknown, actions?: readonly unknown[], now = new Date(),
): Promise<EightD> {
  await authorize(db, actor, 'eightd.edit');
  return db.transaction('rw', [...tablesForWrite(db, 'eightD'), db.attachments, db.people], async () => {
    const current = await mustGet(db, id);
    if (isApprovedAndLocked(current)) throw new ValidationError([{ path: '', code: 'auth.err.locked' }]);
    const linked = actions ? await withOwnerNames(db, actions) : undefined;
    const next = withDiscipline(current, n, value, linked, now.toISOString(), actor.name);
    if (n === 'd2') await checkPhotos(db, Object.values(next.d2.photos));
    const { row } = await writeRecordInTx<EightD>(db, station, actor, {
      table: 'eightD', id, action: `eightd.save.${n}`, ignore: NOTHING_DERIVED, next: () => next,
    }, now.getTime());
    return row;
  });
}

const ownerIdOf = (a: unknown): string => {
  const v = a && typeof a === 'object' ? (a as { ownerId?: unknown }).ownerId : undefined;
  return typeof v === 'string' ? v : '';
};

/**
 * An action's owner must be a person of this station's list (a deleted one is refused); the
 * printed name is then that person's, so the name on the report and the link never disagree.
 */
async function withOwnerNames(db: AppDB, actions: readonly unknown[]): Promise<unknown[]> {
  const ids = actions.map(ownerIdOf);
  const wanted = [...new Set(ids.filter(Boolean))];
  if (wanted.length === 0) return [...actions];
  const people = new Map((await db.people.bulkGet(wanted)).flatMap((p) => (p && !p.deletedAt ? [[p.id, p.name] as const] : [])));
  const issues: FieldIssue[] = [];
  const out = actions.map((a, i) => {
    const id = ids[i] ?? '';
    if (!id) return a;
    const name = people.get(id);
    if (name === undefined) issues.push({ path: `actions.${i}.ownerId`, code: 'eightd.err.unknownOwner' });
    return name === undefined ? a : { ...(a as object), owner: name };
  });
  if (issues.length) throw new ValidationError(issues);
  return out;
}

async function checkPhotos(db: AppDB, refs: (AttachmentRef | null)[]): Promise<void> {
  const wanted = refs.flatMap((r) => (r ? [r.sha256] : []));
  const found = await db.attachments.bulkGet(wanted);
  const missing = wanted.filter((_, i) => !found[i]);
  if (missing.length) throw new ValidationError(missing.map((sha) => ({ path: `photos.${sha}`, code: 'validation.attachmentMissing' })));
}

export async function removeAction(db: AppDB, station: Station, actor: Actor, id: string, actionId: string, now = new Date()): Promise<EightD> {
  await authorize(db, actor, 'eightd.edit');
  return db.transaction('rw', tablesForWrite(db, 'eightD'), async () => {
    const current = await mustGet(db, id);
    if (isApprovedAndLocked(current)) throw new ValidationError([{ path: '', code: 'auth.err.locked' }]);
    const { row } = await writeRecordInTx<EightD>(db, station, actor, {
      table: 'eightD', id, action: 'eightd.removeAction', ignore: NOTHING_DERIVED,
      next: () => withoutAction(current, actionId, now.toISOString(), actor.name),
    }, now.getTime());
    return row;
  });
}

/**
 * Stores an evidence photo after checking its bytes are an image (the name and
 * MIME type alone prove nothing). Read before any transaction.
 */
export async function storeEightDPhoto(db: AppDB, file: File, now = new Date()): Promise<AttachmentRef> {
  const head = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  const info = sniffImage(head);
  if (!info) throw new ValidationError([{ path: 'photos', code: 'eightd.err.notImage' }]);
  const ref = await storeAttachment(db, file, now);
  const type = info.kind === 'jpg' ? 'image/jpeg' : `image/${info.kind}`;
  return { ...ref, type };
}

export interface SignInput {
  slot: SignatureSlot;
  meaning: string;
}

/**
 * Adds a signature over the saved content, made with the signer's own key (the
 * UI re-asks the password). 'prepared' needs the 8D editing permission, review
 * and approval the signing permission. A slot already validly signed is refused;
 * a stale one may be signed again.
 */
export async function signEightD(db: AppDB, station: Station, actor: Actor, id: string, input: SignInput, signer: Signer, now = new Date()): Promise<EightD> {
  const person = await authorize(db, actor, input.slot === 'prepared' ? 'eightd.edit' : 'eightd.sign');
  if (signer.personId !== person.id) throw new ValidationError([{ path: '', code: 'auth.err.notAllowed' }]);
  const before = await mustGet(db, id);
  const existing = currentSignatures(before.signatures)[input.slot];
  if (existing && signatureState(existing, before) === 'valid') throw new ValidationError([{ path: 'slot', code: 'eightd.err.alreadySigned' }]);
  const draft = parseSignature({
    id: ulid(now.getTime()), slot: input.slot, name: person.name, role: person.role, personId: person.id,
    at: isoWithOffset(now.getTime(), station.timeZone), timeZone: station.timeZone, meaning: input.meaning, hash: contentHash(before), keyId: signer.keyId,
  });
  const { proof } = await signAs(db, signer, eightDStatement(id, draft));
  const sig = { ...draft, sig: proof.sig };
  return db.transaction('rw', tablesForWrite(db, 'eightD'), async () => {
    const current = await mustGet(db, id);
    if (contentHash(current) !== sig.hash) throw new ValidationError([{ path: '', code: 'eightd.err.changedWhileSigning' }]);
    const { row } = await writeRecordInTx<EightD>(db, station, actor, {
      table: 'eightD', id, action: 'eightd.sign', ignore: NOTHING_DERIVED,
      next: () => ({ ...current, signatures: { ...current.signatures, [sig.id]: sig } }),
    }, now.getTime());
    return row;
  });
}

/** Reopens an approved report for changes, with a reason; it stays open until approved again. */
export async function reopenEightD(db: AppDB, station: Station, actor: Actor, id: string, reason: string, now = new Date()): Promise<EightD> {
  await authorize(db, actor, 'eightd.sign');
  const reopening = reopeningSchema.safeParse({ at: isoWithOffset(now.getTime(), station.timeZone), by: actor.name, reason: reason.trim() });
  if (!reopening.success) throw new ValidationError([{ path: 'reason', code: 'validation.required' }]);
  return db.transaction('rw', tablesForWrite(db, 'eightD'), async () => {
    const current = await mustGet(db, id);
    if (!isApprovedAndLocked(current)) throw new ValidationError([{ path: '', code: 'eightd.err.notApproved' }]);
    const { row } = await writeRecordInTx<EightD>(db, station, actor, {
      table: 'eightD', id, action: 'eightd.reopen', ignore: NOTHING_DERIVED,
      next: () => ({ ...current, reopenings: { ...(current.reopenings ?? {}), [ulid(now.getTime())]: reopening.data } }),
    }, now.getTime());
    return row;
  });
}
