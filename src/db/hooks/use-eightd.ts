/** Live read of a complaint's 8D (null when none has been opened yet), with defaults for any missing part. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { getEightD } from '../repositories/eightd';
import type { EightD } from '../../domain/eightd/schema';

export function useEightD(complaintId: string | undefined): EightD | null | undefined {
  return useLiveQuery(async () => (complaintId ? ((await getEightD(getDb(), complaintId)) ?? null) : null), [complaintId]);
}
