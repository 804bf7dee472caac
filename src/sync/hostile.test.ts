import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { SyncError } from './errors';
import { HOSTILE, TEST_LIMITS } from './__fixtures__/hostile';
import { signedBundle } from './__fixtures__/signed';
import { enrolHostile } from './test-support/enrol';
import { fingerprint } from './test-support/fingerprint';
import { sampleComplaint, station } from './test-support/stations';

async function importBytes(db: Parameters<typeof applyImport>[0], bytes: Uint8Array, passphrase?: string, requireEncrypted = false) {
  const bundle = await decodeBundle(bytes, { passphrase, limits: TEST_LIMITS, requireEncrypted });
  return applyImport(db, bundle);
}

describe('hostile bundles', () => {
  it('has at least 40 hand-made cases', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  });

  it('accepts the valid base the cases are made from', async () => {
    const s = await station('WH1');
    await enrolHostile(s);
    expect((await importBytes(s.db, await signedBundle())).newChanges).toBe(2);
  });

  it.each(HOSTILE.map((c) => [c.name, c] as const))('refuses %s with its own code and writes nothing', async (_name, c) => {
    const s = await station('WH1');
    await createComplaint(s.db, s.station, s.actor, sampleComplaint());
    const before = await fingerprint(s.db);
    const bytes = await c.bytes();
    const error = await importBytes(s.db, bytes, c.passphrase, c.requireEncrypted).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).code).toBe(c.code);
    expect(await fingerprint(s.db)).toBe(before);
    expect(({}) as Record<string, unknown>).not.toHaveProperty('polluted');
  });
});

/** A few cases kept as binary files (e2e/data/hostile, named <code>--<case>.ckd): the e2e spec imports one through the UI. */
const GOLDEN_DIR = 'e2e/data/hostile';
const GOLDEN = ['zip-slip ../ name', 'zip bomb in changes.jsonl', 'newer version', 'manifest with __proto__', 'wrong checksum of changes', 'tampered ciphertext'];

describe('golden hostile files', () => {
  it.runIf(process.env.WRITE_GOLDEN === '1')('are written from the cases', async () => {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    for (const c of HOSTILE.filter((h) => GOLDEN.includes(h.name))) {
      writeFileSync(`${GOLDEN_DIR}/${c.code}--${c.name.replace(/[^a-z0-9]+/gi, '-')}.ckd`, await c.bytes());
    }
  });

  it.runIf(existsSync(GOLDEN_DIR))('are still refused with the code in their name', async () => {
    const s = await station('WH1');
    const files = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.ckd'));
    expect(files.length).toBeGreaterThanOrEqual(GOLDEN.length);
    for (const f of files) {
      const code = f.split('--')[0];
      const passphrase = code === 'tamperedCiphertext' ? 'correct horse' : undefined;
      const error = await importBytes(s.db, new Uint8Array(readFileSync(`${GOLDEN_DIR}/${f}`)), passphrase).then(() => null, (e: unknown) => e);
      expect((error as SyncError).code, f).toBe(code);
    }
  });
});
