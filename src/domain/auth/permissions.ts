/**
 * Who may do what: the permission matrix (role × action). The defaults follow the
 * plant's procedure; an administrator may edit the matrix in Settings. The UI
 * offers only what is allowed and every repository asks `isAllowed` again.
 */
import { z } from 'zod';
import { PERSON_ROLES, type PersonRole } from '../org/org';

export const ACTIONS = [
  'complaint.edit', // record and edit open complaints
  'complaint.assess', // assess, assign the owner, change deadlines
  'masterdata.edit', // products and customers
  'eightd.edit', // fill in the 8D disciplines and actions
  'eightd.sign', // sign the 8D disciplines and approve the report
  'return.edit', // record and edit return requests
  'claim.decide', // accept or refuse a claim
  'return.approveManager', // approve returns above the manager threshold
  'return.approveGeneral', // approve returns above the general manager threshold
  'return.receive', // warehouse receipt
  'return.judge', // QA judgement and disposition
  'case.close', // close and reopen a case
  'record.delete', // delete a record, restore a deleted one, confirm a bundle's many deletions
  'contacts.view', // see customer contact details unmasked
  'audit.view', // read the audit trail
  'settings.manage', // settings, calendar, thresholds, departments
  'people.manage', // people, accounts, roles, permission matrix
  'backup.manage', // backups and restore
  'sync.import', // sync folder and bundle import
  'sync.export', // export a bundle (encrypted)
  'sync.exportPlain', // export without a passphrase
] as const;
export type Action = (typeof ACTIONS)[number];

export type PermissionMatrix = Record<PersonRole, Action[]>;

const everyone: Action[] = ['complaint.edit', 'return.edit', 'sync.export'];

export const DEFAULT_PERMISSIONS: PermissionMatrix = {
  qaEngineer: [...everyone, 'complaint.assess', 'masterdata.edit', 'eightd.edit', 'return.judge', 'contacts.view'],
  teamLeader: [...everyone, 'eightd.edit', 'eightd.sign', 'contacts.view'],
  customerService: [...everyone, 'masterdata.edit', 'contacts.view'],
  warehouseClerk: [...everyone, 'return.receive'],
  marketingManager: [...everyone, 'masterdata.edit', 'claim.decide', 'return.approveManager', 'contacts.view'],
  generalManager: [...everyone, 'return.approveGeneral', 'contacts.view', 'audit.view'],
  qaManager: [...everyone, 'complaint.assess', 'masterdata.edit', 'eightd.edit', 'eightd.sign', 'claim.decide', 'return.judge', 'case.close', 'contacts.view', 'audit.view', 'record.delete'],
  admin: [...everyone, 'masterdata.edit', 'contacts.view', 'audit.view', 'settings.manage', 'people.manage', 'backup.manage', 'sync.import', 'sync.exportPlain', 'record.delete'],
};

/**
 * The administrator keeps what administers the app, whatever the matrix says:
 * otherwise one edit could leave a plant with nobody able to manage accounts.
 */
export const ADMIN_LOCKED: readonly Action[] = ['people.manage', 'settings.manage'];

export const permissionMatrixSchema = z
  .object(Object.fromEntries(PERSON_ROLES.map((r) => [r, z.array(z.enum(ACTIONS)).max(ACTIONS.length)])) as Record<PersonRole, z.ZodArray<z.ZodEnum<{ [K in Action]: K }>>>)
  .partial();
export type StoredPermissions = z.infer<typeof permissionMatrixSchema>;

/** The matrix in force: stored rows where a role has one, the defaults elsewhere. */
export function effectiveMatrix(stored: StoredPermissions | undefined): PermissionMatrix {
  const out = { ...DEFAULT_PERMISSIONS };
  for (const role of PERSON_ROLES) {
    const row = stored?.[role];
    if (row) out[role] = [...new Set(row)];
  }
  out.admin = [...new Set([...out.admin, ...ADMIN_LOCKED])];
  return out;
}

export function isAllowed(matrix: PermissionMatrix, role: string, action: Action): boolean {
  return (PERSON_ROLES as readonly string[]).includes(role) && matrix[role as PersonRole].includes(action);
}

/** Which approval action a role's signature on a return needs. */
export function approvalAction(role: PersonRole): Action | undefined {
  if (role === 'marketingManager') return 'return.approveManager';
  if (role === 'generalManager') return 'return.approveGeneral';
  return undefined;
}
