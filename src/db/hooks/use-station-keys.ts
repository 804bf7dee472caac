/** Live reads of this station's key fingerprint and the stations enrolled here (Settings › Stations and keys). */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { enrolledStations, ownStationPublicKey, type EnrolledStation } from '../repositories/station-keys';

export function useOwnStationKey(): { publicKey: string; fingerprint: string } | null | undefined {
  return useLiveQuery(() => ownStationPublicKey(getDb()), []);
}

export function useEnrolledStations(): EnrolledStation[] {
  return useLiveQuery(async () => [...(await enrolledStations(getDb()))].sort((a, b) => (a.code < b.code ? -1 : 1)), []) ?? [];
}
