/**
 * This station's own signing key and the stations it has enrolled.
 *
 * Each installation makes one Ed25519 key pair (WebCrypto) the first time it
 * needs it. The private half is a non-extractable CryptoKey kept in IndexedDB
 * (setting `station.key`, stored as a structured clone): it can sign, but no
 * code, backup or export can read its bytes. A restored or reinstalled station
 * therefore has a new key, and the other stations enrol it again.
 *
 * Enrolled stations (setting `sync.enrolledStations`) are the only ones whose
 * bundles this station imports: an administrator compares the fingerprint by
 * telephone and enrols the key. Enrolling and revoking need `people.manage`,
 * checked here, and are audited.
 */
import { z } from 'zod';
import type { AppDB } from '../app-db';
import type { Json } from '../../domain/merge/field-paths';
import { fingerprint, fromBase64, signBytes, toBase64, type CryptoKey } from '../../domain/auth/keys';
import { parseOrThrow } from '../../domain/common/validation-error';
import { authorize } from './authorize';
import type { Station } from './station';
import { appendAuditInTx, type Actor } from './write-record';

export const STATION_KEY = 'station.key';
export const ENROLLED_STATIONS_KEY = 'sync.enrolledStations';

interface StoredStationKey {
  privateKey: CryptoKey;
  /** Raw public key, base64. */
  publicKey: string;
  createdAt: string;
}

export interface StationKey {
  privateKey: CryptoKey;
  publicKey: string;
  fingerprint: string;
}

export interface EnrolledStation {
  id: string;
  code: string;
  name: string;
  publicKey: string;
  fingerprint: string;
  enrolledBy: string;
  enrolledAt: string;
}

/** A raw Ed25519 public key: 32 bytes, base64. */
export const publicKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

/** What a bundle tells about its station, as an administrator enrols it. */
export const stationCandidateSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  code: z.string().min(1).max(20),
  name: z.string().max(100),
  publicKey: publicKeySchema,
});
export type StationCandidate = z.infer<typeof stationCandidateSchema>;

function isStoredKey(v: unknown): v is StoredStationKey {
  const k = v as Partial<StoredStationKey> | undefined;
  return !!k && typeof k.publicKey === 'string' && typeof k.privateKey === 'object' && k.privateKey !== null;
}

async function readKey(db: AppDB): Promise<StoredStationKey | undefined> {
  const v = (await db.settings.get(STATION_KEY))?.value;
  return isStoredKey(v) ? v : undefined;
}

const asKey = (k: StoredStationKey): StationKey => ({ privateKey: k.privateKey, publicKey: k.publicKey, fingerprint: fingerprint(k.publicKey) });

/**
 * The station's key pair, made on first use. The key is generated outside any
 * transaction (WebCrypto); if two callers race, the first one stored wins and
 * both return it.
 */
export async function ensureStationKey(db: AppDB, now = new Date()): Promise<StationKey> {
  const existing = await readKey(db);
  if (existing) return asKey(existing);
  const pair = (await globalThis.crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as { publicKey: CryptoKey; privateKey: CryptoKey };
  const publicKey = toBase64(new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', pair.publicKey)));
  const fresh: StoredStationKey = { privateKey: pair.privateKey, publicKey, createdAt: now.toISOString() };
  const stored = await db.transaction('rw', db.settings, async () => {
    const raced = await readKey(db);
    if (raced) return raced;
    await db.settings.put({ key: STATION_KEY, value: fresh as unknown as Json });
    return fresh;
  });
  return asKey(stored);
}

/** This station's public key and fingerprint, without making a key (null before the first). */
export async function ownStationPublicKey(db: AppDB): Promise<{ publicKey: string; fingerprint: string } | null> {
  const k = await readKey(db);
  return k ? { publicKey: k.publicKey, fingerprint: fingerprint(k.publicKey) } : null;
}

/** Signs bytes with this station's key (outside any transaction: WebCrypto). */
export async function signAsStation(db: AppDB, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await ensureStationKey(db);
  return signBytes(key.privateKey, bytes);
}

export async function enrolledStations(db: AppDB): Promise<EnrolledStation[]> {
  const v = (await db.settings.get(ENROLLED_STATIONS_KEY))?.value;
  return Array.isArray(v) ? (v as unknown as EnrolledStation[]) : [];
}

export class StationEnrolError extends Error {
  constructor(readonly reason: 'ownStation' | 'badKey') {
    super(`station enrolment refused: ${reason}`);
    this.name = 'StationEnrolError';
  }
}

/**
 * Enrols another station's key (or replaces the key of a station enrolled
 * before, e.g. after it was restored). The administrator has compared the
 * fingerprint out of band.
 */
export async function enrolStation(db: AppDB, station: Station, actor: Actor, candidate: StationCandidate, now = new Date()): Promise<EnrolledStation> {
  const c = parseOrThrow(stationCandidateSchema, candidate);
  const person = await authorize(db, actor, 'people.manage');
  if (fromBase64(c.publicKey).length !== 32) throw new StationEnrolError('badKey');
  const own = await ownStationPublicKey(db);
  if (c.id === station.id || c.publicKey === own?.publicKey) throw new StationEnrolError('ownStation');
  const entry: EnrolledStation = { id: c.id, code: c.code, name: c.name, publicKey: c.publicKey, fingerprint: fingerprint(c.publicKey), enrolledBy: person.name, enrolledAt: now.toISOString() };
  await db.transaction('rw', db.settings, db.audit, async () => {
    const list = await enrolledStations(db);
    const before = list.find((s) => s.id === c.id);
    await db.settings.put({ key: ENROLLED_STATIONS_KEY, value: [...list.filter((s) => s.id !== c.id), entry] as unknown as Json });
    await appendAuditInTx(db, station, actor, {
      entity: 'station',
      rowId: c.id,
      action: 'station.enrol',
      changes: [
        { path: 'code', before: before?.code ?? null, after: c.code },
        { path: 'fingerprint', before: before?.fingerprint ?? null, after: entry.fingerprint },
      ],
    }, now.getTime());
  });
  return entry;
}

/** Removes a station's key: its bundles are refused until it is enrolled again. */
export async function revokeStation(db: AppDB, station: Station, actor: Actor, stationId: string, now = new Date()): Promise<void> {
  await authorize(db, actor, 'people.manage');
  await db.transaction('rw', db.settings, db.audit, async () => {
    const list = await enrolledStations(db);
    const gone = list.find((s) => s.id === stationId);
    if (!gone) return;
    await db.settings.put({ key: ENROLLED_STATIONS_KEY, value: list.filter((s) => s.id !== stationId) as unknown as Json });
    await appendAuditInTx(db, station, actor, {
      entity: 'station',
      rowId: stationId,
      action: 'station.revoke',
      changes: [{ path: 'fingerprint', before: gone.fingerprint, after: null }],
    }, now.getTime());
  });
}
