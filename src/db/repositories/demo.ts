/**
 * Loads the demo plant (domain/demo/demo-plant): people with accounts, 300
 * complaints of the last 12 months in every status with their assessments,
 * deadline chains (some overdue, some slipped), follow-ups, signed closures,
 * 8D reports (the complete ones signed prepared, reviewed and approved) and
 * returns at every stage with signed claim decisions and approvals. Each change
 * record names the person who did that part (demo-authors), so a station that
 * imports the demo judges closures, decisions and approvals by their roles.
 * Everything is prepared first (keys and signatures are WebCrypto), then written
 * in one transaction with bulk writes: each row stamped and logged for sync as a
 * creation, one audit entry for the load. Seconds, not minutes:
 * replaying the plan through the repositories was one strict commit per step.
 */
import type { AppDB, Person } from '../app-db';
import { DERIVED_FIELDS } from '../../domain/complaint/record';
import type { ChangeRecord, SyncTable } from '../../domain/merge/change';
import { diffRecords, type FieldChange, type JsonObject } from '../../domain/merge/field-paths';
import { decodeHlc, encodeHlc, tickHlc, type Hlc } from '../../domain/merge/hlc';
import { demoPlant } from '../../domain/demo/demo-plant';
import { appendAuditInTx, tablesForWrite, type Actor } from './write-record';
import { authorize } from './authorize';
import type { Station } from './station';
import { getPlantConfig } from './config';
import { seedDepartments } from './org';
import { TRUST_ROOTS_KEY } from './signing';
import { prepareDemoPeople } from './demo-people';
import { buildDemoRows, signDemoClosures, signDemoEightDs } from './demo-rows';
import { buildDemoReturns } from './demo-returns';
import { demoAuthors } from './demo-authors';
import { RETURN_DERIVED_FIELDS } from './returns-row';
import { appendLog } from '../change-log';

export const DEMO_CASES = 300;
const YEAR_MS = 366 * 86_400_000;

/** Who did a path of a row: the author its change record names, so another station judges it by that person's role. */
type AuthorOf<T> = (row: T, path: string) => Actor;

/**
 * Stamps new rows as creations at this station, one change record per author
 * of the row's paths (the recorder's creation, the closer's closure, each
 * approver's approval), each with its own HLC; every field gets the HLC of the
 * record that carries it.
 */
function stampAll<T extends { id: string; _clocks: Record<string, string> }>(
  table: SyncTable, rows: readonly T[], ignore: ReadonlySet<string>, station: Station, authorOf: AuthorOf<T>, clock: { last: Hlc | null; nowMs: number }, changes: ChangeRecord[],
): T[] {
  const skip = new Set([...ignore, '_clocks']);
  return rows.map((row) => {
    const groups = new Map<string, { actor: Actor; diffs: FieldChange[] }>();
    for (const d of diffRecords(undefined, row as unknown as JsonObject, skip)) {
      const actor = authorOf(row, d.path);
      const group = groups.get(actor.id) ?? { actor, diffs: [] };
      group.diffs.push(d);
      groups.set(actor.id, group);
    }
    const clocks: Record<string, string> = {};
    for (const { actor, diffs } of groups.values()) {
      const last = tickHlc(clock.last, clock.nowMs, station.id);
      clock.last = last;
      const hlc = encodeHlc(last);
      changes.push({ hlc, station: station.id, table, rowId: row.id, fields: Object.fromEntries(diffs.map((d) => [d.path, d.after])), at: new Date(clock.nowMs).toISOString(), actor: actor.name, author: actor.id });
      for (const d of diffs) clocks[d.path] = hlc;
    }
    return { ...row, _clocks: clocks };
  });
}

/** Loads the demo plant; returns the number of complaints. All or nothing. */
export async function loadDemoData(db: AppDB, station: Station, actor: Actor, count = DEMO_CASES, now = new Date()): Promise<number> {
  await authorize(db, actor, 'people.manage');
  await authorize(db, actor, 'complaint.edit');
  const nowMs = now.getTime();
  const plant = demoPlant(count, nowMs);
  // The app seeds the departments at start, as the station; a bare database (a test, a script) gets them here the same way.
  if ((await db.departments.count()) === 0) await seedDepartments(db, station, { id: `station:${station.id}`, name: `${station.name} (${station.code})` });
  const departments = (await db.departments.toArray()).filter((d) => !d.deletedAt);
  const prepared = await prepareDemoPeople(plant.people, departments, nowMs - YEAR_MS, station.timeZone);
  const config = await getPlantConfig(db);
  const rows = buildDemoRows(plant, { station, people: prepared.people, departments, config, nowMs });
  await signDemoClosures(rows, prepared.people, prepared.signers, station.timeZone);
  await signDemoEightDs(rows, prepared.people, prepared.signers, station.timeZone, nowMs);
  const returns = await buildDemoReturns(plant, rows.complaints, {
    timeZone: station.timeZone, stationCode: station.code, people: prepared.people, signers: prepared.signers, settings: config.approval, nowMs,
  });
  const authors = demoAuthors(prepared.people);

  await db.transaction('rw', [...tablesForWrite(db, 'complaints'), db.people, db.eightD, db.returns], async () => {
    const clock = { last: decodeHlc(((await db.settings.get('hlc'))?.value as string | undefined) ?? ''), nowMs };
    const changes: ChangeRecord[] = [];
    const none = new Set<string>();
    await db.people.bulkAdd(stampAll<Person>('people', prepared.people, none, station, authors.people, clock, changes));
    await db.complaints.bulkAdd(stampAll('complaints', rows.complaints, DERIVED_FIELDS, station, authors.complaints, clock, changes));
    await db.eightD.bulkAdd(stampAll('eightD', rows.eightD, none, station, authors.eightD, clock, changes));
    await db.returns.bulkAdd(stampAll('returns', returns.rows, RETURN_DERIVED_FIELDS, station, authors.returns, clock, changes));
    await appendLog(db.changes, changes);
    if (clock.last) await db.settings.put({ key: 'hlc', value: encodeHlc(clock.last) });
    const roots = ((await db.settings.get(TRUST_ROOTS_KEY))?.value as string[] | undefined) ?? [];
    await db.settings.put({ key: TRUST_ROOTS_KEY, value: [...roots, prepared.root] });
    for (const [year, seq] of rows.lastSeq) {
      const key = `seq:${station.code}:${year}`;
      const have = ((await db.settings.get(key))?.value as number | undefined) ?? 0;
      await db.settings.put({ key, value: Math.max(have, seq) });
    }
    for (const [year, seq] of returns.lastSeq) {
      const key = `seq:RT:${station.code}:${year}`;
      const have = ((await db.settings.get(key))?.value as number | undefined) ?? 0;
      await db.settings.put({ key, value: Math.max(have, seq) });
    }
    await appendAuditInTx(db, station, actor, {
      entity: 'demo', rowId: station.id, action: 'demo.load',
      changes: [
        { path: 'people', before: null, after: prepared.people.length },
        { path: 'complaints', before: null, after: rows.complaints.length },
        { path: 'eightD', before: null, after: rows.eightD.length },
        { path: 'returns', before: null, after: returns.rows.length },
      ],
    }, nowMs);
  });
  return rows.complaints.length;
}
