import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { countLogSince, readLog } from '../change-log';
import { withAccounts } from '../test-support/accounts';
import { createReturn, decideReturnClaim } from './returns';
import { addReceiptPhotos, removeReceiptPhoto } from './returns-photos';
import { photosOf } from './returns-row';
import { ValidationError } from '../../domain/common/validation-error';
import { verifyAuditChain } from '../../domain/audit/audit-chain';
import type { ReturnRequestInput } from '../../domain/returns';
import type { AppDB } from '../app-db';

const NOW = new Date('2026-03-02T01:30:00.000Z');
// A 1×1 PNG: signature, IHDR with width 1 and height 1.
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const png = (name: string, extra = 0) => new File([PNG, new Uint8Array([extra])], name, { type: 'image/png' });

const input: Omit<ReturnRequestInput, 'id'> = {
  customer: { name: '华东电器有限公司', contact: '王工', phone: '021-5555-0101' },
  orderNo: 'SO-2026-0101',
  returnType: 'defectiveInUse',
  freightPaidBy: 'us',
  lines: [{ id: 'L1', productNo: 'CD-100', reason: '外壳开裂', qtyShipped: 100, qtyRequested: 4, unitPriceFen: 10_000 }],
};

async function approvedReturn() {
  const env = await freshDb();
  const r = await createReturn(env.db, env.station, env.actor, input, NOW);
  const { signerFor } = await withAccounts(env.db, env.station);
  await decideReturnClaim(env.db, env.station, env.actor, r.id, { kind: 'accept' }, await signerFor(env.actor.id, 'qaManager'), NOW);
  return { ...env, id: r.id };
}

async function codesOf(p: Promise<unknown>): Promise<string[]> {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map((i) => i.code);
}

const counts = async (db: AppDB) => ({ changes: await countLogSince(db.changes, 0), audit: await db.audit.count(), attachments: await db.attachments.count() });

describe('photos at receipt', () => {
  it('stores a delivery photo and a line photo content-addressed, stamped for sync and audited', async () => {
    const { db, station, actor, id } = await approvedReturn();
    await addReceiptPhotos(db, station, actor, id, [png('package.png')], undefined, NOW);
    const row = await addReceiptPhotos(db, station, actor, id, [png('crack.png', 1)], 'L1', NOW);

    const [pkg] = photosOf(row);
    const [crack] = photosOf(row, 'L1');
    expect(pkg).toMatchObject({ name: 'package.png', type: 'image/png', addedBy: actor.name });
    expect(pkg?.lineId).toBeUndefined();
    expect(crack?.lineId).toBe('L1');
    expect(await db.attachments.get(pkg?.sha256 ?? '')).toMatchObject({ name: 'package.png', size: PNG.length + 1 });
    expect(row._clocks[`attachments.${crack?.sha256}.lineId`]).toBeDefined();

    const audit = (await db.audit.where('[entity+rowId]').equals(['returns', id]).sortBy('seq')).filter((e) => e.action === 'receivePhoto');
    expect(audit).toHaveLength(2);
    expect(audit[0]?.changes.map((c) => c.path)).toContain(`attachments.${pkg?.sha256}.name`);
    expect(verifyAuditChain(await db.audit.toArray()).ok).toBe(true);
    const synced = await readLog(db.changes);
    expect(Object.keys(synced[synced.length - 1]?.fields ?? {})).toContain(`attachments.${crack?.sha256}.sha256`);
  });

  it('refuses a file whose bytes are not an image, even named .jpg with an image type, writing nothing', async () => {
    const { db, station, actor, id } = await approvedReturn();
    const before = await counts(db);
    const fake = new File([new TextEncoder().encode('MZ this is an exe')], 'photo.jpg', { type: 'image/jpeg' });
    expect(await codesOf(addReceiptPhotos(db, station, actor, id, [png('ok.png'), fake], undefined, NOW))).toEqual(['photo.notImage']);
    expect(await counts(db)).toEqual(before);
    expect(photosOf((await db.returns.get(id)) as never)).toEqual([]);
  });

  it('refuses an unknown line and a return that is not yet approved', async () => {
    const { db, station, actor, id } = await approvedReturn();
    expect(await codesOf(addReceiptPhotos(db, station, actor, id, [png('a.png')], 'L9', NOW))).toEqual(['photo.unknownLine']);
    const pending = await createReturn(db, station, actor, { ...input, lines: [{ ...input.lines[0]!, unitPriceFen: 100_000 }] }, NOW);
    expect(await codesOf(addReceiptPhotos(db, station, actor, pending.id, [png('a.png')], undefined, NOW))).toEqual(['repo.wrongStage']);
  });

  it('removes a photo as a null at its key, so the removal syncs, and keeps the immutable file', async () => {
    const { db, station, actor, id } = await approvedReturn();
    const added = await addReceiptPhotos(db, station, actor, id, [png('package.png')], undefined, NOW);
    const sha = photosOf(added)[0]?.sha256 ?? '';
    const row = await removeReceiptPhoto(db, station, actor, id, sha, NOW);
    expect(row.attachments?.[sha]).toBeNull();
    expect(photosOf(row)).toEqual([]);
    expect(await db.attachments.get(sha)).toBeDefined();
  });
});
