/**
 * Import of a decoded (already validated) bundle. The plan — what would change —
 * is computed from IndexedDB reads and pure merge code only, so the very same
 * computation runs inside the write transaction: the preview shows it, the
 * import recomputes it atomically (the database may have changed in between)
 * and writes everything in one strict transaction or nothing. Idempotent:
 * changes whose HLC is already in the log are skipped. Derived fields are
 * recomputed synchronously in the plan (derive.ts; a return's request hash uses
 * @noble/hashes, so nothing but IndexedDB is awaited), and the exporter's audit
 * chain is judged against what we saw of it before (audit-continuity.ts).
 * Before all of it, the bundle's signature and station are judged (station-trust.ts).
 */
import type { Table } from 'dexie';
import type { AppDB, BundleReceipt, ConflictRow, SyncedRow } from '../db/app-db';
import { configFromRow } from '../db/repositories/config';
import { chainSetupOf } from '../db/repositories/initial-chain';
import { PLANT_CONFIG_ID } from '../domain/config/plant-config';
import type { MergeableRow } from '../domain/merge/apply-change';
import { SYNC_TABLES, type SyncTable } from '../domain/merge/change';
import type { ConflictCandidate, SyncChange } from '../domain/merge/conflicts';
import { decodeHlc, encodeHlc, receiveHlc, type Hlc } from '../domain/merge/hlc';
import { mergeBatch, resolveBases, rowKey, type RowState } from '../domain/merge/merge-batch';
import { settledConflictIds } from './settled-conflicts';
import type { Station } from '../db/repositories/station';
import { appendAuditInTx, type Actor } from '../db/repositories/write-record';
import { isActorAllowed } from '../db/repositories/authorize';
import type { DecodedBundle } from './decode';
import { deriveRow, type DeriveContext } from './derive';
import { bundleHeadSigned, isBrokenChain, judgeAuditChain, readAuditCheckpoints, recordAuditVerdict, verifyBundleAudit, type AuditVerdict } from './audit-continuity';
import { SyncError } from './errors';
import { ProgressReporter, type OnSyncProgress } from './progress';
import { writeInChunks } from '../db/chunked-write';
import { verifyAuditAfterImport } from '../db/audit-verify';
import { signCurrentAuditHead } from '../db/audit-checkpoint';
import { readTouchedRows } from './touched-rows';
import { knownHlcs, writeLogInChunks } from '../db/change-log';
import { checkUniqueKeys } from './unique-keys';
import { checkPlanSignatures, signatureDigest } from './verify-signatures';
import { checkAuthors, checkClocks, checkOwnStation, checkRows } from './import-rules';
import { destructiveOf, type DestructiveChange } from './destructive';
import { effectiveMatrix } from '../domain/auth/permissions';
import type { Person } from '../db/app-db';
import { readPlanSnapshot } from './plan-snapshot';
import { checkStationTrust, checkStillEnrolledInTx } from './station-trust';

export type TableCounts = Record<string, { created: number; updated: number }>;

export interface ImportPreview {
  bundleId: string;
  station: { id: string; code: string };
  createdAt: string;
  range: DecodedBundle['manifest']['range'];
  tables: TableCounts;
  newChanges: number;
  skipped: number;
  conflicts: number;
  attachmentsNew: number;
  /** When this very bundle was imported before, if it was. */
  importedBefore: string | null;
  /** How the exporter's audit chain relates to what we saw of it before (a warning when it does not continue). */
  audit: AuditVerdict;
  /** The exporter uses this station's code: its complaint numbers will clash with ours. */
  sameStationCode: boolean;
  /** Deletions and closures/rejections the bundle would make, for review before applying. */
  destructive: DestructiveChange[];
  /** Above this many destructive changes an administrator must confirm (plant setting). */
  confirmAbove: number;
}

export interface ImportReceipt extends BundleReceipt {
  auditHead: string;
  auditCheck: AuditVerdict['kind'];
  bundleCreatedAt: string;
}

interface Plan {
  preview: ImportPreview;
  rows: Map<SyncTable, MergeableRow[]>;
  appended: SyncChange[];
  conflicts: ConflictCandidate[];
  /** Conflicts (open here, or new in this bundle) that a write in the log or the bundle has decided. */
  settled: Set<string>;
  attachments: DecodedBundle['attachments'];
  hlc: string | null;
  /** Refuses changes whose author was not allowed to make them. */
  authorCheck: () => void;
  /** What the plan's reads saw of the database as a whole (plan-snapshot.ts): the write transaction compares it. */
  snapshot: string;
}

/** Every table an import touches: one transaction over all of them. */
export function importTables(db: AppDB): Table[] {
  return [...SYNC_TABLES.map((t) => db.table(t)), db.changes, db.conflicts, db.bundleReceipts, db.settings, db.audit];
}

/** Adds the time since the last lap to `timings[name]` (the bench's breakdown of the plan); a no-op without timings. */
function lapper(timings: Record<string, number> | undefined): (name: string) => void {
  let last = clock();
  return (name) => {
    if (!timings) return;
    const t = clock();
    timings[name] = (timings[name] ?? 0) + (t - last);
    last = t;
  };
}

async function computePlan(db: AppDB, bundle: DecodedBundle, nowMs: number, headSigned = true, timings?: Record<string, number>): Promise<Plan> {
  const lap = lapper(timings);
  const snapshot = await readPlanSnapshot(db);
  lap('plan.snapshot');
  const station = (await db.settings.get('station'))?.value as unknown as Station;
  if (bundle.manifest.station.id === station.id) throw new SyncError('ownBundle');
  await checkStillEnrolledInTx(db, bundle.manifest);
  const receipt = await db.bundleReceipts.get(bundle.id);
  const hlcs = bundle.changes.map((c) => c.hlc);
  const known = await knownHlcs(db.changes, hlcs);
  const fresh = bundle.changes.filter((c) => !known.has(c.hlc));
  lap('plan.known');

  // Load the touched rows and, for rows that exist here, their logs.
  const state = new Map<string, RowState>();
  const idsByTable = new Map<SyncTable, Set<string>>();
  for (const c of fresh) {
    const ids = idsByTable.get(c.table) ?? new Set<string>();
    ids.add(c.rowId);
    idsByTable.set(c.table, ids);
  }
  for (const [table, ids] of idsByTable) {
    // Performance (touched-rows.ts): one cursor per table, not one request per id.
    const existing = await readTouchedRows(db, table, [...ids]);
    for (const id of ids) state.set(rowKey(table, id), existing.get(id) ?? { row: undefined, log: [] });
  }

  lap('plan.touched');
  const lineByHlc = new Map(bundle.changes.map((c, i) => [c.hlc, i + 1]));
  const lineOf = (hlc: string) => lineByHlc.get(hlc) ?? 0;
  const localConfig = configFromRow((await db.config.get(PLANT_CONFIG_ID)) as SyncedRow | undefined);
  const knownStations = ((await db.settings.get('sync.stations'))?.value as Record<string, string> | undefined) ?? {};
  const codeOf = (id: string) => (id === bundle.manifest.station.id ? bundle.manifest.station.code : knownStations[id] ?? id);
  checkOwnStation(fresh, station.id, lineOf);
  // This station's clock is its wall clock (the `now` an import is stamped with may be set back, never the bound).
  const wallNow = Math.max(nowMs, Date.now());
  const marginMs = localConfig.syncSafety.clockMarginHours * 3_600_000;
  checkClocks(fresh, wallNow, localConfig.syncSafety.clockMarginHours, codeOf, lineOf);

  const before = new Map([...state].map(([k, s]) => [k, s.row]));
  lap('plan.reads');
  const result = mergeBatch(state, fresh, station.id, () => false);
  lap('plan.merge');
  // Derivation reads the plant config as merged by this very bundle (approval thresholds).
  const configRow = result.changedRows.get(rowKey('config', PLANT_CONFIG_ID))?.row ?? (await db.config.get(PLANT_CONFIG_ID));
  const config = configFromRow(configRow as SyncedRow | undefined);
  // Judged after the signatures (a forged signature is named as such first): see checkPlan.
  const authorCheck = await authorCheckOf(db, result, before, localConfig.permissions, lineOf);
  const ctx: DeriveContext = { approval: config.approval, chain: chainSetupOf(config, station.timeZone) };
  const tables: TableCounts = {};
  const rows = new Map<SyncTable, MergeableRow[]>();
  for (const { table, row, created } of result.changedRows.values()) {
    const t = table as SyncTable;
    const counts = (tables[t] ??= { created: 0, updated: 0 });
    if (created) counts.created += 1;
    else counts.updated += 1;
    const list = rows.get(t) ?? [];
    list.push(deriveRow(t, row, ctx));
    rows.set(t, list);
  }
  lap('plan.derive');
  checkRows([...result.changedRows.values()].map(({ table, row }) => ({ table: table as SyncTable, row })));
  lap('plan.checkRows');
  const destructive = destructiveOf(result.changedRows, before);

  await checkUniqueKeys(db, rows, bundle.manifest.station.code);
  lap('plan.uniqueKeys');

  const existingConflicts = await db.conflicts.bulkGet(result.conflicts.map((c) => c.id));
  const conflicts = result.conflicts.filter((_, i) => !existingConflicts[i]);
  const settled = await settledByImport(db, state, result.appended, conflicts, station.id);
  const existingAttachments = await db.attachments.bulkGet(bundle.attachments.map((a) => a.meta.sha256));
  const attachments = bundle.attachments.filter((_, i) => !existingAttachments[i]);
  lap('plan.conflicts');

  let hlc: string | null = null;
  if (result.appended.length > 0) {
    let max: Hlc | null = null;
    for (const c of result.appended) {
      const h = decodeHlc(c.hlc);
      if (h && (!max || c.hlc > encodeHlc(max))) max = h;
    }
    const last = decodeHlc(((await db.settings.get('hlc'))?.value as string | undefined) ?? '');
    if (max) hlc = encodeHlc(receiveHlc(last, max, nowMs, station.id, wallNow + marginMs - nowMs));
  }

  const m = bundle.manifest;
  // A signed head that is not genuine, or names another head, breaks the chain the bundle shows.
  const judged = judgeAuditChain(m, bundle.audit, await readAuditCheckpoints(db, m.station.id));
  const audit: AuditVerdict = headSigned || isBrokenChain(judged) ? judged : { kind: 'broken', entry: '' };
  return {
    preview: {
      bundleId: bundle.id,
      station: { id: m.station.id, code: m.station.code },
      createdAt: m.createdAt,
      range: m.range,
      tables,
      newChanges: result.appended.length,
      skipped: result.skipped + (bundle.changes.length - fresh.length),
      conflicts: conflicts.filter((c) => !settled.has(c.id)).length,
      attachmentsNew: attachments.length,
      importedBefore: receipt?.importedAt ?? null,
      audit,
      sameStationCode: m.station.code === station.code,
      destructive,
      confirmAbove: localConfig.syncSafety.confirmDestructiveAbove,
    },
    rows,
    appended: result.appended,
    conflicts,
    settled,
    attachments,
    hlc,
    authorCheck,
    snapshot,
  };
}

/** What a plan must pass before anything is written: every signature it brings, then every author's right. */
async function checkPlan(db: AppDB, plan: Plan): Promise<void> {
  await checkPlanSignatures(db, plan.rows);
  plan.authorCheck();
}

/**
 * Authors are judged with the matrix and the roles this station held before the
 * bundle: a bundle cannot grant its own author the right it then uses (a role
 * or matrix change in the same bundle is itself judged by the old ones). A
 * person new in the bundle counts only with an account (an enrolment, which
 * checkPlanSignatures has verified against a trusted administrator first).
 */
async function authorCheckOf(db: AppDB, result: ReturnType<typeof mergeBatch>, before: Map<string, MergeableRow | undefined>, permissions: Parameters<typeof effectiveMatrix>[0], lineOf: (hlc: string) => number): Promise<() => void> {
  const authors = [...new Set(result.appended.flatMap((c) => (c.author ? [c.author] : [])))];
  const local = new Map((await db.people.bulkGet(authors)).flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const enrolled = (p: Person | undefined) => (p && Object.values(p.enrolments ?? {}).some((e) => e !== null) ? p : undefined);
  const person = (id: string) => local.get(id) ?? enrolled(result.changedRows.get(rowKey('people', id))?.row as Person | undefined);
  return () => checkAuthors(result.appended, {
    person,
    matrix: effectiveMatrix(permissions),
    rowBefore: (table, rowId) => before.get(rowKey(table, rowId)),
    rowAfter: (table, rowId) => result.changedRows.get(rowKey(table, rowId))?.row ?? before.get(rowKey(table, rowId)),
  }, lineOf);
}

/** Open conflicts of the touched rows, and this bundle's new ones, that a write with both values in view has decided. */
async function settledByImport(db: AppDB, state: Map<string, RowState>, appended: readonly SyncChange[], fresh: readonly ConflictCandidate[], localStation: string): Promise<Set<string>> {
  const byRow = new Map<string, SyncChange[]>();
  for (const [key, s] of state) byRow.set(key, resolveBases(s.log, localStation));
  for (const c of appended) {
    const key = rowKey(c.table, c.rowId);
    byRow.set(key, [...(byRow.get(key) ?? []), c]);
  }
  const keys = [...state.keys()].map((k) => k.split('\u0000') as [string, string]);
  const open = keys.length === 0 ? [] : (await db.conflicts.where('[table+rowId]').anyOf(keys).toArray()).filter((c) => c.resolvedAt === null);
  return settledConflictIds([...open, ...fresh], byRow);
}

/**
 * A checked plan, kept between the preview and the import (import-session.ts):
 * the import then only compares what its transaction reads with what the plan
 * read (plan-snapshot.ts) instead of planning again.
 */
export interface PreparedImport {
  readonly bundleId: string;
  readonly preview: ImportPreview;
  /** Opaque outside this module. */
  readonly plan: Plan;
}

/** What the bundle would change, without writing anything; refused if it carries a signature this station cannot believe. */
export async function previewImport(db: AppDB, bundle: DecodedBundle, now = new Date()): Promise<ImportPreview> {
  return (await prepareImport(db, bundle, now)).preview;
}

/** previewImport, keeping the checked plan for applyImport's `prepared`. */
export async function prepareImport(db: AppDB, bundle: DecodedBundle, now = new Date()): Promise<PreparedImport> {
  await checkStationTrust(db, bundle);
  verifyBundleAudit(bundle.audit);
  const headSigned = await bundleHeadSigned(bundle.manifest);
  const plan = await db.transaction('r', importTables(db), async () => await computePlan(db, bundle, now.getTime(), headSigned));
  await checkPlan(db, plan);
  return { bundleId: bundle.id, preview: plan.preview, plan };
}

export interface ApplyOptions {
  onProgress?: OnSyncProgress;
  /**
   * The administrator who reviewed the preview's deletions and closures: needed
   * when there are more than the plant's threshold; checked against the matrix
   * (record.delete) and written to the audit trail with the import.
   */
  confirmedBy?: Actor;
  /** Filled with where the time went (ms per phase: plan, checks, write), for the bench. */
  timings?: Record<string, number>;
  /** The preview's plan of this bundle (prepareImport), so it is not computed again. */
  prepared?: PreparedImport;
  /** Aborts the import with SyncError('cancelled') at any point before its transaction commits: nothing is written. */
  signal?: AbortSignal;
  /**
   * Checks every station's audit chain once the import committed (default). The
   * worker (import-session.ts) leaves it to the page, whose banner listens for it.
   */
  verifyAfter?: boolean;
  /**
   * The administrator who accepts, knowingly, a bundle whose audit chain is broken
   * or rewritten (otherwise refused: auditChainBroken); checked against the matrix
   * (people.manage) and audited as sync.acceptBrokenChain.
   */
  acceptBrokenChainBy?: Actor;
}

function chainRefusal(bundle: DecodedBundle, v: AuditVerdict): SyncError {
  return new SyncError('auditChainBroken', { station: bundle.manifest.station.code, entry: 'entry' in v ? v.entry : '' });
}

const clock = (): number => globalThis.performance?.now() ?? Date.now();

/** Imports the bundle in one transaction. Returns what it changed (nothing for a replay). */
export async function applyImport(db: AppDB, bundle: DecodedBundle, now = new Date(), opts: ApplyOptions = {}): Promise<ImportPreview> {
  await checkStationTrust(db, bundle);
  // Blobs are made before the transaction; the transaction only writes.
  const blobs = new Map(bundle.attachments.map((a) => [a.meta.sha256, new Blob([a.bytes as BlobPart], { type: a.meta.type })]));
  verifyBundleAudit(bundle.audit);
  const headSigned = await bundleHeadSigned(bundle.manifest);
  // The plan (reads, merge, checks) then one transaction: the bar moves between its write chunks (db/chunked-write), never by yielding inside it.
  const progress = new ProgressReporter(opts.onProgress, [['planning', 30], ['writing', 70]]);
  const cancelled = () => {
    if (opts.signal?.aborted) throw new SyncError('cancelled');
  };
  cancelled();
  await progress.report('planning', 0);
  // Signatures are verified (WebCrypto) before the write transaction, which then checks it writes what was verified.
  const timings = opts.timings ?? {};
  let t0 = clock();
  let checked: Plan;
  if (opts.prepared?.bundleId === bundle.id) {
    // Planned and checked for the preview: the transaction below plans again only if the database moved since.
    checked = opts.prepared.plan;
  } else {
    checked = await db.transaction('r', importTables(db), async () => await computePlan(db, bundle, now.getTime(), headSigned, opts.timings));
    timings.plan = clock() - t0;
    cancelled();
    await progress.report('planning', 0.8);
    t0 = clock();
    await checkPlan(db, checked);
    timings.checks = clock() - t0;
  }
  const acceptedBy = isBrokenChain(checked.preview.audit) && opts.acceptBrokenChainBy && (await isActorAllowed(db, opts.acceptBrokenChainBy, 'people.manage')) ? opts.acceptBrokenChainBy : undefined;
  if (isBrokenChain(checked.preview.audit) && !acceptedBy) throw chainRefusal(bundle, checked.preview.audit);
  await progress.report('writing', 0);
  cancelled();
  t0 = clock();
  const verifiedDigest = signatureDigest(checked.rows);
  const { destructive, confirmAbove } = checked.preview;
  const needsConfirmation = destructive.length > confirmAbove;
  if (needsConfirmation) {
    if (!opts.confirmedBy) throw new SyncError('destructiveUnconfirmed', { count: destructive.length, max: confirmAbove });
    if (!(await isActorAllowed(db, opts.confirmedBy, 'record.delete'))) throw new SyncError('destructiveUnconfirmed', { count: destructive.length, max: confirmAbove });
  }
  try {
    const preview = await db.transaction('rw', importTables(db), async () => {
      // Nothing written since the plan's reads: the plan stands as checked. Otherwise it is computed again here, atomically.
      const unchanged = (await readPlanSnapshot(db)) === checked.snapshot;
      timings.replanned = unchanged ? 0 : 1;
      const plan = unchanged ? checked : await computePlan(db, bundle, now.getTime(), headSigned);
      if (!unchanged) {
        if (signatureDigest(plan.rows) !== verifiedDigest) throw new SyncError('changedMeanwhile');
        // The people and the matrix may have changed since: the authors are judged again (no await).
        plan.authorCheck();
        if (plan.preview.destructive.length > destructive.length) throw new SyncError('changedMeanwhile');
      }
      if (isBrokenChain(plan.preview.audit) && !acceptedBy) throw chainRefusal(bundle, plan.preview.audit);
      cancelled();
      if (plan.appended.length === 0 && plan.attachments.length === 0) return plan.preview;
      // In chunks, so the bar moves while the one transaction writes (db/chunked-write).
      const toWrite = [...plan.rows.values()].reduce((n, rows) => n + rows.length, plan.appended.length);
      let written = 0;
      // A cancel between two chunks throws inside the transaction: IndexedDB rolls all of it back.
      const onChunk = (n: number) => {
        cancelled();
        progress.note('writing', (written += n) / toWrite);
      };
      for (const [table, rows] of plan.rows) await writeInChunks(db.table(table), rows, onChunk);
      await writeLogInChunks(db.changes, plan.appended, onChunk);
      const at = now.toISOString();
      await db.conflicts.bulkAdd(plan.conflicts.map((c): ConflictRow => ({ ...c, values: [...c.values], resolvedAt: plan.settled.has(c.id) ? at : null })));
      for (const id of plan.settled) await db.conflicts.where('id').equals(id).and((c) => c.resolvedAt === null).modify({ resolvedAt: at });
      await db.attachments.bulkAdd(plan.attachments.map((a) => ({ ...a.meta, blob: blobs.get(a.meta.sha256) as Blob })));
      if (plan.hlc) await db.settings.put({ key: 'hlc', value: plan.hlc });
      const counts: Record<string, number> = { changes: plan.appended.length, conflicts: plan.conflicts.length, attachments: plan.attachments.length };
      const receipt: ImportReceipt = {
        id: bundle.id,
        station: bundle.manifest.station.id,
        importedAt: now.toISOString(),
        counts,
        auditHead: bundle.manifest.auditHead,
        auditCheck: plan.preview.audit.kind,
        bundleCreatedAt: bundle.manifest.createdAt,
      };
      await db.bundleReceipts.put(receipt);
      await recordAuditVerdict(db, plan.preview.audit, bundle, now.toISOString());
      if (needsConfirmation && opts.confirmedBy) {
        const local = (await db.settings.get('station'))?.value as unknown as Station;
        await appendAuditInTx(db, local, opts.confirmedBy, {
          entity: 'bundle',
          rowId: bundle.id.slice(0, 64),
          action: 'sync.confirmDestructive',
          changes: plan.preview.destructive.slice(0, 1000).map((d) => ({ path: `${d.table}.${d.rowId}`, before: null, after: d.kind })),
        }, now.getTime());
      }
      if (acceptedBy && isBrokenChain(plan.preview.audit)) {
        const local = (await db.settings.get('station'))?.value as unknown as Station;
        await appendAuditInTx(db, local, acceptedBy, {
          entity: 'bundle',
          rowId: bundle.id.slice(0, 64),
          action: 'sync.acceptBrokenChain',
          changes: [{ path: 'station', before: null, after: bundle.manifest.station.code }, { path: 'audit', before: null, after: plan.preview.audit.kind }, { path: 'entry', before: null, after: 'entry' in plan.preview.audit ? plan.preview.audit.entry : '' }],
        }, now.getTime());
      }
      const known = ((await db.settings.get('sync.stations'))?.value as Record<string, string> | undefined) ?? {};
      await db.settings.put({ key: 'sync.stations', value: { ...known, [bundle.manifest.station.id]: bundle.manifest.station.code } });
      // The last moment a cancel is honoured: after this the transaction commits.
      cancelled();
      return plan.preview;
    });
    timings.write = clock() - t0;
    progress.finish('writing');
    // This station's head as it stands after the import, signed by its key (an accepted bundle's entry is its own).
    const own = (await db.settings.get('station'))?.value as unknown as Station | undefined;
    if (own) await signCurrentAuditHead(db, own.id, now);
    // Every station's audit chain as it now stands (the bundle's entries among it): a break shows in
    // the administrators' banner and is audited. Off the import's path: it hashes in slices.
    const local = (await db.settings.get('station'))?.value as unknown as Station | undefined;
    if (local && preview.newChanges > 0 && opts.verifyAfter !== false) void verifyAuditAfterImport(db, local, now).catch((e: unknown) => console.warn('audit chain check after import failed', e));
    return preview;
  } catch (e) {
    if (e instanceof Error && (e.name === 'ConstraintError' || e.name === 'BulkError')) throw new SyncError('constraint');
    throw e;
  }
}
