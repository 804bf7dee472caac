/** Several stations (one fake-indexeddb database each) with distinct codes, and a sample complaint. */
import { freshDb, sampleComplaintInput } from '../../db/test-support/fake-db';
import { updateStation } from '../../db/repositories/station';

export async function station(code: string) {
  const s = await freshDb();
  const updated = await updateStation(s.db, { code, name: `站点 ${code}`, timeZone: 'Asia/Shanghai' });
  return { ...s, station: updated };
}

export const sampleComplaint = sampleComplaintInput;
