/** The newest audit entries, for the administrator's audit trail. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import type { AuditEntry } from '../../domain/audit/audit-chain';

export function useAuditTrail(limit: number): AuditEntry[] | undefined {
  return useLiveQuery(async () => getDb().audit.orderBy('seq').reverse().limit(limit).toArray(), [limit]);
}
