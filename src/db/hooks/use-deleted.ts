/** The deleted records (for the administrator's and the QA manager's "deleted" view), kept current. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { listDeleted, type DeletedRecord } from '../repositories/deleted';

export function useDeletedRecords(): DeletedRecord[] | undefined {
  return useLiveQuery(async () => listDeleted(getDb()), []);
}
