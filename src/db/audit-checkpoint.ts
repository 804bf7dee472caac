/**
 * Signed heads of this station's audit chain. The hash chain alone proves that
 * entries link; it cannot tell a rewritten history that was re-hashed from
 * scratch (and its recorded head moved along) from the real one. So the station
 * signs, with its own key (station-keys.ts), statements "my chain had `count`
 * entries ending at `head`" and keeps the newest in setting `audit.signedHead`:
 * at export (and each bundle carries it), after an import, and after every
 * verification that found the chain intact. Verification then checks the stored
 * chain against the signed head: the entry at that position must still carry
 * that hash. Nobody can move the signed head without the non-extractable key.
 *
 * Not backed up: a restored station has a new key and signs afresh.
 */
import type { AppDB } from './app-db';
import type { Json } from '../domain/merge/field-paths';
import { GENESIS_HASH } from '../domain/audit/audit-chain';
import { signBytes, verifyBytes } from '../domain/auth/keys';
import { ensureStationKey, ownStationPublicKey } from './repositories/station-keys';

export const SIGNED_HEAD_KEY = 'audit.signedHead';

export interface AuditHead {
  /** Hash of the station's last own entry (GENESIS_HASH for none). */
  head: string;
  /** How many own entries the chain had up to and including it. */
  count: number;
  /** The chain still carries the kept signed head where it was signed (absent: not read). */
  extendsSigned?: boolean;
}

export interface SignedAuditHead extends AuditHead {
  station: string;
  at: string;
  /** Ed25519 by the station key over signedHeadBytes. */
  signature: string;
}

/** What is signed: a fixed label, so the signature cannot be taken for any other statement. */
export function signedHeadBytes(h: Omit<SignedAuditHead, 'signature'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`complaint-desk/audit-head/1\n${h.station}\n${h.count}\n${h.head}\n${h.at}`);
}

/** Inside a read transaction over settings and audit: the head as recorded and the own entries it ends. */
export async function readAuditHeadInTx(db: AppDB, stationId: string): Promise<AuditHead> {
  const head = ((await db.settings.get('auditHead'))?.value as string | undefined) ?? GENESIS_HASH;
  const count = await db.audit.where('station').equals(stationId).count();
  const kept = await readSignedHead(db);
  let extendsSigned = true;
  if (kept && kept.station === stationId && kept.count > 0) {
    // Entries of one index key come in primary-key (writing) order.
    const at = kept.count > count ? undefined : await db.audit.where('station').equals(stationId).offset(kept.count - 1).first();
    extendsSigned = at?.hash === kept.head;
  }
  return { head, count, extendsSigned };
}

export async function readSignedHead(db: AppDB): Promise<SignedAuditHead | null> {
  const v = (await db.settings.get(SIGNED_HEAD_KEY))?.value as SignedAuditHead | undefined;
  return v && typeof v.head === 'string' && typeof v.signature === 'string' && Number.isSafeInteger(v.count) ? v : null;
}

/**
 * Signs `h` (read with readAuditHeadInTx) and keeps it, unless the kept one is
 * already further along. WebCrypto: outside any transaction.
 */
export async function signAuditHead(db: AppDB, stationId: string, h: AuditHead, now = new Date()): Promise<SignedAuditHead> {
  const kept = await readSignedHead(db);
  if (kept && kept.station === stationId && kept.count === h.count && kept.head === h.head) return kept;
  // A history that no longer carries what was signed is never signed over: the kept statement stays, and contradicts it.
  if (kept && kept.station === stationId && h.extendsSigned === false) return kept;
  const key = await ensureStationKey(db, now);
  const body = { station: stationId, head: h.head, count: h.count, at: now.toISOString() };
  const signed: SignedAuditHead = { ...body, signature: await signBytes(key.privateKey, signedHeadBytes(body)) };
  await db.transaction('rw', db.settings, async () => {
    const kept = await readSignedHead(db);
    // Nothing new to sign (or already further along): the kept statement stands, nothing is written.
    if (kept && kept.station === stationId && (kept.count > signed.count || (kept.count === signed.count && kept.head === signed.head))) return;
    await db.settings.put({ key: SIGNED_HEAD_KEY, value: signed as unknown as Json });
  });
  return signed;
}

/** Reads the head and signs it (at the end of a verification that found the chain intact). */
export async function signCurrentAuditHead(db: AppDB, stationId: string, now = new Date()): Promise<SignedAuditHead> {
  const h = await db.transaction('r', db.settings, db.audit, () => readAuditHeadInTx(db, stationId));
  return signAuditHead(db, stationId, h, now);
}

export async function verifySignedHead(publicKey: string, h: SignedAuditHead): Promise<boolean> {
  return verifyBytes(publicKey, signedHeadBytes({ station: h.station, head: h.head, count: h.count, at: h.at }), h.signature);
}

/**
 * What the chain must still show where this station last signed it: `invalid`
 * when the signed head is not this station's or does not verify with its key.
 */
export type CheckpointTarget = { kind: 'none' } | { kind: 'invalid' } | { kind: 'at'; count: number; head: string };

export async function readCheckpointTarget(db: AppDB, stationId: string): Promise<CheckpointTarget> {
  const signed = await readSignedHead(db);
  if (!signed) return { kind: 'none' };
  const own = await ownStationPublicKey(db);
  if (!own || signed.station !== stationId || !(await verifySignedHead(own.publicKey, signed))) return { kind: 'invalid' };
  return { kind: 'at', count: signed.count, head: signed.head };
}

/**
 * Judges this station's chain (walked by the caller: `count` entries, `atCount`
 * the entry at the signed position, `lastId` the newest) against the signed head:
 * null when it still carries the signed hash there, else the entry to name.
 */
export function checkpointBreak(target: CheckpointTarget, count: number, atCount: { id: string; hash: string } | null, lastId: string): string | null {
  if (target.kind === 'none') return null;
  if (target.kind === 'invalid') return '';
  if (target.count > count) return lastId;
  const at = target.count === 0 ? GENESIS_HASH : atCount?.hash;
  return at === target.head ? null : (atCount?.id ?? '');
}
