import { describe, expect, it } from 'vitest';
import { enrolmentBytes, believedEnrolments, rootKey, statementBytes, verifyStatement, type Enrolment, type SignedStatement, type UnsignedEnrolment } from './statements';
import { generateKeyPair, signBytes, type NewKeyPair } from './keys';
import type { PersonRole } from '../org/org';

const FAST = 1000; // iterations: the tests check logic, not the stretching cost

async function enrol(by: { id: string; key: NewKeyPair }, personId: string, key: NewKeyPair, role: PersonRole, at: string, active = true): Promise<Enrolment> {
  const e: UnsignedEnrolment = { id: `${personId}-${at}`, personId, keyId: key.keyId, publicKey: key.publicKey, role, login: personId, active, at, byPersonId: by.id, byKeyId: by.key.keyId };
  return { ...e, sig: await signBytes(by.key.privateKey, enrolmentBytes(e)) };
}

async function sign(personId: string, key: NewKeyPair, role: string, at: string, contentHash = 'a'.repeat(64), meaning = 'approved') {
  const s: SignedStatement = { personId, keyId: key.keyId, role, meaning, at, timeZone: 'Asia/Shanghai', subject: { table: 'returns', rowId: 'r1', slot: 'generalManager' }, contentHash };
  return { statement: s, proof: { keyId: key.keyId, sig: await signBytes(key.privateKey, statementBytes(s)) } };
}

async function plant() {
  const admin = { id: 'admin', key: await generateKeyPair('admin-pass', FAST) };
  const gmKey = await generateKeyPair('gm-pass', FAST);
  const rootE = await enrol(admin, 'admin', admin.key, 'admin', '2026-01-01T08:00:00+08:00');
  const gmE = await enrol(admin, 'gm', gmKey, 'generalManager', '2026-01-02T08:00:00+08:00');
  return { admin, gmKey, all: [rootE, gmE], roots: new Set([rootKey('admin', admin.key.keyId)]) };
}

describe('signature verification', () => {
  it('accepts a signature by an enrolled key in the enrolled role', async () => {
    const p = await plant();
    const believed = await believedEnrolments(p.all, p.roots);
    const { statement, proof } = await sign('gm', p.gmKey, 'generalManager', '2026-03-01T10:00:00+08:00');
    expect(await verifyStatement(statement, proof, believed)).toEqual({ state: 'valid' });
  });

  it('refuses altered content, altered meaning, a wrong key, a wrong role and an unenrolled signer', async () => {
    const p = await plant();
    const believed = await believedEnrolments(p.all, p.roots);
    const { statement, proof } = await sign('gm', p.gmKey, 'generalManager', '2026-03-01T10:00:00+08:00');
    expect(await verifyStatement({ ...statement, contentHash: 'b'.repeat(64) }, proof, believed)).toMatchObject({ state: 'invalid', reason: 'badSignature' });
    expect(await verifyStatement({ ...statement, meaning: 'rejected' }, proof, believed)).toMatchObject({ state: 'invalid', reason: 'badSignature' });
    const other = await generateKeyPair('x', FAST);
    const forged = await sign('gm', other, 'generalManager', '2026-03-01T10:00:00+08:00');
    expect(await verifyStatement(forged.statement, forged.proof, believed)).toMatchObject({ state: 'invalid', reason: 'wrongKey' });
    const wrongRole = await sign('gm', p.gmKey, 'marketingManager', '2026-03-01T10:00:00+08:00');
    expect(await verifyStatement(wrongRole.statement, wrongRole.proof, believed)).toMatchObject({ state: 'invalid', reason: 'wrongRole' });
    const stranger = await sign('nobody', other, 'generalManager', '2026-03-01T10:00:00+08:00');
    expect(await verifyStatement(stranger.statement, stranger.proof, believed)).toMatchObject({ state: 'invalid', reason: 'unenrolled' });
    const early = await sign('gm', p.gmKey, 'generalManager', '2025-12-31T10:00:00+08:00');
    expect(await verifyStatement(early.statement, early.proof, believed)).toMatchObject({ state: 'invalid', reason: 'unenrolled' });
  });

  it('keeps past signatures of a disabled person valid and refuses new ones', async () => {
    const p = await plant();
    const disabled = await enrol(p.admin, 'gm', p.gmKey, 'generalManager', '2026-06-01T08:00:00+08:00', false);
    const believed = await believedEnrolments([...p.all, disabled], p.roots);
    const before = await sign('gm', p.gmKey, 'generalManager', '2026-05-01T10:00:00+08:00');
    const after = await sign('gm', p.gmKey, 'generalManager', '2026-07-01T10:00:00+08:00');
    expect(await verifyStatement(before.statement, before.proof, believed)).toEqual({ state: 'valid' });
    expect(await verifyStatement(after.statement, after.proof, believed)).toMatchObject({ state: 'invalid', reason: 'disabled' });
  });

  it('believes no enrolment signed by a self-made administrator outside the trusted roots', async () => {
    const p = await plant();
    const rogue = { id: 'rogue', key: await generateKeyPair('r', FAST) };
    const rogueRoot = await enrol(rogue, 'rogue', rogue.key, 'admin', '2026-01-01T08:00:00+08:00');
    const fakeGmKey = await generateKeyPair('f', FAST);
    const fakeGm = await enrol(rogue, 'gm2', fakeGmKey, 'generalManager', '2026-02-01T08:00:00+08:00');
    const believed = await believedEnrolments([...p.all, rogueRoot, fakeGm], p.roots);
    expect(believed.map((e) => e.personId).sort()).toEqual(['admin', 'gm']);
    const s = await sign('gm2', fakeGmKey, 'generalManager', '2026-03-01T10:00:00+08:00');
    expect(await verifyStatement(s.statement, s.proof, believed)).toMatchObject({ state: 'invalid', reason: 'unenrolled' });
  });

  it('refuses an enrolment whose signature was altered, and one signed by a non-administrator', async () => {
    const p = await plant();
    const tampered = { ...p.all[1]!, role: 'admin' as const };
    const gm = { id: 'gm', key: p.gmKey };
    const byGm = await enrol(gm, 'mm', await generateKeyPair('m', FAST), 'marketingManager', '2026-02-01T08:00:00+08:00');
    const believed = await believedEnrolments([p.all[0]!, tampered, byGm], p.roots);
    expect(believed.map((e) => e.personId)).toEqual(['admin']);
  });

  it('marks a record without proof as signed before accounts existed', async () => {
    const p = await plant();
    const { statement } = await sign('gm', p.gmKey, 'generalManager', '2026-03-01T10:00:00+08:00');
    expect(await verifyStatement(statement, undefined, [])).toEqual({ state: 'legacy' });
  });
});
