import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { createReturn } from './returns';
import { saveProduct } from './masterdata';
import { saveMeasurements } from './returns-measurements';
import { ValidationError } from '../../domain/common/validation-error';
import { emptyProductInput } from '../../domain/masterdata/product';
import { storedMeasurements } from '../../domain/returns/measurements';
import { claimLinesFromRequest, masterTerms, proposeRefusals } from '../../domain/returns';
import { toRequest } from './returns-row';

const NOW = new Date('2026-03-02T01:30:00.000Z');
const chars = [
  { id: 'd', name: '外径', unit: 'mm', lower: 9.9, upper: 10.1, order: 0 },
  { id: 'h', name: '硬度', unit: 'HRC', lower: 58, upper: null, order: 1 },
  { id: 'n', name: '备注项', unit: '', lower: null, upper: null, order: 2 },
];

async function setup() {
  const ctx = await freshDb();
  await saveProduct(ctx.db, ctx.station, ctx.actor, { ...emptyProductInput(), code: 'CD-100', name: '轴承', shelfLifeDays: 3650, characteristics: chars }, undefined, NOW);
  const r = await createReturn(ctx.db, ctx.station, ctx.actor, {
    customer: { name: '华东电器有限公司', contact: '王工', phone: '021-5555-0101' }, orderNo: 'SO-1', returnType: 'defectiveInUse', freightPaidBy: 'us',
    lines: [{ id: 'L1', productNo: 'CD-100', reason: '外壳开裂', qtyShipped: 100, qtyRequested: 10, unitPriceFen: 1000 }],
  }, NOW);
  return { ...ctx, r };
}

async function refusal(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).issues.map((i) => i.code);
}

describe('measured values on a return', () => {
  it('stores values with the limits they were judged against; the conformity check reads them, also after the master changes', async () => {
    const { db, station, actor, r } = await setup();
    const saved = await saveMeasurements(db, station, actor, r.id, { L1: { d: 10.0, h: 60 } }, NOW);
    expect(saved.measurements?.L1?.d).toEqual({ value: 10, name: '外径', unit: 'mm', lower: 9.9, upper: 10.1 });
    const audit = await db.audit.where('[entity+rowId]').equals(['returns', r.id]).toArray();
    expect(audit.at(-1)?.action).toBe('measure');

    // The master's limit tightens afterwards: what was measured stays judged as it was.
    await saveProduct(db, station, actor, { ...emptyProductInput(), code: 'CD-100', name: '轴承', shelfLifeDays: 3650, characteristics: [{ ...chars[0]!, upper: 9.95 }, chars[1]!] }, (await db.products.toArray())[0]!.id, NOW);
    const row = await db.returns.get(r.id);
    const measured = storedMeasurements((row as typeof saved).measurements?.L1);
    expect(measured).toEqual([{ characteristic: '外径', withinSpec: true }, { characteristic: '硬度', withinSpec: true }]);
    const lines = claimLinesFromRequest(toRequest(saved), masterTerms([]), { L1: measured });
    expect(proposeRefusals({ asOf: '2026-03-02', lines, ourProductPrefixes: [] }).map((p) => p.code)).toContain('conformsToContract');

    // Clearing one value keeps the other; an out-of-spec value stops the proposal.
    const cleared = await saveMeasurements(db, station, actor, r.id, { L1: { d: 10.3, h: null } }, NOW);
    expect(cleared.measurements?.L1?.h).toBeNull();
    expect(storedMeasurements(cleared.measurements?.L1)).toEqual([{ characteristic: '外径', withinSpec: false }]);
  });

  it('refuses unknown lines, characteristics without limits, and non-numbers, writing nothing', async () => {
    const { db, station, actor, r } = await setup();
    const before = await db.audit.count();
    expect(await refusal(saveMeasurements(db, station, actor, r.id, { L9: { d: 10 } }, NOW))).toEqual(['repo.measurementInvalid']);
    expect(await refusal(saveMeasurements(db, station, actor, r.id, { L1: { n: 1 } }, NOW))).toEqual(['repo.measurementInvalid']);
    expect(await refusal(saveMeasurements(db, station, actor, r.id, { L1: { d: '10' } }, NOW))).toEqual(['repo.measurementInvalid']);
    expect(await refusal(saveMeasurements(db, station, actor, r.id, { L1: { d: Number.POSITIVE_INFINITY } }, NOW))).toEqual(['repo.measurementInvalid']);
    expect(await refusal(saveMeasurements(db, station, { id: 'nobody', name: 'x' }, r.id, { L1: { d: 10 } }, NOW))).toEqual(['auth.err.notAllowed']);
    expect(await db.audit.count()).toBe(before);
  });
});
