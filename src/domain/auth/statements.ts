/**
 * What a signature signs, and how every station decides whether to believe it.
 *
 * A signature is an Ed25519 signature by the signer's own key over a statement:
 * who (person, key, role), what it means, when (with the zone), and the SHA-256
 * of the content signed. A person's keys and roles come from enrolments: records
 * an administrator signs when an account is created, a role changes, a password
 * is reset (new key) or an account is disabled. A station believes an enrolment
 * that chains, administrator by administrator, to a root it trusts (its first
 * administrator, or the one it joined under). A person's state at an instant is
 * their latest believed enrolment at or before it: so a disabled person's past
 * signatures stay valid and new ones are refused, and a reset password does not
 * void what the old key signed.
 */
import { z } from 'zod';
import { canonicalJson } from '../common/canonical-json';
import { PERSON_ROLES } from '../org/org';
import { verifyBytes } from './keys';

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(200);
const keyId = z.string().regex(/^[0-9a-f]{16}$/);
const instant = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(64);

export const enrolmentSchema = z.object({
  id,
  personId: id,
  keyId,
  publicKey: b64,
  role: z.enum(PERSON_ROLES),
  login: z.string().max(40),
  active: z.boolean(),
  at: instant,
  byPersonId: id,
  byKeyId: keyId,
  sig: b64,
});
export type Enrolment = z.infer<typeof enrolmentSchema>;
export type UnsignedEnrolment = Omit<Enrolment, 'sig'>;

export const signatureProofSchema = z.object({ keyId, sig: b64 });
export type SignatureProof = z.infer<typeof signatureProofSchema>;

export interface SignedStatement {
  personId: string;
  keyId: string;
  role: string;
  meaning: string;
  /** A comment or note that is part of what was signed (left out when absent). */
  note?: string;
  at: string;
  timeZone: string;
  /** What is signed: the table and row, and a slot where one row holds several signatures. */
  subject: { table: string; rowId: string; slot: string };
  contentHash: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

export function statementBytes(s: SignedStatement): Uint8Array<ArrayBuffer> {
  return utf8(canonicalJson({ v: 1, kind: 'signature', ...s }));
}

export function enrolmentBytes(e: UnsignedEnrolment): Uint8Array<ArrayBuffer> {
  const { id: _id, ...rest } = e;
  return utf8(canonicalJson({ v: 1, kind: 'enrolment', ...rest }));
}

const ms = (iso: string) => Date.parse(iso);

/** The enrolment in force for a person at an instant, among those given (sorted or not). */
export function stateAt(enrolments: readonly Enrolment[], personId: string, at: string): Enrolment | undefined {
  const t = ms(at);
  let best: Enrolment | undefined;
  for (const e of enrolments) {
    if (e.personId !== personId || ms(e.at) > t) continue;
    if (!best || ms(e.at) > ms(best.at) || (ms(e.at) === ms(best.at) && e.id > best.id)) best = e;
  }
  return best;
}

/** Roots are `${personId}/${keyId}` of administrators this station trusts without a signer. */
export function rootKey(personId: string, keyIdValue: string): string {
  return `${personId}/${keyIdValue}`;
}

/**
 * The enrolments this station believes. A root's self-enrolment is believed when
 * its key is a trusted root and its signature verifies; any other enrolment when
 * its signer was, at that instant, a believed active administrator holding the
 * signing key, and the signature verifies.
 */
export async function believedEnrolments(all: readonly Enrolment[], roots: ReadonlySet<string>): Promise<Enrolment[]> {
  const sorted = [...all].sort((a, b) => ms(a.at) - ms(b.at) || (a.id < b.id ? -1 : 1));
  const believed: Enrolment[] = [];
  const pending = new Set(sorted);
  let grew = true;
  while (grew && pending.size > 0) {
    grew = false;
    for (const e of [...pending]) {
      const self = e.byPersonId === e.personId && e.byKeyId === e.keyId;
      let signerKey: string | undefined;
      if (self && roots.has(rootKey(e.personId, e.keyId)) && e.role === 'admin' && e.active) signerKey = e.publicKey;
      else {
        const signer = stateAt(believed, e.byPersonId, e.at);
        if (signer && signer.active && signer.role === 'admin' && signer.keyId === e.byKeyId) signerKey = signer.publicKey;
      }
      if (!signerKey) continue;
      const { sig, ...unsigned } = e;
      pending.delete(e);
      if (await verifyBytes(signerKey, enrolmentBytes(unsigned), sig)) {
        believed.push(e);
        grew = true;
      }
    }
  }
  return believed;
}

export type SignatureVerdict =
  | { state: 'valid' }
  | { state: 'legacy' }
  | { state: 'invalid'; reason: 'unenrolled' | 'disabled' | 'wrongKey' | 'wrongRole' | 'badSignature' };

/** Checks a signature against the believed enrolments; a record without proof was signed before accounts existed. */
export async function verifyStatement(
  statement: SignedStatement,
  proof: SignatureProof | undefined,
  believed: readonly Enrolment[],
): Promise<SignatureVerdict> {
  if (!proof) return { state: 'legacy' };
  const holder = stateAt(believed, statement.personId, statement.at);
  if (!holder) return { state: 'invalid', reason: 'unenrolled' };
  if (!holder.active) return { state: 'invalid', reason: 'disabled' };
  if (holder.keyId !== proof.keyId || holder.keyId !== statement.keyId) return { state: 'invalid', reason: 'wrongKey' };
  if (holder.role !== statement.role) return { state: 'invalid', reason: 'wrongRole' };
  const ok = await verifyBytes(holder.publicKey, statementBytes(statement), proof.sig);
  return ok ? { state: 'valid' } : { state: 'invalid', reason: 'badSignature' };
}
