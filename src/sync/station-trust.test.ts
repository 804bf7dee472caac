/**
 * Stations are enrolled, not assumed: a bundle is imported only when it is
 * signed (format 2), its signature verifies with the key its manifest names,
 * that key is not this station's own, and its station is enrolled here with
 * exactly that key. Each refusal has its own localised message, and leaves the
 * database as it was.
 */
import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { resources } from '../app/i18n/bundles';
import { syncErrorText } from '../features/sync/sync-error-text';
import { createComplaint } from '../db/repositories/complaints';
import { enrolledStations, enrolStation, ensureStationKey, revokeStation, signAsStation, StationEnrolError } from '../db/repositories/station-keys';
import { fingerprint as keyFingerprint } from '../domain/auth/keys';
import { buildExport } from './export';
import { decodeBundle } from './decode';
import { applyImport, previewImport } from './import';
import { SyncError } from './errors';
import { HOSTILE_PUBLIC_KEY, HOSTILE_STATION, TEST_LIMITS, validBundle, validParts } from './__fixtures__/hostile';
import { rawZip } from './__fixtures__/raw-zip';
import { hostilePrivateKey, otherKey, signedBundle, signedParts } from './__fixtures__/signed';
import { auditEntries } from './__fixtures__/hostile';
import { chainAuditEntry, GENESIS_HASH, type AuditEntry } from '../domain/audit/audit-chain';
import { signedHeadBytes } from '../db/audit-checkpoint';
import { signBytes } from '../domain/auth/keys';
import { fingerprint } from './test-support/fingerprint';
import { sampleComplaint, station } from './test-support/stations';
import { enrol, enrolHostile } from './test-support/enrol';

async function translators(): Promise<TFunction[]> {
  const out: TFunction[] = [];
  for (const lng of ['zh-CN', 'en']) {
    const i = i18next.createInstance();
    await i.init({ resources: { 'zh-CN': { translation: resources['zh-CN'] }, en: { translation: resources.en } }, lng, interpolation: { escapeValue: false } });
    out.push(i.t);
  }
  return out;
}

/** A station with one complaint of its own. */
async function target() {
  const s = await station('WH1');
  await createComplaint(s.db, s.station, s.actor, sampleComplaint());
  return s;
}

/**
 * Refused by the import with `code`, the database unchanged; returns the error. A
 * trust refusal comes at the preview already; a broken chain is shown by the
 * preview (an administrator may accept it there) and refused by the import.
 */
async function refused(db: Parameters<typeof applyImport>[0], bytes: Uint8Array, code: string): Promise<SyncError> {
  const before = await fingerprint(db);
  const bundle = await decodeBundle(bytes, { limits: TEST_LIMITS });
  const p = await previewImport(db, bundle).then((x) => x, (e: unknown) => e);
  const e = await applyImport(db, bundle).then(() => null, (x: unknown) => x);
  if (code === 'auditChainBroken') expect(p).toMatchObject({ audit: { kind: expect.stringMatching(/^(broken|rewritten)$/) } });
  else expect((p as SyncError).code).toBe(code);
  expect(e).toBeInstanceOf(SyncError);
  expect((e as SyncError).code).toBe(code);
  expect(await fingerprint(db)).toBe(before);
  return e as SyncError;
}

const HOSTILE_PRINT = keyFingerprint(HOSTILE_PUBLIC_KEY);

describe('station trust', () => {
  it('refuses a version-1 bundle and a version-2 bundle without its signature as unsigned', async () => {
    const s = await target();
    await enrolHostile(s);
    const v1 = validBundle({ manifest: (m) => ({ ...m, version: 1, station: { id: HOSTILE_STATION.id, code: 'QA9' } }) });
    const e = await refused(s.db, v1, 'unsignedBundle');
    expect(e.params).toMatchObject({ station: 'QA9' });
    await refused(s.db, validBundle(), 'unsignedBundle');
    for (const t of await translators()) expect(syncErrorText(t, e)).toContain('QA9');
  });

  it('refuses a signature made with another key, and a manifest changed after signing', async () => {
    const s = await target();
    await enrolHostile(s);
    const forger = await otherKey();
    const e = await refused(s.db, await signedBundle({}, forger.privateKey), 'badSignature');
    expect(e.params).toMatchObject({ station: 'QA9' });
    // Signed, then a count in the manifest edited (the checksums still hold: the edit is in the manifest alone).
    const parts = await signedParts();
    const manifest = parts.find((p) => p.name === 'manifest.json')!;
    manifest.data = new TextEncoder().encode(new TextDecoder().decode(manifest.data).replace('"createdAt":"2026-11-20T03:00:00.000Z"', '"createdAt":"2026-11-20T03:00:01.000Z"'));
    await refused(s.db, rawZip(parts), 'badSignature');
    const [zh, en] = await translators();
    expect(syncErrorText(zh!, e)).toContain('签名无法验证');
    expect(syncErrorText(en!, e)).toContain('does not verify');
  });

  it('refuses a station that is not enrolled, naming it with its fingerprint; enrolled, its bundle imports', async () => {
    const s = await target();
    const e = await refused(s.db, await signedBundle(), 'stationNotEnrolled');
    expect(e.params).toEqual({ station: 'QA9', stationId: HOSTILE_STATION.id, name: HOSTILE_STATION.name, publicKey: HOSTILE_STATION.publicKey, fingerprint: HOSTILE_PRINT });
    expect(HOSTILE_PRINT).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    for (const t of await translators()) {
      const text = syncErrorText(t, e);
      expect(text).toContain(HOSTILE_PRINT);
      expect(text).toContain(HOSTILE_STATION.name);
    }
    await enrolHostile(s);
    expect((await applyImport(s.db, await decodeBundle(await signedBundle(), { limits: TEST_LIMITS }))).newChanges).toBe(2);
  });

  it('refuses a known station whose bundle is signed with another key, naming both fingerprints', async () => {
    const s = await target();
    await enrolHostile(s);
    const renewed = await otherKey();
    const bytes = await signedBundle({ manifest: (m) => ({ ...m, station: { ...HOSTILE_STATION, publicKey: renewed.publicKey } }) }, renewed.privateKey);
    const e = await refused(s.db, bytes, 'stationKeyChanged');
    expect(e.params).toMatchObject({ station: 'QA9', enrolled: HOSTILE_PRINT, fingerprint: keyFingerprint(renewed.publicKey) });
    for (const t of await translators()) expect(syncErrorText(t, e)).toContain(keyFingerprint(renewed.publicKey));
  });

  it('refuses a bundle signed with this station’s own key under another id, and its own bundle', async () => {
    const s = await target();
    const own = await ensureStationKey(s.db);
    const parts = validParts({ manifest: (m) => ({ ...m, station: { ...HOSTILE_STATION, publicKey: own.publicKey } }) });
    const manifest = parts.find((p) => p.name === 'manifest.json')!;
    const signature = await signAsStation(s.db, new Uint8Array(manifest.data));
    parts.push({ name: 'signature.json', data: new TextEncoder().encode(JSON.stringify({ alg: 'Ed25519', signature })) });
    await refused(s.db, rawZip(parts), 'ownBundle');
    const mine = await buildExport(s.db, { destination: 'usb', mode: 'all' });
    await refused(s.db, mine.bytes, 'ownBundle');
  });

  it('only people who manage people enrol and revoke, each audited; a revoked station is refused again', async () => {
    const a = await station('QA1');
    const b = await target();
    await createComplaint(a.db, a.station, a.actor, sampleComplaint('乙公司'));
    const key = await ensureStationKey(a.db);
    const candidate = { id: a.station.id, code: 'QA1', name: a.station.name, publicKey: key.publicKey };
    // The procedure's default matrix: a QA manager may not enrol.
    const allowAll = await b.db.config.get('plant');
    await b.db.config.delete('plant');
    await expect(enrolStation(b.db, b.station, b.actor, candidate)).rejects.toMatchObject({ issues: [{ code: 'auth.err.notAllowed' }] });
    await b.db.config.put(allowAll!);
    await expect(enrolStation(b.db, b.station, b.actor, { ...candidate, id: b.station.id })).rejects.toBeInstanceOf(StationEnrolError);
    await enrol(b, a);
    expect((await enrolledStations(b.db)).map((x) => [x.code, x.fingerprint, x.enrolledBy])).toEqual([['QA1', key.fingerprint, b.actor.name]]);
    const bundle = await decodeBundle((await buildExport(a.db, { destination: 'usb', mode: 'all' })).bytes);
    expect((await previewImport(b.db, bundle)).newChanges).toBeGreaterThan(0);

    await b.db.config.delete('plant');
    await expect(revokeStation(b.db, b.station, b.actor, a.station.id)).rejects.toMatchObject({ issues: [{ code: 'auth.err.notAllowed' }] });
    await b.db.config.put(allowAll!);
    await revokeStation(b.db, b.station, b.actor, a.station.id);
    expect(await enrolledStations(b.db)).toEqual([]);
    await expect(previewImport(b.db, bundle)).rejects.toMatchObject({ code: 'stationNotEnrolled' });
    const audit = (await b.db.audit.toArray()).filter((x) => x.entity === 'station');
    expect(audit.map((x) => x.action)).toEqual(['station.enrol', 'station.revoke']);
  });

  it('refuses a re-hashed history of a station, and a signed head that is not genuine, with the station named', async () => {
    const s = await target();
    await enrolHostile(s);
    const lines = (entries: AuditEntry[]) => entries.map((e) => JSON.stringify(e));
    const good = auditEntries(3);
    expect((await applyImport(s.db, await decodeBundle(await signedBundle({ audit: lines(good) }), { limits: TEST_LIMITS }))).audit).toEqual({ kind: 'first' });
    // The same entries, rewritten and re-hashed from the genesis on: every link holds, the hashes we saw do not.
    const rehashed: AuditEntry[] = [];
    for (const e of good) rehashed.push(chainAuditEntry({ id: e.id, station: e.station, actor: '改写者', at: e.at, entity: e.entity, rowId: e.rowId, action: e.action, changes: e.changes }, rehashed.at(-1)?.hash ?? GENESIS_HASH));
    const later = (m: Record<string, unknown>) => ({ ...m, createdAt: '2026-11-21T03:00:00.000Z' });
    const e = await refused(s.db, await signedBundle({ audit: lines(rehashed), manifest: later }), 'auditChainBroken');
    expect(e.params).toMatchObject({ station: 'QA9', entry: good[2]!.id });
    const [zh, en] = await translators();
    expect(syncErrorText(zh!, e)).toContain('审计记录链断开或被改写');
    expect(syncErrorText(en!, e)).toContain('broken or was rewritten');

    // A signed head by the station's key that names another head than the manifest's.
    const body = { station: HOSTILE_STATION.id, head: 'e'.repeat(64), count: 3, at: '2026-11-21T03:00:00.000Z' };
    const auditSigned = { head: body.head, count: 3, at: body.at, signature: await signBytes(await hostilePrivateKey(), signedHeadBytes(body)) };
    const t = await target();
    await enrolHostile(t);
    await refused(t.db, await signedBundle({ audit: lines(good), manifest: (m) => ({ ...m, auditSigned }) }), 'auditChainBroken');
    // The right head, signed by another key.
    const forger = await otherKey();
    const forged = { ...auditSigned, head: good[2]!.hash, signature: await signBytes(forger.privateKey, signedHeadBytes({ ...body, head: good[2]!.hash })) };
    await refused(t.db, await signedBundle({ audit: lines(good), manifest: (m) => ({ ...m, auditSigned: forged }) }), 'auditChainBroken');
    const genuine = { ...auditSigned, head: good[2]!.hash, signature: await signBytes(await hostilePrivateKey(), signedHeadBytes({ ...body, head: good[2]!.hash })) };
    expect((await applyImport(t.db, await decodeBundle(await signedBundle({ audit: lines(good), manifest: (m) => ({ ...m, auditSigned: genuine }) }), { limits: TEST_LIMITS }))).newChanges).toBe(2);
  });
});
