import { describe, expect, it } from 'vitest';
import { ACTIONS, DEFAULT_PERMISSIONS, effectiveMatrix, isAllowed, permissionMatrixSchema } from './permissions';
import { PERSON_ROLES } from '../org/org';

const m = effectiveMatrix(undefined);

describe('the permission matrix', () => {
  it('follows the procedure by default', () => {
    expect(isAllowed(m, 'warehouseClerk', 'complaint.edit')).toBe(true);
    expect(isAllowed(m, 'warehouseClerk', 'return.receive')).toBe(true);
    expect(isAllowed(m, 'customerService', 'return.approveManager')).toBe(false);
    expect(isAllowed(m, 'marketingManager', 'return.approveManager')).toBe(true);
    expect(isAllowed(m, 'marketingManager', 'return.approveGeneral')).toBe(false);
    expect(isAllowed(m, 'generalManager', 'return.approveGeneral')).toBe(true);
    expect(isAllowed(m, 'qaEngineer', 'complaint.assess')).toBe(true);
    expect(isAllowed(m, 'qaEngineer', 'eightd.sign')).toBe(false);
    expect(isAllowed(m, 'teamLeader', 'eightd.sign')).toBe(true);
    expect(isAllowed(m, 'qaManager', 'case.close')).toBe(true);
    expect(isAllowed(m, 'qaEngineer', 'case.close')).toBe(false);
    expect(isAllowed(m, 'admin', 'people.manage')).toBe(true);
    expect(isAllowed(m, 'qaManager', 'people.manage')).toBe(false);
    expect(isAllowed(m, 'warehouseClerk', 'contacts.view')).toBe(false);
  });

  it('lets everyone record complaints and nobody but the administrator manage people', () => {
    for (const role of PERSON_ROLES) {
      expect(isAllowed(m, role, 'complaint.edit')).toBe(true);
      expect(isAllowed(m, role, 'people.manage')).toBe(role === 'admin');
    }
  });

  it('refuses unknown roles and actions', () => {
    expect(isAllowed(m, 'intern', 'complaint.edit')).toBe(false);
    expect(permissionMatrixSchema.safeParse({ admin: ['root.everything'] }).success).toBe(false);
  });

  it('applies an edited row and keeps the administrator able to administer', () => {
    const edited = effectiveMatrix({ warehouseClerk: ['complaint.edit'], admin: [] });
    expect(isAllowed(edited, 'warehouseClerk', 'return.receive')).toBe(false);
    expect(isAllowed(edited, 'admin', 'people.manage')).toBe(true);
    expect(isAllowed(edited, 'admin', 'sync.import')).toBe(false);
    expect(edited.qaManager).toEqual(DEFAULT_PERMISSIONS.qaManager);
  });

  it('names only known actions in the defaults', () => {
    for (const role of PERSON_ROLES) for (const a of DEFAULT_PERMISSIONS[role]) expect(ACTIONS).toContain(a);
  });
});
