// Roles people hold at the plant. Approval rules refer to them by these keys.
export const ROLES = [
  'qaEngineer',
  'customerService',
  'warehouseClerk',
  'marketingManager',
  'generalManager',
  'qaManager',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
