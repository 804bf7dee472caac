import { describe, expect, it, beforeAll } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { seedDepartments, savePerson } from './org';
import {
  accountsExist, changeOwnPassword, createAccount, createFirstAdministrator, logIn, LoginRefused, resetPassword,
  setAccountActive, setAccountRole, setKeyIterationsForTests,
} from './accounts';
import { signAs, unlockSigner, verifyAll } from './signing';
import { LOCKOUT_MS } from '../../domain/auth/lockout';
import { ValidationError } from '../../domain/common/validation-error';

beforeAll(() => setKeyIterationsForTests(1000));

const T0 = new Date('2026-12-01T01:00:00Z');
const later = (min: number) => new Date(T0.getTime() + min * 60_000);

async function plant() {
  const { db, station } = await freshDb();
  await seedDepartments(db, station, { id: `station:${station.id}`, name: 'QA1' });
  const { person: admin, signer } = await createFirstAdministrator(db, station, { name: '管理员', login: 'Admin', password: 'admin-pass-1', confirm: 'admin-pass-1' }, T0);
  const gm = await savePerson(db, station, { id: admin.id, name: admin.name }, { name: '总经理', departmentId: 'dept-GM', role: 'generalManager', phone: '', email: '', active: true });
  return { db, station, admin, signer, gm };
}

const codes = (e: unknown) => (e instanceof ValidationError ? e.issues.map((i) => i.code) : [String(e)]);

describe('accounts', () => {
  it('creates the first administrator once, who can then log in', async () => {
    const { db, station, admin } = await plant();
    expect(admin.login).toBe('admin');
    expect(await accountsExist(db)).toBe(true);
    const again = await createFirstAdministrator(db, station, { name: 'x', login: 'x', password: 'password-2', confirm: 'password-2' }).catch((e: unknown) => e);
    expect(codes(again)).toEqual(['auth.err.adminExists']);
    const result = await logIn(db, station, 'ADMIN', 'admin-pass-1', later(1));
    expect(result.person.id).toBe(admin.id);
    expect(result.mustChange).toBe(false);
    const audit = await db.audit.toArray();
    expect(audit.map((a) => a.action)).toContain('auth.login');
    expect(JSON.stringify(audit)).not.toContain(admin.credential!.wrapped.data);
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const { db, station, signer, gm } = await plant();
    const before = await db.people.count();
    const short = await createAccount(db, station, signer, { personId: gm.id, login: 'gm', role: 'generalManager', password: 'short', confirm: 'short' }).catch((e: unknown) => e);
    expect(codes(short)).toContain('auth.err.passwordShort');
    const mismatch = await createAccount(db, station, signer, { personId: gm.id, login: 'gm', role: 'generalManager', password: 'long-enough', confirm: 'long-enougH' }).catch((e: unknown) => e);
    expect(codes(mismatch)).toContain('auth.err.passwordMismatch');
    const taken = await createAccount(db, station, signer, { personId: gm.id, login: 'admin', role: 'generalManager', password: 'long-enough', confirm: 'long-enough' }).catch((e: unknown) => e);
    expect(codes(taken)).toEqual(['auth.err.loginTaken']);
    expect(await db.people.count()).toBe(before);
    expect((await db.people.get(gm.id))?.login).toBeUndefined();
  });

  it('locks a login for five minutes after five wrong passwords, and audits it', async () => {
    const { db, station } = await plant();
    for (let i = 0; i < 4; i++) expect(codes(await logIn(db, station, 'admin', 'wrong-password', later(i)).catch((e: unknown) => e))).toEqual(['auth.err.badLogin']);
    const fifth = await logIn(db, station, 'admin', 'wrong-password', later(5)).catch((e: unknown) => e);
    expect(fifth).toBeInstanceOf(LoginRefused);
    expect((fifth as LoginRefused).issues[0]?.code).toBe('auth.err.lockedOut');
    expect((fifth as LoginRefused).retryInMs).toBe(LOCKOUT_MS);
    expect(codes(await logIn(db, station, 'admin', 'admin-pass-1', later(6)).catch((e: unknown) => e))).toEqual(['auth.err.lockedOut']);
    expect((await logIn(db, station, 'admin', 'admin-pass-1', later(11))).person.login).toBe('admin');
    const actions = (await db.audit.toArray()).map((a) => a.action);
    expect(actions.filter((a) => a === 'auth.loginFailed')).toHaveLength(4);
    expect(actions).toContain('auth.lockedOut');
  });

  it('treats an unknown login like a wrong password', async () => {
    const { db, station } = await plant();
    expect(codes(await logIn(db, station, 'nobody', 'whatever-1').catch((e: unknown) => e))).toEqual(['auth.err.badLogin']);
  });

  it('gives a person an account that must change its first password, then signs verifiably', async () => {
    const { db, station, signer, gm } = await plant();
    await createAccount(db, station, signer, { personId: gm.id, login: 'gm', role: 'generalManager', password: 'first-pass-1', confirm: 'first-pass-1' }, later(1));
    const first = await logIn(db, station, 'gm', 'first-pass-1', later(2));
    expect(first.mustChange).toBe(true);
    await changeOwnPassword(db, station, gm.id, 'first-pass-1', { password: 'second-pass-2', confirm: 'second-pass-2' }, later(3));
    expect(codes(await logIn(db, station, 'gm', 'first-pass-1', later(4)).catch((e: unknown) => e))).toEqual(['auth.err.badLogin']);
    const second = await logIn(db, station, 'gm', 'second-pass-2', later(5));
    expect(second.mustChange).toBe(false);
    const s = await signAs(db, second.signer, { meaning: 'approved', at: '2026-12-01T10:00:00+08:00', timeZone: 'Asia/Shanghai', subject: { table: 'returns', rowId: 'r1', slot: 'generalManager' }, contentHash: 'c'.repeat(64) });
    expect(s.statement.role).toBe('generalManager');
    expect(await verifyAll(db, [s])).toEqual([{ state: 'valid' }]);
  });

  it('keeps past signatures valid after a reset and refuses the old key afterwards', async () => {
    const { db, station, signer, gm } = await plant();
    await createAccount(db, station, signer, { personId: gm.id, login: 'gm', role: 'generalManager', password: 'first-pass-1', confirm: 'first-pass-1' }, later(1));
    const oldSigner = await unlockSigner(db, gm.id, 'first-pass-1');
    const past = await signAs(db, oldSigner, { meaning: 'approved', at: '2026-12-01T09:10:00+08:00', timeZone: 'Asia/Shanghai', subject: { table: 'returns', rowId: 'r1', slot: 'generalManager' }, contentHash: 'c'.repeat(64) });
    await resetPassword(db, station, signer, gm.id, { password: 'temp-pass-9', confirm: 'temp-pass-9' }, later(30));
    expect(await verifyAll(db, [past])).toEqual([{ state: 'valid' }]);
    const afterReset = await signAs(db, oldSigner, { meaning: 'approved', at: '2026-12-01T09:40:00+08:00', timeZone: 'Asia/Shanghai', subject: { table: 'returns', rowId: 'r1', slot: 'generalManager' }, contentHash: 'c'.repeat(64) }).catch((e: unknown) => e);
    expect(codes(afterReset)).toEqual(['auth.err.keyNotEnrolled']);
    expect((await logIn(db, station, 'gm', 'temp-pass-9', later(31))).mustChange).toBe(true);
  });

  it('disables an account: no more logins, past signatures stay valid; the last administrator stays', async () => {
    const { db, station, signer, gm, admin } = await plant();
    await createAccount(db, station, signer, { personId: gm.id, login: 'gm', role: 'generalManager', password: 'first-pass-1', confirm: 'first-pass-1' }, later(1));
    const gmSigner = await unlockSigner(db, gm.id, 'first-pass-1');
    const past = await signAs(db, gmSigner, { meaning: 'approved', at: '2026-12-01T09:10:00+08:00', timeZone: 'Asia/Shanghai', subject: { table: 'returns', rowId: 'r1', slot: 'generalManager' }, contentHash: 'c'.repeat(64) });
    await setAccountActive(db, station, signer, gm.id, false, later(20));
    expect(codes(await logIn(db, station, 'gm', 'first-pass-1', later(21)).catch((e: unknown) => e))).toEqual(['auth.err.disabled']);
    expect(await verifyAll(db, [past])).toEqual([{ state: 'valid' }]);
    expect(codes(await setAccountActive(db, station, signer, admin.id, false, later(22)).catch((e: unknown) => e))).toEqual(['auth.err.lastAdmin']);
    expect(codes(await setAccountRole(db, station, signer, admin.id, 'qaManager', later(22)).catch((e: unknown) => e))).toEqual(['auth.err.lastAdmin']);
  });

  it('lets only an administrator manage accounts', async () => {
    const { db, station, signer, gm } = await plant();
    await createAccount(db, station, signer, { personId: gm.id, login: 'gm', role: 'generalManager', password: 'first-pass-1', confirm: 'first-pass-1' }, later(1));
    const gmSigner = await unlockSigner(db, gm.id, 'first-pass-1');
    const e = await setAccountRole(db, station, gmSigner, gm.id, 'admin', later(2)).catch((x: unknown) => x);
    expect(codes(e)).toEqual(['auth.err.notAllowed']);
    expect((await db.people.get(gm.id))?.role).toBe('generalManager');
  });
});
