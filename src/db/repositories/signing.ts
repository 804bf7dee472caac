/**
 * Signing and verifying with people's own keys. The key is unlocked by the
 * person's password just before signing (WebCrypto, so never inside a Dexie
 * transaction); the repositories then check the fresh signature against the
 * enrolments this station believes before they store it.
 */
import type { AppDB, Person } from '../app-db';
import { ValidationError } from '../../domain/common/validation-error';
import { unwrapPrivateKey, signBytes, WrongPasswordError } from '../../domain/auth/keys';
import {
  believedEnrolments,
  statementBytes,
  verifyStatement,
  type Enrolment,
  type SignatureProof,
  type SignatureVerdict,
  type SignedStatement,
} from '../../domain/auth/statements';
import { getSetting } from './station';

export interface Signer {
  personId: string;
  keyId: string;
  privateKey: CryptoKey;
}

export const TRUST_ROOTS_KEY = 'trustRoots';

export async function trustRoots(db: AppDB): Promise<Set<string>> {
  return new Set((await getSetting<string[]>(db, TRUST_ROOTS_KEY)) ?? []);
}

export function enrolmentsOf(p: Pick<Person, 'enrolments'>): Enrolment[] {
  return Object.values(p.enrolments ?? {}).filter((e): e is Enrolment => !!e);
}

/** Every enrolment of every person that chains to a root this station trusts. */
export async function believedEnrolmentsIn(db: AppDB, extra: readonly Person[] = []): Promise<Enrolment[]> {
  const people = new Map((await db.people.toArray()).map((p) => [p.id, p]));
  for (const p of extra) people.set(p.id, p);
  return believedEnrolments([...people.values()].flatMap(enrolmentsOf), await trustRoots(db));
}

function refuse(code: string, path = 'password'): never {
  throw new ValidationError([{ path, code }]);
}

/** The person's signing key, unlocked by their password (about a quarter of a second, by design). */
export async function unlockSigner(db: AppDB, personId: string, password: string): Promise<Signer> {
  const person = await db.people.get(personId);
  const credential = person?.credential;
  if (!person || !credential || person.deletedAt) refuse('auth.err.noAccount', '');
  if (!person.active) refuse('auth.err.disabled', '');
  try {
    const privateKey = await unwrapPrivateKey(credential.wrapped, password);
    return { personId, keyId: credential.keyId, privateKey };
  } catch (e) {
    if (e instanceof WrongPasswordError) refuse('auth.err.wrongPassword');
    throw e;
  }
}

export type StatementDraft = Omit<SignedStatement, 'personId' | 'keyId' | 'role'>;

/**
 * Signs a statement as the signer, in the role the people table gives them now,
 * and checks the result as any station would. A key this station does not
 * believe (unenrolled, disabled, replaced by a reset) signs nothing.
 */
export async function signAs(db: AppDB, signer: Signer, draft: StatementDraft): Promise<{ statement: SignedStatement; proof: SignatureProof; person: Person }> {
  const person = await db.people.get(signer.personId);
  if (!person || !person.active) refuse('auth.err.disabled', '');
  const statement: SignedStatement = { ...draft, personId: person.id, keyId: signer.keyId, role: person.role };
  const proof: SignatureProof = { keyId: signer.keyId, sig: await signBytes(signer.privateKey, statementBytes(statement)) };
  const verdict = await verifyStatement(statement, proof, await believedEnrolmentsIn(db));
  if (verdict.state !== 'valid') refuse('auth.err.keyNotEnrolled', '');
  return { statement, proof, person };
}

/** Verdicts for many signatures at once, against one reading of the enrolments. */
export async function verifyAll(db: AppDB, items: readonly { statement: SignedStatement; proof: SignatureProof | undefined }[]): Promise<SignatureVerdict[]> {
  const believed = await believedEnrolmentsIn(db);
  return Promise.all(items.map((i) => verifyStatement(i.statement, i.proof, believed)));
}
