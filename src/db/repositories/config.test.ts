import { describe, expect, it } from 'vitest';
import { freshDb } from '../test-support/fake-db';
import { getPlantConfig, savePlantConfig } from './config';
import { ValidationError } from '../../domain/common/validation-error';

describe('plant config', () => {
  it('defaults to the procedure (1/24/7, 1000/2000) and saves one group with a stamp', async () => {
    const { db, station, actor } = await freshDb();
    const config = await getPlantConfig(db);
    expect(config.deadlines.ackWorkdays).toBe(1);
    expect(config.deadlines.replyWorkdays).toBe(7);
    expect(config.approval.managerAboveFen).toBe(100_000);
    const saved = await savePlantConfig(db, station, actor, 'company', { name: '华东精密', logoSha256: '', address: '', phone: '' });
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
});
