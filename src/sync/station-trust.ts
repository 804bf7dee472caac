/**
 * Whose bundle is this? Judged once, before anything else of an import (preview
 * and apply): the bundle must be signed (format 2), its signature must verify
 * with the key its manifest names, that key must not be this station's own, and
 * the station must be enrolled here with exactly that key. WebCrypto: call it
 * outside any transaction.
 */
import type { AppDB } from '../db/app-db';
import { enrolledStations, ownStationPublicKey } from '../db/repositories/station-keys';
import type { Manifest } from './bundle-format';
import type { Station } from '../db/repositories/station';
import { fingerprint, verifyBytes } from '../domain/auth/keys';
import type { DecodedBundle } from './decode';
import { SyncError } from './errors';

type Signed = Pick<DecodedBundle, 'manifest' | 'manifestBytes' | 'signature'>;

export async function checkStationTrust(db: AppDB, bundle: Signed): Promise<void> {
  const { station: from } = bundle.manifest;
  const local = (await db.settings.get('station'))?.value as unknown as Station | undefined;
  if (local && from.id === local.id) throw new SyncError('ownBundle');
  if (bundle.manifest.version < 2 || !bundle.signature || !from.publicKey) throw new SyncError('unsignedBundle', { station: from.code });
  const own = await ownStationPublicKey(db);
  if (own && from.publicKey === own.publicKey) throw new SyncError('ownBundle');
  if (!(await verifyBytes(from.publicKey, bundle.manifestBytes, bundle.signature))) throw new SyncError('badSignature', { station: from.code });
  const print = fingerprint(from.publicKey);
  const enrolled = (await enrolledStations(db)).find((s) => s.id === from.id);
  // The refusal carries the verified station block, so the page (the import runs in a worker) can offer to enrol it.
  const candidate = { station: from.code, stationId: from.id, name: from.name, publicKey: from.publicKey, fingerprint: print };
  if (!enrolled) throw new SyncError('stationNotEnrolled', candidate);
  if (enrolled.publicKey !== from.publicKey) throw new SyncError('stationKeyChanged', { ...candidate, enrolled: enrolled.fingerprint });
}

/** What an administrator enrols from a refusal (stationNotEnrolled / stationKeyChanged): the station block its params carry. */
export function stationCandidateOf(e: SyncError) {
  const p = e.params;
  return { id: String(p.stationId), code: String(p.station), name: String(p.name), publicKey: String(p.publicKey) };
}

/**
 * Inside the import's transactions (IndexedDB only): the station is still enrolled
 * with the key that signed the bundle, so a revocation between the check and the
 * write is honoured.
 */
export async function checkStillEnrolledInTx(db: AppDB, manifest: Manifest): Promise<void> {
  const enrolled = (await enrolledStations(db)).find((s) => s.id === manifest.station.id);
  if (!enrolled || enrolled.publicKey !== manifest.station.publicKey) {
    throw new SyncError('stationNotEnrolled', { station: manifest.station.code, name: manifest.station.name, fingerprint: manifest.station.publicKey ? fingerprint(manifest.station.publicKey) : '' });
  }
}
