/**
 * The demo plant's people as real accounts: each has an Ed25519 key, an
 * enrolment signed by the demo plant's administrator, and a login with the
 * documented demo password (DEMO_PASSWORD).
 *
 * Why this is fast and still honest:
 * - The demo administrator is a trust root of this station, self-enrolled a
 *   year back, and enrols the others at the same instant: the demo's history
 *   (closures and approvals months ago) is signed by keys that were enrolled at
 *   the time, and verifies with the ordinary verify code.
 * - Every account has the same password, so the key that wraps their private
 *   keys is derived once (one PBKDF2 at the full 600,000 iterations, one salt)
 *   instead of once per account; each private key is encrypted under it with
 *   its own IV. Sharing the salt reveals nothing a shared password does not.
 *   Logging in as a demo person costs the ordinary PBKDF2 of a login.
 * Prepared before the write transaction (WebCrypto); pure rows come out.
 */
import { ulid } from 'ulid';
import type { Department, Person } from '../app-db';
import { deriveWrappingKey, generateKeyPairWrappedWith, signBytes } from '../../domain/auth/keys';
import { enrolmentBytes, enrolmentSchema, rootKey, type Enrolment, type UnsignedEnrolment } from '../../domain/auth/statements';
import { loginNameSchema } from '../../domain/auth/credentials';
import { isoWithOffset } from '../../domain/eightd/signature';
import { DEMO_PASSWORD, type DemoPerson } from '../../domain/demo/demo-plant';
import type { Signer } from './signing';

export interface DemoPeople {
  people: Person[];
  /** Signers by person index, for the demo's signatures. */
  signers: Signer[];
  /** `${personId}/${keyId}` of the demo administrator, to add to the station's trust roots. */
  root: string;
}

async function signed(by: Signer, e: UnsignedEnrolment): Promise<Enrolment> {
  return enrolmentSchema.parse({ ...e, sig: await signBytes(by.privateKey, enrolmentBytes(e)) });
}

/** Keys, enrolments and credentials for `people` (one of them the administrator), enrolled at `sinceMs`. */
export async function prepareDemoPeople(people: readonly DemoPerson[], departments: readonly Department[], sinceMs: number, timeZone: string): Promise<DemoPeople> {
  const adminIndex = people.findIndex((p) => p.role === 'admin');
  if (adminIndex < 0) throw new Error('the demo plant has no administrator');
  const wrapping = await deriveWrappingKey(DEMO_PASSWORD);
  const keys = await Promise.all(people.map(() => generateKeyPairWrappedWith(wrapping)));
  const ids = people.map((_, i) => ulid(sinceMs + i));
  const signers = keys.map((k, i): Signer => ({ personId: ids[i] as string, keyId: k.keyId, privateKey: k.privateKey }));
  const admin = signers[adminIndex] as Signer;
  const at = isoWithOffset(sinceMs, timeZone);
  const rows = await Promise.all(people.map(async (p, i): Promise<Person> => {
    const key = keys[i]!;
    const id = ids[i] as string;
    const enrolment = await signed(admin, {
      id: ulid(sinceMs + i), personId: id, keyId: key.keyId, publicKey: key.publicKey, role: p.role,
      login: loginNameSchema.parse(p.login), active: true, at, byPersonId: admin.personId, byKeyId: admin.keyId,
    });
    const departmentId = departments.find((d) => d.kind === p.departmentKind && !d.deletedAt)?.id ?? departments[0]?.id ?? '';
    return {
      id, _clocks: {}, deletedAt: null, name: p.name, departmentId, role: p.role, phone: '', email: '', active: true,
      login: p.login, enrolments: { [enrolment.id]: enrolment }, credential: { keyId: key.keyId, wrapped: key.wrapped, mustChange: false },
    };
  }));
  return { people: rows, signers, root: rootKey(admin.personId, admin.keyId) };
}
