/**
 * Enrolment for sync tests: stations import only bundles of stations they have
 * enrolled (station-trust.ts), so tests that exchange bundles enrol first, the
 * way an administrator would (through the repository, audited).
 */
import type { AppDB } from '../../db/app-db';
import type { Station } from '../../db/repositories/station';
import { enrolStation, ensureStationKey } from '../../db/repositories/station-keys';
import type { Actor } from '../../db/repositories/write-record';
import { HOSTILE_STATION } from '../__fixtures__/hostile';

/** Before any test's own clock: the enrolment's audit entry is not part of what a test's exports cover. */
const ENROLLED_AT = new Date('2026-01-01T00:00:00.000Z');

export interface TestStation {
  db: AppDB;
  station: Station;
  actor: Actor;
}

/** `at` enrols `other` (acting as `actor`, by default the station's own test actor). */
export async function enrol(at: TestStation, other: TestStation, actor: Actor = at.actor): Promise<void> {
  const key = await ensureStationKey(other.db);
  const station = ((await other.db.settings.get('station'))?.value as unknown as Station | undefined) ?? other.station;
  await enrolStation(at.db, at.station, actor, { id: station.id, code: station.code, name: station.name, publicKey: key.publicKey }, ENROLLED_AT);
}

/** Every station enrols every other. */
export async function enrolEachOther(...stations: TestStation[]): Promise<void> {
  for (const a of stations) for (const b of stations) if (a !== b) await enrol(a, b);
}

/** The station enrols the hand-made hostile station (QA9) whose bundles the fixtures sign. */
export async function enrolHostile(at: TestStation, actor: Actor = at.actor): Promise<void> {
  await enrolStation(at.db, at.station, actor, HOSTILE_STATION, ENROLLED_AT);
}
