import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { countLogSince } from '../change-log';
import { createComplaint } from './complaints';
import { savePerson, seedDepartments } from './org';
import { openEightD, removeAction, reopenEightD, saveDiscipline, signEightD, storeEightDPhoto } from './eightd';
import { withAccounts } from '../test-support/accounts';
import { verifyAll } from './signing';
import { savePlantConfig } from './config';
import { emptyComplaintInput } from '../../domain/complaint/schema';
import { ValidationError } from '../../domain/common/validation-error';
import { verifyAuditChain } from '../../domain/audit/audit-chain';
import { listOf } from '../../domain/eightd/keyed';
import { sampleEightD } from '../../domain/eightd/sample';
import { emptyAction, type EightD } from '../../domain/eightd/schema';
import { currentSignatures, eightDStatement, signatureState } from '../../domain/eightd/signature';

const NOW = new Date('2026-11-25T08:00:00.000Z');

async function setup() {
  const env = await freshDb();
  const c = emptyComplaintInput('2026-11-20T02:00:00.000Z', '王客服');
  c.customer.name = '华东精密机械有限公司';
  c.product.name = '液压泵';
  c.details.symptom = '泵体漏油';
  c.demand.kinds = ['replace'];
  const complaint = await createComplaint(env.db, env.station, env.actor, c, NOW);
  const r = await openEightD(env.db, env.station, env.actor, complaint.id, NOW);
  return { ...env, complaint, r };
}

async function refusal(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => i.code);
}

async function fillFromSample(env: Awaited<ReturnType<typeof setup>>): Promise<EightD> {
  const s = sampleEightD(env.complaint.id);
  const { db, station, actor, r } = env;
  let row = r;
  for (const n of ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'] as const) {
    const actions = ['d3', 'd5', 'd6', 'd7'].includes(n) ? listOf(s.actions).filter((a) => a.discipline === n) : undefined;
    row = await saveDiscipline(db, station, actor, r.id, n, s[n], actions, NOW);
  }
  return row;
}

describe('eightD repository', () => {
  it('opens one 8D per complaint and opening again returns the same row', async () => {
    const env = await setup();
    const again = await openEightD(env.db, env.station, env.actor, env.complaint.id, NOW);
    expect(again.id).toBe(env.r.id);
    expect(await env.db.eightD.count()).toBe(1);
  });

  it('saves disciplines through the stamped writer and derives d4Done/d5Done', async () => {
    const env = await setup();
    const row = await fillFromSample(env);
    expect(row.d4Done).toBe(true);
    expect(row.d5Done).toBe(true);
    expect(row._clocks['d2.statement']).toBeTruthy();
    const audit = await env.db.audit.where('[entity+rowId]').equals(['eightD', env.r.id]).toArray();
    expect(audit.map((a) => a.action)).toContain('eightd.save.d5');
    expect(verifyAuditChain(await env.db.audit.toArray()).ok).toBe(true);
    const removed = await removeAction(env.db, env.station, env.actor, env.r.id, listOf(row.actions).find((a) => a.discipline === 'd5')!.id, NOW);
    expect(removed.d5Done).toBe(false);
  });

  it('refuses a D5 action without a verified cause and writes nothing', async () => {
    const env = await setup();
    const before = await countLogSince(env.db.changes, 0);
    const a = { ...emptyAction('01ACTION000000000000000001', 'd5', 0), title: '改善' };
    expect(await refusal(saveDiscipline(env.db, env.station, env.actor, env.r.id, 'd5', env.r.d5, [a], NOW))).toEqual(['eightd.err.d5NeedsVerifiedCause']);
    expect(await countLogSince(env.db.changes, 0)).toBe(before);
  });

  it('signs with the signer\'s own key over the content hash; an edit afterwards makes the signature stale', async () => {
    const env = await setup();
    await fillFromSample(env);
    const { signerFor } = await withAccounts(env.db, env.station);
    const mine = await signerFor(env.actor.id, 'qaManager');
    const signed = await signEightD(env.db, env.station, env.actor, env.r.id, { slot: 'prepared', meaning: '编制' }, mine, NOW);
    const sig = currentSignatures(signed.signatures).prepared!;
    expect(sig).toMatchObject({ at: '2026-11-25T16:00:00+08:00', name: '张工', role: 'qaManager', personId: env.actor.id, keyId: mine.keyId });
    expect(signatureState(sig, signed)).toBe('valid');
    expect(await verifyAll(env.db, [{ statement: eightDStatement(env.r.id, sig), proof: { keyId: sig.keyId!, sig: sig.sig! } }])).toEqual([{ state: 'valid' }]);
    expect(await refusal(signEightD(env.db, env.station, env.actor, env.r.id, { slot: 'prepared', meaning: '编制' }, mine, NOW))).toEqual(['eightd.err.alreadySigned']);
    const edited = await saveDiscipline(env.db, env.station, env.actor, env.r.id, 'd8', { ...signed.d8, recognition: '另加' }, undefined, NOW);
    expect(signatureState(currentSignatures(edited.signatures).prepared!, edited)).toBe('stale');
  });

  it('locks an approved report until it is reopened with a reason', async () => {
    const env = await setup();
    await fillFromSample(env);
    const { signerFor } = await withAccounts(env.db, env.station);
    const mine = await signerFor(env.actor.id, 'qaManager');
    const approved = await signEightD(env.db, env.station, env.actor, env.r.id, { slot: 'approved', meaning: '批准' }, mine, NOW);
    const before = await countLogSince(env.db.changes, 0);
    expect(await refusal(saveDiscipline(env.db, env.station, env.actor, env.r.id, 'd8', { ...approved.d8, recognition: '改' }, undefined, NOW))).toEqual(['auth.err.locked']);
    expect(await refusal(reopenEightD(env.db, env.station, env.actor, env.r.id, ' ', NOW))).toEqual(['validation.required']);
    expect(await countLogSince(env.db.changes, 0)).toBe(before);
    await reopenEightD(env.db, env.station, env.actor, env.r.id, '客户要求补充 D6 数据', new Date(NOW.getTime() + 60_000));
    const edited = await saveDiscipline(env.db, env.station, env.actor, env.r.id, 'd8', { ...approved.d8, recognition: '改' }, undefined, new Date(NOW.getTime() + 120_000));
    expect(edited.d8.recognition).toBe('改');
    expect((await env.db.audit.toArray()).map((a) => a.action)).toContain('eightd.reopen');
  });

  it('lets only the permitted roles sign: a QA engineer prepares but does not approve', async () => {
    const env = await setup();
    await fillFromSample(env);
    await savePlantConfig(env.db, env.station, env.actor, 'permissions', {});
    await env.db.people.update(env.actor.id, { role: 'qaEngineer' });
    const { signerFor } = await withAccounts(env.db, env.station);
    const mine = await signerFor(env.actor.id, 'qaEngineer');
    expect(await refusal(signEightD(env.db, env.station, env.actor, env.r.id, { slot: 'approved', meaning: '批准' }, mine, NOW))).toEqual(['auth.err.notAllowed']);
    const prepared = await signEightD(env.db, env.station, env.actor, env.r.id, { slot: 'prepared', meaning: '编制' }, mine, NOW);
    expect(currentSignatures(prepared.signatures).prepared?.role).toBe('qaEngineer');
  });

  it('links an action owner to a person: the printed name is theirs; an unknown person is refused and nothing is written', async () => {
    const env = await setup();
    const { db, station, actor, r } = env;
    await seedDepartments(db, station, actor);
    const dept = (await db.departments.toArray())[0]!;
    const wang = await savePerson(db, station, actor, { name: '王工', departmentId: dept.id, role: 'qaEngineer', phone: '', email: '', active: true });
    const a = { ...emptyAction('01ACTION000000000000000001', 'd3', 0), title: '库存全检', owner: '随便写的名字', ownerId: wang.id, due: '2026-11-26' };
    const saved = await saveDiscipline(db, station, actor, r.id, 'd3', r.d3, [a], NOW);
    expect(saved.actions[a.id]).toMatchObject({ owner: '王工', ownerId: wang.id });
    expect((await db.eightD.get(r.id))?._clocks['actions.01ACTION000000000000000001.ownerId']).toBeTruthy();

    const before = await countLogSince(db.changes, 0);
    const stranger = { ...a, ownerId: '01PERSONNOBODY000000000000' };
    expect(await refusal(saveDiscipline(db, station, actor, r.id, 'd3', r.d3, [stranger], NOW))).toEqual(['eightd.err.unknownOwner']);
    expect(await countLogSince(db.changes, 0)).toBe(before);
    // Unlinked ('' ) stays allowed: the report may name someone outside the People list.
    const unlinked = await saveDiscipline(db, station, actor, r.id, 'd3', r.d3, [{ ...a, ownerId: '', owner: '供应商张经理' }], NOW);
    expect(unlinked.actions[a.id]).toMatchObject({ owner: '供应商张经理', ownerId: '' });
  });

  it('refuses a photo whose bytes are not an image, whatever its name and type', async () => {
    const env = await setup();
    const fake = new File([new TextEncoder().encode('MZ this is an exe')], 'photo.jpg', { type: 'image/jpeg' });
    expect(await refusal(storeEightDPhoto(env.db, fake, NOW))).toEqual(['eightd.err.notImage']);
    expect(await env.db.attachments.count()).toBe(0);
  });
});
