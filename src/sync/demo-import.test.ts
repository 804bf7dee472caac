/**
 * The demo plant travels: station B, after trusting A's demo administrator
 * (fingerprint compared), imports A's demo with its returns, closures and 8D
 * signatures, because every change names the person who did it and each
 * signature verifies under B's trust. A change whose author lacks the role
 * for it is refused.
 */
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../db/repositories/demo';
import { trustAdministrator } from '../db/repositories/accounts';
import { verifyAll } from '../db/repositories/signing';
import { approvalsOf, type StoredReturn } from '../db/repositories/returns-row';
import { approvalStatement, claimDecisionStatement, REQUEST_STATUSES } from '../domain/returns';
import { eightDStatement } from '../domain/eightd/signature';
import { buildExport } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { station } from './test-support/stations';
import { enrol } from './test-support/enrol';
import { SyncError } from './errors';
import type { EightD } from '../domain/eightd/schema';

const NOW = new Date('2026-12-02T08:00:00Z');

async function demoAtA() {
  const a = await station('QA1');
  // loadDemoData seeds the departments of a bare database as the app does at start: written by the station itself.
  await loadDemoData(a.db, a.station, a.actor, 120, NOW);
  const admin = (await a.db.people.toArray()).find((p) => p.role === 'admin' && p.login)!;
  const bytes = (await buildExport(a.db, { destination: 'x', mode: 'all', now: NOW })).bytes;
  return { a, root: { personId: admin.id, keyId: admin.credential!.keyId }, bytes };
}

async function code(p: Promise<unknown>): Promise<string> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(SyncError);
  return (e as SyncError).code;
}

describe('the demo plant imported at another station', () => {
  it('is refused until B trusts the demo administrator, then accepted with every return, decision, approval and 8D signature verifying at B', async () => {
    const { a, root, bytes } = await demoAtA();
    const b = await station('WH1');
    await enrol(b, a);
    expect(await code(applyImport(b.db, await decodeBundle(bytes), NOW))).toBe('untrustedAdmin');
    expect(await b.db.returns.count()).toBe(0);

    await trustAdministrator(b.db, b.station, b.actor, root, NOW);
    // B's own permission matrix at its defaults: every guarded change is judged by its demo author's role alone.
    await b.db.config.delete('plant');
    await applyImport(b.db, await decodeBundle(bytes), NOW);

    const returns = (await b.db.returns.toArray()) as StoredReturn[];
    expect(returns.length).toBe(await a.db.returns.count());
    expect(new Set(returns.map((r) => r.status))).toEqual(new Set(REQUEST_STATUSES));
    const approvals = returns.flatMap((r) => approvalsOf(r).map((x) => ({ r, x })));
    const decided = returns.filter((r) => r.decision?.signature);
    const signed = ((await b.db.eightD.toArray()) as EightD[]).filter((r) => Object.keys(r.signatures).length > 0);
    expect(approvals.length).toBeGreaterThan(3);
    expect(signed.length).toBeGreaterThan(10);
    const verdicts = await verifyAll(b.db, [
      ...decided.map((r) => ({ statement: claimDecisionStatement(r.id, r.decision!, r.decision!.signature!, r.decision!.contentHash!), proof: r.decision!.signature! })),
      ...approvals.map(({ r, x }) => ({ statement: approvalStatement(r.id, x), proof: { keyId: x.keyId!, sig: x.sig! } })),
      ...signed.flatMap((r) => Object.values(r.signatures).map((s) => ({ statement: eightDStatement(r.id, s!), proof: { keyId: s!.keyId!, sig: s!.sig! } }))),
    ]);
    expect(verdicts.length).toBe(decided.length + approvals.length + signed.length * 3);
    expect(verdicts.filter((v) => v.state !== 'valid')).toEqual([]);
    expect(await b.db.complaints.count()).toBe(120);
  }, 60_000);

  it('refuses the demo when an approval is said to be written by the customer service clerk', async () => {
    const { a, root, bytes } = await demoAtA();
    const b = await station('WH1');
    await enrol(b, a);
    await trustAdministrator(b.db, b.station, b.actor, root, NOW);
    const clerk = (await a.db.people.toArray()).find((p) => p.role === 'customerService' && p.login)!;
    const bundle = await decodeBundle(bytes);
    const approval = bundle.changes.find((c) => c.table === 'returns' && Object.keys(c.fields).some((k) => k.startsWith('approvals.')))!;
    approval.author = clerk.id;
    expect(await code(applyImport(b.db, bundle, NOW))).toBe('notPermitted');
    expect(await b.db.returns.count()).toBe(0);
  }, 60_000);
});
