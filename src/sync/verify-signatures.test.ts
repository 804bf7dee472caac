/**
 * A bundle carries only signatures this station can believe: a forged general
 * manager's approval, an altered one, an unsigned one or an account enrolled by
 * an administrator nobody here trusts refuses the whole import, writing nothing.
 */
import { describe, expect, it } from 'vitest';
import { countLogSince } from '../db/change-log';
import { savePerson } from '../db/repositories/org';
import { approveReturn, createReturn, decideReturnClaim } from '../db/repositories/returns';
import type { StoredReturn } from '../db/repositories/returns-row';
import { shareTrust, withAccounts } from '../db/test-support/accounts';
import type { ReturnRequestInput } from '../domain/returns';
import type { AppDB } from '../db/app-db';
import { buildExport } from './export';
import { decodeBundle, type DecodedBundle } from './decode';
import { applyImport, previewImport } from './import';
import { station } from './test-support/stations';
import { enrol, enrolEachOther } from './test-support/enrol';
import { SyncError } from './errors';
import { trustAdministrator } from '../db/repositories/accounts';

const NOW = new Date('2026-11-20T03:00:00.000Z');

const request: Omit<ReturnRequestInput, 'id'> = {
  customer: { name: '华东电器有限公司', contact: '王工', phone: '021-5555-0101' },
  orderNo: 'SO-2026-0101', returnType: 'defectiveInUse', freightPaidBy: 'us',
  lines: [{ id: 'L1', productNo: 'CD-100', reason: '外壳开裂', qtyShipped: 100, qtyRequested: 20, unitPriceFen: 25_000 }],
};

async function fingerprint(db: AppDB) {
  return JSON.stringify([await db.returns.toArray(), await db.people.toArray(), await countLogSince(db.changes, 0), await db.audit.count()]);
}

/** Station A (the plant's first) with a marketing and a general manager; B trusts A's administrator. */
async function plant() {
  const a = await station('QA1');
  const b = await station('WH1');
  await enrolEachOther(a, b);
  const acc = await withAccounts(a.db, a.station);
  await a.db.departments.add({ id: 'dept-GM', code: 'GM', name: '总经办', kind: 'management', _clocks: {} });
  const mm = await savePerson(a.db, a.station, a.actor, { name: '李经理', departmentId: 'dept-GM', role: 'marketingManager', phone: '', email: '', active: true });
  const gm = await savePerson(a.db, a.station, a.actor, { name: '王总', departmentId: 'dept-GM', role: 'generalManager', phone: '', email: '', active: true });
  const mmKey = await acc.signerFor(mm.id, 'marketingManager');
  const gmKey = await acc.signerFor(gm.id, 'generalManager');
  const r = await createReturn(a.db, a.station, a.actor, request, NOW);
  await decideReturnClaim(a.db, a.station, a.actor, r.id, { kind: 'accept' }, await acc.signerFor(a.actor.id, 'qaManager'), NOW);
  await approveReturn(a.db, a.station, { id: mm.id, name: mm.name }, r.id, { role: 'marketingManager', meaning: 'approved', comment: '' }, mmKey, NOW);
  await shareTrust(a.db, b.db);
  return { a, b, acc, mm, gm, gmKey, returnId: r.id };
}

async function exported(db: AppDB): Promise<DecodedBundle> {
  return decodeBundle((await buildExport(db, { destination: 'x', mode: 'all', now: NOW })).bytes);
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(SyncError);
  return (e as SyncError).code;
}

/** The approval change of the bundle, for tampering. */
function approvalFields(bundle: DecodedBundle) {
  const change = bundle.changes.find((c) => c.table === 'returns' && Object.keys(c.fields).some((k) => k.startsWith('approvals.')));
  if (!change) throw new Error('no approval in bundle');
  return change.fields as Record<string, unknown>;
}

describe('signatures at import', () => {
  it('accepts genuine signatures from an enrolled signer', async () => {
    const { a, b, returnId } = await plant();
    await applyImport(b.db, await exported(a.db), NOW);
    expect(((await b.db.returns.get(returnId)) as StoredReturn).status).toBe('pendingApproval');
  });

  it('refuses an altered approval (the comment changed after signing) and writes nothing', async () => {
    const { a, b } = await plant();
    const bundle = await exported(a.db);
    const fields = approvalFields(bundle);
    const key = Object.keys(fields).find((k) => k.endsWith('.comment'))!;
    fields[key] = '同意（已改）';
    const before = await fingerprint(b.db);
    expect(await refusal(previewImport(b.db, bundle, NOW))).toBe('forgedSignature');
    expect(await refusal(applyImport(b.db, bundle, NOW))).toBe('forgedSignature');
    expect(await fingerprint(b.db)).toBe(before);
  });

  it('refuses a general manager approval signed with a key nobody enrolled', async () => {
    const { a, b, gm, returnId } = await plant();
    const bundle = await exported(a.db);
    const fields = approvalFields(bundle);
    // Re-label the marketing manager's genuine signature as the general manager's.
    for (const k of Object.keys(fields)) {
      if (k.endsWith('.role')) fields[k] = 'generalManager';
      if (k.endsWith('.signerId')) fields[k] = gm.id;
      if (k.endsWith('.signerName')) fields[k] = gm.name;
    }
    const before = await fingerprint(b.db);
    expect(await refusal(applyImport(b.db, bundle, NOW))).toBe('forgedSignature');
    expect(await fingerprint(b.db)).toBe(before);
    expect(await b.db.returns.get(returnId)).toBeUndefined();
  });

  it('refuses an unsigned approval (a hash-only signature made after accounts exist)', async () => {
    const { a, b } = await plant();
    const bundle = await exported(a.db);
    const fields = approvalFields(bundle);
    for (const k of Object.keys(fields)) if (k.endsWith('.sig') || k.endsWith('.keyId')) delete fields[k];
    expect(await refusal(applyImport(b.db, bundle, NOW))).toBe('unsignedSignature');
  });

  it('names an administrator this station does not trust yet; trusting it (fingerprint compared) lets the import through', async () => {
    const other = await station('XX1');
    const acc = await withAccounts(other.db, other.station);
    const { b } = await plant();
    await enrol(b, other);
    const before = await fingerprint(b.db);
    const bundle = await exported(other.db);
    const e = await applyImport(b.db, bundle, NOW).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(SyncError);
    expect((e as SyncError).code).toBe('untrustedAdmin');
    expect((e as SyncError).params).toMatchObject({ personId: acc.admin.personId, keyId: acc.admin.keyId, fingerprint: expect.stringMatching(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/) });
    expect(await fingerprint(b.db)).toBe(before);
    // Only a role that manages people may trust another station's administrator (the procedure's matrix: the administrator).
    const allowAll = await b.db.config.get('plant');
    await b.db.config.delete('plant');
    await expect(trustAdministrator(b.db, b.station, b.actor, acc.admin)).rejects.toMatchObject({ issues: [{ code: 'auth.err.notAllowed' }] });
    await b.db.config.put(allowAll!);
    await trustAdministrator(b.db, b.station, b.actor, acc.admin);
    expect((await b.db.audit.toArray()).map((x) => x.action)).toContain('account.trustAdmin');
    await applyImport(b.db, bundle, NOW);
    expect(await b.db.people.get(acc.admin.personId)).toBeDefined();
  });

  it('refuses an account enrolled by someone who is no administrator anywhere', async () => {
    const { a, b, acc } = await plant();
    const bundle = await exported(a.db);
    // Re-sign nothing: just claim a signer this station has never heard of.
    let tampered = 0;
    for (const c of bundle.changes) {
      if (c.table !== 'people' || c.rowId === acc.admin.personId) continue;
      for (const k of Object.keys(c.fields)) if (k.endsWith('.byPersonId')) { c.fields[k] = 'stranger'; tampered++; }
    }
    expect(tampered).toBeGreaterThan(0);
    expect(['forgedEnrolment', 'forgedSignature']).toContain(await refusal(applyImport(b.db, bundle, NOW)));
  });
});
