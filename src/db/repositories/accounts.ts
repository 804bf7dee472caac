/**
 * Accounts: a login, a password and a signing key for a person.
 *
 * The first administrator is created at the first start and becomes the root this
 * station trusts; every later account, role change, reset and disabling is an
 * enrolment signed by an administrator. The account (login, enrolments, and the
 * private key wrapped under the password) is part of the person row and travels
 * with it in bundles, which are encrypted by default; so a person logs in at any
 * station with the same login and password. Failed logins are counted per login
 * on this station only (settings), never synced.
 */
import { ulid } from 'ulid';
import type { AppDB, Person } from '../app-db';
import { parseOrThrow, ValidationError } from '../../domain/common/validation-error';
import { firstAdminSchema, loginNameSchema, newAccountSchema, newPasswordSchema, type FirstAdminInput, type NewAccountInput } from '../../domain/auth/credentials';
import { generateKeyPair, rewrapPrivateKey, signBytes, unwrapPrivateKey, WrongPasswordError, PBKDF2_ITERATIONS, type WrappedKey } from '../../domain/auth/keys';
import { enrolmentBytes, rootKey, stateAt, type Enrolment, type UnsignedEnrolment } from '../../domain/auth/statements';
import { afterFailure, afterSuccess, isLocked, NO_FAILURES, remainingLockMs, type LockoutState } from '../../domain/auth/lockout';
import type { PersonRole } from '../../domain/org/org';
import { isoWithOffset } from '../../domain/eightd/signature';
import { appendAuditInTx, tablesForWrite, writeRecordInTx, type Actor } from './write-record';
import { authorize } from './authorize';
import { believedEnrolmentsIn, enrolmentsOf, TRUST_ROOTS_KEY, trustRoots, type Signer } from './signing';
import type { Station } from './station';
import { markStart } from '../hooks/start-marks';

/** Tests may lower the stretching cost; the app always uses the full count. */
let iterations = PBKDF2_ITERATIONS;
export function setKeyIterationsForTests(n: number): void {
  iterations = n;
}

const NOTHING_DERIVED = new Set<string>();

function refuse(path: string, code: string): never {
  throw new ValidationError([{ path, code }]);
}

export const actorOf = (p: Pick<Person, 'id' | 'name'>): Actor => ({ id: p.id, name: p.name });

export async function accountsExist(db: AppDB): Promise<boolean> {
  return (await db.people.where('login').above('').count()) > 0;
}

async function loginTaken(db: AppDB, login: string, exceptId?: string): Promise<boolean> {
  return (await db.people.where('login').equals(login).filter((p) => p.id !== exceptId && !p.deletedAt).count()) > 0;
}

async function signEnrolment(by: Signer, e: UnsignedEnrolment): Promise<Enrolment> {
  return { ...e, sig: await signBytes(by.privateKey, enrolmentBytes(e)) };
}

function atIso(now: Date, station: Station): string {
  return isoWithOffset(now.getTime(), station.timeZone);
}

/** The first administrator of this station: a new person, a key, a self-signed enrolment, and the station's trust root. */
export async function createFirstAdministrator(db: AppDB, station: Station, input: FirstAdminInput, now = new Date()): Promise<{ person: Person; signer: Signer }> {
  const data = parseOrThrow(firstAdminSchema, input);
  if (await accountsExist(db)) refuse('', 'auth.err.adminExists');
  const key = await generateKeyPair(data.password, iterations);
  const id = ulid(now.getTime());
  const departments = await db.departments.toArray();
  const departmentId = (departments.find((d) => d.kind === 'management') ?? departments[0])?.id ?? '';
  const enrolment = await signEnrolment({ personId: id, keyId: key.keyId, privateKey: key.privateKey }, {
    id: ulid(now.getTime()), personId: id, keyId: key.keyId, publicKey: key.publicKey, role: 'admin', login: data.login, active: true,
    at: atIso(now, station), byPersonId: id, byKeyId: key.keyId,
  });
  const person = await db.transaction('rw', [...tablesForWrite(db, 'people')], async () => {
    if ((await db.people.where('login').above('').count()) > 0) refuse('', 'auth.err.adminExists');
    const roots = (((await db.settings.get(TRUST_ROOTS_KEY))?.value as string[] | undefined) ?? []);
    await db.settings.put({ key: TRUST_ROOTS_KEY, value: [...roots, rootKey(id, key.keyId)] });
    if (!(await db.settings.get('accountsSince'))) await db.settings.put({ key: 'accountsSince', value: now.toISOString() });
    const { row } = await writeRecordInTx<Person>(db, station, { id, name: data.name }, {
      table: 'people', id, action: 'account.createAdmin', ignore: NOTHING_DERIVED,
      next: () => ({
        id, _clocks: {}, deletedAt: null, name: data.name, departmentId, role: 'admin', phone: '', email: '', active: true,
        login: data.login, enrolments: { [enrolment.id]: enrolment }, credential: { keyId: key.keyId, wrapped: key.wrapped, mustChange: false },
      }),
    }, now.getTime());
    return row;
  });
  return { person, signer: { personId: id, keyId: key.keyId, privateKey: key.privateKey } };
}

async function enrolAndWrite(
  db: AppDB, station: Station, admin: Signer, person: Person, action: string,
  change: { role?: PersonRole; active?: boolean; login?: string; key?: { keyId: string; publicKey: string } },
  patch: Partial<Person>, now: Date,
): Promise<Person> {
  const adminRow = await authorize(db, { id: admin.personId, name: '' }, 'people.manage');
  const current = stateAt(enrolmentsOf(person), person.id, atIso(now, station));
  const keyId = change.key?.keyId ?? current?.keyId;
  const publicKey = change.key?.publicKey ?? current?.publicKey;
  if (!keyId || !publicKey) refuse('', 'auth.err.noAccount');
  const enrolment = await signEnrolment(admin, {
    id: ulid(now.getTime()), personId: person.id, keyId, publicKey,
    role: change.role ?? (person.role as PersonRole), login: change.login ?? person.login ?? '', active: change.active ?? person.active,
    at: atIso(now, station), byPersonId: admin.personId, byKeyId: admin.keyId,
  });
  const believed = await believedEnrolmentsIn(db, [{ ...person, enrolments: { ...person.enrolments, [enrolment.id]: enrolment } }]);
  if (!believed.some((e) => e.id === enrolment.id)) refuse('', 'auth.err.keyNotEnrolled');
  return db.transaction('rw', tablesForWrite(db, 'people'), async () => {
    const { row } = await writeRecordInTx<Person>(db, station, actorOf(adminRow), {
      table: 'people', id: person.id, action, ignore: NOTHING_DERIVED,
      next: (cur) => ({ ...(cur ?? person), ...patch, enrolments: { ...(cur?.enrolments ?? {}), [enrolment.id]: enrolment } }),
    }, now.getTime());
    return row;
  });
}

async function mustGetPerson(db: AppDB, id: string): Promise<Person> {
  const p = await db.people.get(id);
  if (!p || p.deletedAt) refuse('personId', 'validation.required');
  return p;
}

/** A login for an existing person: a key pair under the first password, enrolled by the administrator. */
export async function createAccount(db: AppDB, station: Station, admin: Signer, input: NewAccountInput, now = new Date()): Promise<Person> {
  const data = parseOrThrow(newAccountSchema, input);
  await authorize(db, { id: admin.personId, name: '' }, 'people.manage');
  const person = await mustGetPerson(db, data.personId);
  if (person.login) refuse('login', 'auth.err.hasAccount');
  if (await loginTaken(db, data.login, person.id)) refuse('login', 'auth.err.loginTaken');
  const key = await generateKeyPair(data.password, iterations);
  return enrolAndWrite(db, station, admin, person, 'account.create', { role: data.role, login: data.login, active: true, key }, {
    login: data.login, role: data.role, active: true, credential: { keyId: key.keyId, wrapped: key.wrapped, mustChange: true },
  }, now);
}

/**
 * A forgotten password: a new key under a temporary password, which the person
 * replaces at the next login. The old key stays enrolled for what it signed.
 */
export async function resetPassword(db: AppDB, station: Station, admin: Signer, personId: string, input: { password: string; confirm: string }, now = new Date()): Promise<Person> {
  const data = parseOrThrow(newPasswordSchema, input);
  const person = await mustGetPerson(db, personId);
  if (!person.login) refuse('', 'auth.err.noAccount');
  const key = await generateKeyPair(data.password, iterations);
  return enrolAndWrite(db, station, admin, person, 'account.resetPassword', { key }, {
    credential: { keyId: key.keyId, wrapped: key.wrapped, mustChange: true },
  }, now);
}

async function activeAdmins(db: AppDB): Promise<Person[]> {
  return db.people.filter((p) => !p.deletedAt && p.active && p.role === 'admin' && !!p.login).toArray();
}

export async function setAccountRole(db: AppDB, station: Station, admin: Signer, personId: string, role: PersonRole, now = new Date()): Promise<Person> {
  const person = await mustGetPerson(db, personId);
  if (person.role === 'admin' && role !== 'admin' && (await activeAdmins(db)).length <= 1) refuse('role', 'auth.err.lastAdmin');
  if (!person.login) refuse('', 'auth.err.noAccount');
  return enrolAndWrite(db, station, admin, person, 'account.role', { role }, { role }, now);
}

/** Disabling keeps the person and their past signatures; new logins and signatures are refused. */
export async function setAccountActive(db: AppDB, station: Station, admin: Signer, personId: string, active: boolean, now = new Date()): Promise<Person> {
  const person = await mustGetPerson(db, personId);
  if (!active && person.role === 'admin' && (await activeAdmins(db)).filter((p) => p.id !== personId).length === 0) refuse('active', 'auth.err.lastAdmin');
  if (!person.login) refuse('', 'auth.err.noAccount');
  return enrolAndWrite(db, station, admin, person, active ? 'account.enable' : 'account.disable', { active }, { active }, now);
}

/** The person's own new password: the same key, wrapped anew. */
export async function changeOwnPassword(db: AppDB, station: Station, personId: string, oldPassword: string, input: { password: string; confirm: string }, now = new Date()): Promise<Person> {
  const data = parseOrThrow(newPasswordSchema, input);
  const person = await mustGetPerson(db, personId);
  const credential = person.credential;
  if (!credential) refuse('', 'auth.err.noAccount');
  if (data.password === oldPassword) refuse('password', 'auth.err.samePassword');
  let wrapped: WrappedKey;
  try {
    wrapped = await rewrapPrivateKey(credential.wrapped, oldPassword, data.password, iterations);
  } catch (e) {
    if (e instanceof WrongPasswordError) refuse('oldPassword', 'auth.err.wrongPassword');
    throw e;
  }
  return db.transaction('rw', tablesForWrite(db, 'people'), async () => {
    const { row } = await writeRecordInTx<Person>(db, station, actorOf(person), {
      table: 'people', id: person.id, action: 'account.changePassword', ignore: NOTHING_DERIVED,
      next: (cur) => ({ ...(cur ?? person), credential: { keyId: credential.keyId, wrapped, mustChange: false } }),
    }, now.getTime());
    return row;
  });
}

export class LoginRefused extends ValidationError {
  readonly retryInMs: number;
  constructor(code: string, retryInMs = 0) {
    super([{ path: '', code }]);
    this.name = 'LoginRefused';
    this.retryInMs = retryInMs;
  }
}

export interface LoginResult {
  person: Person;
  signer: Signer;
  mustChange: boolean;
}

const lockoutKey = (login: string) => `lockout:${login}`;

async function sessionEvent(db: AppDB, station: Station, actor: Actor, action: string, rowId: string, nowMs: number, extra?: (() => Promise<void>)): Promise<void> {
  await db.transaction('rw', db.audit, db.settings, async () => {
    await extra?.();
    await appendAuditInTx(db, station, actor, { entity: 'session', rowId, action, changes: [] }, nowMs);
  });
}

/**
 * Checks a login and password and unlocks the person's signing key. Five wrong
 * passwords lock the login for five minutes; an unknown login is counted the same
 * way and refused with the same words, so the screen does not reveal who exists.
 */
export async function logIn(db: AppDB, station: Station, loginInput: string, password: string, now = new Date()): Promise<LoginResult> {
  const parsed = loginNameSchema.safeParse(loginInput);
  if (!parsed.success || password.length === 0) throw new LoginRefused('auth.err.badLogin');
  const login = parsed.data;
  const nowMs = now.getTime();
  const state = ((await db.settings.get(lockoutKey(login)))?.value as unknown as LockoutState | undefined) ?? NO_FAILURES;
  if (isLocked(state, nowMs)) throw new LoginRefused('auth.err.lockedOut', remainingLockMs(state, nowMs));
  const person = await db.people.where('login').equals(login).filter((p) => !p.deletedAt).first();
  const stranger: Actor = { id: `login:${login}`, name: login };

  const fail = async (code: string): Promise<never> => {
    const next = afterFailure(state, nowMs);
    await sessionEvent(db, station, person ? actorOf(person) : stranger, isLocked(next, nowMs) ? 'auth.lockedOut' : 'auth.loginFailed', person?.id ?? login, nowMs,
      () => db.settings.put({ key: lockoutKey(login), value: next as unknown as LockoutState & Record<string, number> }).then(() => undefined));
    if (isLocked(next, nowMs)) throw new LoginRefused('auth.err.lockedOut', remainingLockMs(next, nowMs));
    throw new LoginRefused(code);
  };

  if (!person || !person.credential) return fail('auth.err.badLogin');
  let privateKey: CryptoKey;
  try {
    // The deliberate cost of a login (PBKDF2), marked so the start-up figure can report it on its own.
    markStart('cd:password-check-start');
    privateKey = await unwrapPrivateKey(person.credential.wrapped, password);
    markStart('cd:password-check-end');
  } catch (e) {
    if (e instanceof WrongPasswordError) return fail('auth.err.badLogin');
    throw e;
  }
  if (!person.active) return fail('auth.err.disabled');
  const believed = await believedEnrolmentsIn(db);
  const holder = stateAt(believed, person.id, isoWithOffset(nowMs, station.timeZone));
  if (!holder || !holder.active || holder.keyId !== person.credential.keyId) return fail('auth.err.notEnrolled');
  await sessionEvent(db, station, actorOf(person), 'auth.login', person.id, nowMs,
    () => db.settings.put({ key: lockoutKey(login), value: afterSuccess() as unknown as LockoutState & Record<string, number> }).then(() => undefined));
  return { person, signer: { personId: person.id, keyId: person.credential.keyId, privateKey }, mustChange: person.credential.mustChange };
}

/** Lock, unlock and log-out, for the audit trail. */
export async function recordSessionEvent(db: AppDB, station: Station, person: Pick<Person, 'id' | 'name'>, action: 'auth.lock' | 'auth.unlock' | 'auth.logout', now = new Date()): Promise<void> {
  await sessionEvent(db, station, actorOf(person), action, person.id, now.getTime());
}

export { trustRoots };

/**
 * Trusts another station's root administrator (after the fingerprint was compared
 * out of band): accounts that administrator enrolled become believed here. Local
 * to this station, and in its audit trail.
 */
export async function trustAdministrator(db: AppDB, station: Station, actor: Actor, root: { personId: string; keyId: string }, now = new Date()): Promise<void> {
  await authorize(db, actor, 'people.manage');
  await db.transaction('rw', db.settings, db.audit, async () => {
    const roots = ((await db.settings.get(TRUST_ROOTS_KEY))?.value as string[] | undefined) ?? [];
    const key = rootKey(root.personId, root.keyId);
    if (!roots.includes(key)) await db.settings.put({ key: TRUST_ROOTS_KEY, value: [...roots, key] });
    await appendAuditInTx(db, station, actor, { entity: 'session', rowId: root.personId, action: 'account.trustAdmin', changes: [{ path: 'trustRoots', before: null, after: key }] }, now.getTime());
  });
}
