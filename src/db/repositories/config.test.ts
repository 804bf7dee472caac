import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { getPlantConfig, saveCompany, savePlantConfig, storeLogo } from './config';
import { companySchema } from '../../domain/config/company';
import { ValidationError } from '../../domain/common/validation-error';

describe('plant config', () => {
  it('defaults to the procedure (1/24/7, 1000/2000) and saves one group with a stamp', async () => {
    const { db, station, actor } = await freshDb();
    const config = await getPlantConfig(db);
    expect(config.deadlines.ackWorkdays).toBe(1);
    expect(config.deadlines.replyWorkdays).toBe(7);
    expect(config.approval.managerAboveFen).toBe(100_000);
    const saved = await savePlantConfig(db, station, actor, 'company', companySchema.parse({ name: '华东精密' }));
    expect(saved.company.name).toBe('华东精密');
    expect((await getPlantConfig(db)).company.name).toBe('华东精密');
    const row = await db.config.get('plant');
    expect(row?._clocks['company.name']).toBeTruthy();
    expect(await db.audit.count()).toBe(1);
  });

  it('refuses an invalid group and writes nothing', async () => {
    const { db, station, actor } = await freshDb();
    const bad = { ...(await getPlantConfig(db)).deadlines, replyWorkdays: -3 };
    const before = await db.config.toArray();
    await expect(savePlantConfig(db, station, actor, 'deadlines', bad)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.config.toArray()).toEqual(before);
  });

  it('saves the company, refuses a name longer than the header holds and a logo that is not an image or too large', async () => {
    const { db, station, actor } = await freshDb();
    const saved = await saveCompany(db, station, actor, { name: '示例机械制造有限公司', nameEn: 'Example Machinery Co., Ltd.', forms: { eightD: { formNo: 'QR-8.5-03', revision: 'A/0', prefix: '8D-' } } });
    expect(saved.company.forms.eightD.formNo).toBe('QR-8.5-03');
    expect(saved.company.forms.returnSlip.formNo).toBe('');
    const tooLong = await saveCompany(db, station, actor, { name: '很'.repeat(31) }).catch((e: unknown) => e);
    expect(tooLong).toBeInstanceOf(ValidationError);
    expect((tooLong as ValidationError).issues).toEqual([{ path: 'name', code: 'company.nameTooLong' }]);
    const text = new File(['not an image'], 'logo.png', { type: 'image/png' });
    await expect(storeLogo(db, text)).rejects.toMatchObject({ issues: [{ path: 'logo', code: 'company.logoNotImage' }] });
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(storeLogo(db, new File([big], 'big.png', { type: 'image/png' }))).rejects.toMatchObject({ issues: [{ path: 'logo', code: 'company.logoTooLarge' }] });
    expect(await db.attachments.count()).toBe(0);
  });
});
