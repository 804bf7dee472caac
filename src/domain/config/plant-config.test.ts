import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANT_CONFIG, plantConfigOf } from './plant-config';

describe('reading the stored plant config', () => {
  it('keeps every valid group when one group does not parse', () => {
    const c = plantConfigOf({ idleLockMinutes: 30, approval: { managerAboveFen: 'not a number' }, company: { name: '示例机械' } });
    expect(c.idleLockMinutes).toBe(30);
    expect(c.company.name).toBe('示例机械');
    expect(c.approval).toEqual(DEFAULT_PLANT_CONFIG.approval);
  });

  it('leaves out a permission this version does not know instead of dropping the whole matrix', () => {
    const c = plantConfigOf({ permissions: { qaManager: ['complaint.edit', 'future.action'], warehouseClerk: ['return.receive'] } });
    expect(c.permissions.qaManager).toEqual(['complaint.edit']);
    expect(c.permissions.warehouseClerk).toEqual(['return.receive']);
  });

  it('reads a valid config unchanged', () => {
    expect(plantConfigOf({ idleLockMinutes: 5 })).toEqual({ ...DEFAULT_PLANT_CONFIG, idleLockMinutes: 5 });
  });
});
