// Roles people hold at the plant (one list, kept with people in domain/org).
// Approval rules refer to them by these keys.
export { PERSON_ROLES as ROLES, type PersonRole as Role } from '../org/org';
