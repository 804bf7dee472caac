/**
 * Convergence through the real pipeline. The domain property test
 * (domain/merge/convergence.property.test.ts) runs 10,000 scenarios on the merge
 * alone; this one runs fewer, slower ones end to end: each station is an AppDB
 * over fake-indexeddb, every write goes through a repository (complaints, 8D
 * actions added and removed, "keep this value"), and every exchange is a real
 * bundle file: buildExport ('all', or 'since' the last export to that peer) →
 * bytes → decodeBundle → applyImport, with replays of old bundles and clocks
 * skewed by days. After everyone has met everyone, all stations hold equal rows
 * and equal conflict lists, and re-importing every bundle ever made changes no
 * database.
 * Runs: SYNC_PIPELINE_RUNS (default 25).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import 'fake-indexeddb/auto';
import { AppDB } from '../db/app-db';
import { createComplaint, complaintToInput, updateComplaint } from '../db/repositories/complaints';
import type { Complaint } from '../domain/complaint/record';
import { openEightD, removeAction, saveDiscipline } from '../db/repositories/eightd';
import { putSetting, updateStation, type Station } from '../db/repositories/station';
import type { Actor } from '../db/repositories/write-record';
import { sampleComplaintInput, seedTestPeople } from '../db/test-support/fake-db';
import { enrolEachOther } from './test-support/enrol';
import { canonicalJson } from '../domain/common/canonical-json';
import { listOf } from '../domain/eightd/keyed';
import { emptyAction, eightDIdFor, type EightD } from '../domain/eightd/schema';
import { restoreEightD } from '../domain/eightd/report';
import { buildExport, markExported } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { keepConflictValue } from './resolve-conflict';
import { fingerprint } from './test-support/fingerprint';

const RUNS = Number(process.env.SYNC_PIPELINE_RUNS ?? 25);
const DAY = 86_400_000;
// Past every sample's receipt time even on the station whose clock is 2 days slow (the form refuses a future receipt).
const T0 = Date.parse('2026-11-25T03:00:00.000Z');
const PHONES = ['13900000001', '13900000002', '13900000003'];
const NAMES = ['华东精密机械有限公司', '华南液压设备厂', '北方泵业'];

type Op =
  | { kind: 'create'; s: number; name: number; dt: number }
  | { kind: 'edit'; s: number; row: number; field: 'phone' | 'name' | 'batch'; value: number; dt: number }
  | { kind: 'addAction'; s: number; row: number; dt: number }
  | { kind: 'removeAction'; s: number; row: number; action: number; dt: number }
  | { kind: 'keep'; s: number; conflict: number; value: 0 | 1; dt: number }
  | { kind: 'sync'; from: number; to: number; since: boolean; dt: number }
  | { kind: 'replay'; to: number; bundle: number; dt: number };

const dt = fc.nat(3);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), s: fc.nat(3), name: fc.nat(NAMES.length - 1), dt }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), s: fc.nat(3), row: fc.nat(3), field: fc.constantFrom('phone' as const, 'name' as const, 'batch' as const), value: fc.nat(PHONES.length - 1), dt }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addAction' as const), s: fc.nat(3), row: fc.nat(3), dt }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeAction' as const), s: fc.nat(3), row: fc.nat(3), action: fc.nat(3), dt }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('keep' as const), s: fc.nat(3), conflict: fc.nat(3), value: fc.constantFrom(0 as const, 1 as const), dt }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.nat(3), to: fc.nat(3), since: fc.boolean(), dt }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replay' as const), to: fc.nat(3), bundle: fc.nat(20), dt }) },
);

const scenarioArb = fc.record({
  stations: fc.integer({ min: 2, max: 4 }),
  // Mostly equal clocks (same-millisecond ties), some days off either way.
  skews: fc.array(fc.constantFrom(0, 0, 3 * DAY, -2 * DAY, 1), { minLength: 4, maxLength: 4 }),
  ops: fc.array(opArb, { minLength: 4, maxLength: 24 }),
});
type Scenario = { stations: number; skews: number[]; ops: Op[] };

interface Node {
  db: AppDB;
  station: Station;
  actor: Actor;
  skew: number;
}

interface Bundle {
  from: string;
  bytes: Uint8Array;
}

let dbCounter = 0;

/** A station with a fixed id (the HLC tie-break), so a failing scenario replays alike. */
async function openNode(i: number, skew: number): Promise<Node> {
  const db = new AppDB(`pipeline-${process.pid}-${dbCounter++}`);
  await db.open();
  const id = `01JPIPELINESTATION0000000${i}`;
  await putSetting(db, 'station', { id, code: `S${i}`, name: `站点 S${i}`, timeZone: 'Asia/Shanghai' });
  const station = await updateStation(db, { code: `S${i}`, name: `站点 S${i}`, timeZone: 'Asia/Shanghai' });
  await seedTestPeople(db, Array.from({ length: 10 }, (_, k) => ({ id: `p${k}`, name: `工程师${k}` })));
  return { db, station, actor: { id: `p${i}`, name: `工程师${i}` }, skew };
}

async function liveComplaints(db: AppDB): Promise<Complaint[]> {
  return (await db.complaints.orderBy('id').toArray()).filter((c) => !c.deletedAt);
}

async function eightDOf(db: AppDB, complaintId: string): Promise<EightD | undefined> {
  const raw = await db.eightD.get(eightDIdFor(complaintId));
  return raw ? restoreEightD(raw as EightD) : undefined;
}

async function step(nodes: Node[], bundles: Bundle[], op: Op, now: number): Promise<void> {
  const at = (n: Node) => new Date(now + n.skew);
  if (op.kind === 'sync' || op.kind === 'replay') {
    const to = nodes[op.to % nodes.length] as Node;
    let bundle: Bundle | undefined;
    if (op.kind === 'sync') {
      const from = nodes[op.from % nodes.length] as Node;
      if (from === to) return;
      const destination = `to-${to.station.code}`;
      const out = await buildExport(from.db, { destination, mode: op.since ? 'since' : 'all', now: at(from) });
      await markExported(from.db, destination, out.toSeq);
      bundle = { from: from.station.id, bytes: out.bytes };
      bundles.push(bundle);
    } else {
      bundle = bundles[op.bundle % Math.max(1, bundles.length)];
    }
    if (!bundle || bundle.from === to.station.id) return;
    await applyImport(to.db, await decodeBundle(bundle.bytes), at(to));
    return;
  }
  const n = nodes[op.s % nodes.length] as Node;
  const rows = await liveComplaints(n.db);
  if (op.kind === 'create') {
    await createComplaint(n.db, n.station, n.actor, sampleComplaintInput(NAMES[op.name]), at(n));
    return;
  }
  if (op.kind === 'keep') {
    const open = (await n.db.conflicts.orderBy('id').toArray()).filter((c) => !c.resolvedAt);
    const conflict = open[op.conflict % Math.max(1, open.length)];
    if (conflict) await keepConflictValue(n.db, n.station, n.actor, conflict.id, op.value, at(n));
    return;
  }
  const row = rows[op.row % Math.max(1, rows.length)];
  if (!row) return;
  if (op.kind === 'edit') {
    const input = complaintToInput(row);
    if (op.field === 'phone') input.customer.phone = PHONES[op.value] as string;
    if (op.field === 'name') input.customer.name = NAMES[op.value] as string;
    if (op.field === 'batch') input.product.batchNo = `B2026110${op.value}`;
    await updateComplaint(n.db, n.station, n.actor, row.id, input, at(n));
  } else if (op.kind === 'addAction') {
    const r = (await eightDOf(n.db, row.id)) ?? (await openEightD(n.db, n.station, n.actor, row.id, at(n)));
    const mine = listOf(r.actions).filter((a) => a.discipline === 'd3');
    // Ids are unique per station and moment, like the form's new-item ids.
    const id = `A${n.station.code}${now}`;
    const added = { ...emptyAction(id, 'd3', mine.length), title: `隔离库存 ${n.station.code}` };
    await saveDiscipline(n.db, n.station, n.actor, r.id, 'd3', r.d3, [...mine, added], at(n));
  } else {
    const r = await eightDOf(n.db, row.id);
    const actions = r ? listOf(r.actions) : [];
    const action = actions[op.action % Math.max(1, actions.length)];
    if (r && action) await removeAction(n.db, n.station, n.actor, r.id, action.id, at(n));
  }
}

/** Synced data as every station must hold it: rows without their clocks, conflicts without the local "resolved" mark. */
async function syncedState(db: AppDB): Promise<string> {
  const strip = (rows: Record<string, unknown>[]) => rows.map(({ _clocks: _c, ...rest }) => rest);
  const conflicts = (await db.conflicts.orderBy('id').toArray()).map(({ resolvedAt: _r, ...c }) => c);
  return canonicalJson({
    complaints: strip(await db.complaints.orderBy('id').toArray()),
    eightD: strip(await db.eightD.orderBy('id').toArray()),
    conflicts,
  } as unknown as Parameters<typeof canonicalJson>[0]);
}

async function run(sc: Scenario): Promise<{ nodes: Node[]; bundles: Bundle[] }> {
  const nodes = await Promise.all(Array.from({ length: sc.stations }, (_, i) => openNode(i, sc.skews[i] ?? 0)));
  await enrolEachOther(...nodes);
  const bundles: Bundle[] = [];
  let now = T0;
  // Two complaints that every station has before the random part: edits of shared rows are where conflicts come from.
  for (const name of [0, 1]) await step(nodes, bundles, { kind: 'create', s: 0, name, dt: 0 }, now);
  for (let i = 1; i < nodes.length; i++) await step(nodes, bundles, { kind: 'sync', from: 0, to: i, since: false, dt: 0 }, now);
  for (const op of sc.ops) {
    now += op.dt;
    await step(nodes, bundles, op, now);
  }
  // Everyone meets everyone, twice, so that relayed writes arrive too.
  for (let round = 0; round < 2; round++) {
    for (const a of nodes) for (const b of nodes) if (a !== b) await step(nodes, bundles, { kind: 'sync', from: nodes.indexOf(a), to: nodes.indexOf(b), since: false, dt: 1 }, (now += 1));
  }
  return { nodes, bundles };
}

async function closeAll(nodes: Node[]): Promise<void> {
  for (const n of nodes) {
    n.db.close();
    await n.db.delete();
  }
}

const seen = { runs: 0, withConflicts: 0, withActions: 0, bundles: 0 };

describe('convergence through bundles (property)', () => {
  it(`stations that exchange real bundles end with equal rows and equal conflicts (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (sc) => {
        const { nodes, bundles } = await run(sc);
        try {
          const states = await Promise.all(nodes.map((n) => syncedState(n.db)));
          const first = nodes[0] as Node;
          const conflicts = await first.db.conflicts.count();
          const actions = (await first.db.eightD.toArray()).reduce((k, r) => k + Object.keys((r as EightD).actions ?? {}).length, 0);
          seen.runs += 1;
          if (conflicts > 0) seen.withConflicts += 1;
          if (actions > 0) seen.withActions += 1;
          if (bundles.length > 0) seen.bundles += bundles.length;
          for (const s of states.slice(1)) expect(s).toBe(states[0]);
          // Re-importing any bundle ever made changes no database.
          const before = await Promise.all(nodes.map((n) => fingerprint(n.db)));
          for (const b of bundles) {
            const decoded = await decodeBundle(b.bytes);
            for (const n of nodes) if (n.station.id !== b.from) expect((await applyImport(n.db, decoded)).newChanges).toBe(0);
          }
          expect(await Promise.all(nodes.map((n) => fingerprint(n.db)))).toEqual(before);
        } finally {
          await closeAll(nodes);
        }
      }),
      { numRuns: RUNS },
    );
    console.log(`pipeline convergence: ${seen.runs} runs, ${seen.withConflicts} ended with conflicts, ${seen.withActions} with 8D actions, ${seen.bundles} bundles`);
  }, 600_000);

  it('a scenario with concurrent edits, two stations adding actions and a kept value converges with one conflict resolved', async () => {
    const sc: Scenario = {
      stations: 2,
      skews: [0, 0, 0, 0],
      ops: [
        { kind: 'create', s: 0, name: 0, dt: 1 },
        { kind: 'sync', from: 0, to: 1, since: true, dt: 1 },
        { kind: 'edit', s: 0, row: 0, field: 'phone', value: 1, dt: 1 },
        { kind: 'edit', s: 1, row: 0, field: 'phone', value: 2, dt: 0 },
        { kind: 'addAction', s: 0, row: 0, dt: 1 },
        { kind: 'addAction', s: 1, row: 0, dt: 0 },
        { kind: 'sync', from: 1, to: 0, since: true, dt: 1 },
        { kind: 'keep', s: 0, conflict: 0, value: 0, dt: 1 },
      ],
    };
    const { nodes } = await run(sc);
    try {
      const [a, b] = nodes as [Node, Node];
      expect(await syncedState(b.db)).toBe(await syncedState(a.db));
      const [row] = await liveComplaints(b.db);
      // S0 kept its own phone; both stations' actions survive on one 8D row.
      expect(row?.customer.phone).toBe(PHONES[1]);
      const r = await eightDOf(b.db, row?.id ?? '');
      expect(listOf(r?.actions).map((x) => x.title).sort()).toEqual(['隔离库存 S0', '隔离库存 S1']);
      const phoneConflicts = (await b.db.conflicts.toArray()).filter((c) => c.path === 'customer.phone');
      expect(phoneConflicts).toHaveLength(1);
    } finally {
      await closeAll(nodes);
    }
  });
});
