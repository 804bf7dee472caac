/**
 * This station's identity and its local bookkeeping, kept in the local-only
 * `settings` table: station id (random, never changes; the sync tie-break),
 * code and name (human, editable; a code another station numbers with is refused), the HLC, the audit chain head, and the
 * per-year complaint number counters. None of it syncs.
 */
import { ulid } from 'ulid';
import { z } from 'zod';
import type { AppDB } from '../app-db';
import { STATION_CODE_PATTERN } from '../../domain/complaint/schema';
import type { Json } from '../../domain/merge/field-paths';
import { decodeHlc } from '../../domain/merge/hlc';
import { parseOrThrow, ValidationError } from '../../domain/common/validation-error';

export const stationSchema = z.object({
  id: z.string().min(10).max(40),
  code: z.string().trim().regex(STATION_CODE_PATTERN, { error: 'validation.stationCode' }),
  name: z.string().trim().min(1, { error: 'validation.required' }).max(100, { error: 'validation.tooLong' }),
  timeZone: z.string().min(1).max(64),
});
export type Station = z.infer<typeof stationSchema>;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export async function getSetting<T extends Json>(db: AppDB, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}

export async function putSetting(db: AppDB, key: string, value: Json): Promise<void> {
  await db.settings.put({ key, value });
}

/** The station, created on first use with a fresh id and the default code QA1. */
export async function ensureStation(db: AppDB): Promise<Station> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await getSetting<Station>(db, 'station');
    if (existing) return existing;
    const station: Station = { id: ulid(), code: 'QA1', name: '质量部', timeZone: DEFAULT_TIME_ZONE };
    await putSetting(db, 'station', station);
    return station;
  });
}

/**
 * Complaint numbers carry the station code, and a station numbers on from the
 * numbers it has seen under that code. A code another station has numbered
 * with (seen here through sync) is refused: the two stations would issue the
 * same numbers while apart. The creating station of a complaint is the station
 * part of its creation stamp. A code this station used before is fine: its
 * counter for that code is kept, and numbers already taken are skipped.
 */
async function codeUsedElsewhere(db: AppDB, code: string, stationId: string): Promise<boolean> {
  let found = false;
  await db.complaints.where('number').startsWith(`${code}-`).until(() => found).each((c) => {
    const creator = decodeHlc(c._clocks.createdAt ?? c._clocks.number ?? '')?.station;
    if (creator && creator !== stationId) found = true;
  });
  return found;
}

export async function updateStation(db: AppDB, patch: Pick<Station, 'code' | 'name' | 'timeZone'>): Promise<Station> {
  const current = await ensureStation(db);
  const next = parseOrThrow(stationSchema, { ...current, ...patch, id: current.id });
  return db.transaction('rw', [db.settings, db.complaints], async () => {
    if (next.code !== current.code && (await codeUsedElsewhere(db, next.code, current.id))) {
      throw new ValidationError([{ path: 'code', code: 'validation.stationCodeTaken' }]);
    }
    await putSetting(db, 'station', next);
    return next;
  });
}
