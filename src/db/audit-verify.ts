/**
 * The audit chain checked where it lives: at start, after every import, and on
 * demand (Settings › Audit). Each station's entries in this database are
 * verified from the genesis hash in their order of writing, and this station's
 * chain must end at the head it recorded (settings.auditHead), so a deleted
 * tail is found as well as an edited entry.
 *
 * A broken chain is published to whoever listens (the administrators' banner)
 * and audited once per break: the entry 'audit.chainBroken' names where, so
 * restarting the app does not add an entry at every start.
 *
 * The import calls `verifyAuditAfterImport` once its transaction committed.
 *
 * This station's chain is also checked against its signed head
 * (audit-checkpoint.ts): a history rewritten and re-hashed from scratch, head
 * and all, no longer carries the signed hash where it was signed (reason
 * 'checkpoint'). An intact chain's head is signed anew.
 */
import { GENESIS_HASH, verifyAuditSegment, type AuditEntry, type ChainCheck } from '../domain/audit/audit-chain';
import type { AppDB } from './app-db';
import type { Station } from './repositories/station';
import { appendAuditInTx } from './repositories/write-record';
import { checkpointBreak, signCurrentAuditHead } from './audit-checkpoint';

export type AuditCheckTrigger = 'start' | 'import' | 'demand';

/** What the check found: every entry links (ok), or where the first break is. */
export type AuditChainFinding =
  | { ok: true; entries: number }
  | { ok: false; entries: number; station: string; brokenAt: string; reason: 'entry' | 'head' | 'checkpoint' };
export type AuditChainReport = AuditChainFinding & { checkedAt: string; trigger: AuditCheckTrigger };

/** Who writes the audit entry of a break: the app itself, not a person. */
export const AUDIT_SYSTEM_ACTOR = { id: 'system', name: 'system' } as const;
export const CHAIN_BROKEN_ACTION = 'audit.chainBroken';

type Listener = (report: AuditChainReport) => void;
const listeners = new Set<Listener>();
let last: AuditChainReport | null = null;

export function lastAuditChainReport(): AuditChainReport | null {
  return last;
}

/** Subscribes to every new report; returns the unsubscribe. */
export function onAuditChainReport(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Entries hashed per slice before the page gets a turn: 100,000 entries take
 * seconds to hash, and the check at start must not freeze the login screen.
 */
export const VERIFY_SLICE = 2000;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** verifyAuditChain, a slice at a time (each slice continues from the hash the one before ended on). */
async function verifyInSlices(entries: readonly AuditEntry[], slice: number): Promise<ChainCheck> {
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i += slice) {
    const check = verifyAuditSegment(entries.slice(i, i + slice), prev);
    if (!check.ok) return check;
    prev = check.head;
    await pause();
  }
  return { ok: true, head: prev };
}

/** Reads and verifies; writes nothing. */
export async function checkStoredAuditChains(db: AppDB, stationId: string, slice = VERIFY_SLICE): Promise<AuditChainFinding> {
  const all = await db.audit.orderBy('seq').toArray();
  const byStation = new Map<string, AuditEntry[]>();
  for (const e of all) {
    const list = byStation.get(e.station);
    if (list) list.push(e);
    else byStation.set(e.station, [e]);
  }
  // This station first: its break is the one to name.
  const stations = [stationId, ...[...byStation.keys()].filter((s) => s !== stationId)];
  for (const station of stations) {
    const entries = byStation.get(station) ?? [];
    const check = await verifyInSlices(entries, slice);
    if (!check.ok) return { ok: false, entries: all.length, station, brokenAt: check.brokenAt, reason: 'entry' };
    if (station === stationId) {
      const head = ((await db.settings.get('auditHead'))?.value as string | undefined) ?? GENESIS_HASH;
      if (head !== check.head) return { ok: false, entries: all.length, station, brokenAt: entries.at(-1)?.id ?? '', reason: 'head' };
      const cp = await checkpointBreak(db, stationId, entries);
      if (cp !== null) return { ok: false, entries: all.length, station, brokenAt: cp, reason: 'checkpoint' };
    }
  }
  return { ok: true, entries: all.length };
}

/** Verifies, publishes the report, and audits a break (once per break). */
export async function verifyAuditChainNow(db: AppDB, station: Station, trigger: AuditCheckTrigger, now = new Date()): Promise<AuditChainReport> {
  const found = await checkStoredAuditChains(db, station.id);
  const report: AuditChainReport = { ...found, checkedAt: now.toISOString(), trigger };
  if (report.ok) await signCurrentAuditHead(db, station.id, now);
  if (!report.ok) {
    const { brokenAt, reason } = report;
    await db.transaction('rw', db.audit, db.settings, async () => {
      const known = await db.audit.where('[entity+rowId]').equals(['audit', brokenAt]).filter((e) => e.action === CHAIN_BROKEN_ACTION).count();
      if (known > 0) return;
      await appendAuditInTx(db, station, AUDIT_SYSTEM_ACTOR, {
        entity: 'audit',
        rowId: brokenAt,
        action: CHAIN_BROKEN_ACTION,
        changes: [{ path: 'brokenAt', before: null, after: brokenAt }, { path: 'reason', before: null, after: reason }, { path: 'trigger', before: null, after: trigger }],
      }, now.getTime());
    });
  }
  last = report;
  for (const listener of listeners) listener(report);
  return report;
}

/** The hook for the sync import: call it after an import's transaction committed (src/sync/import.ts). */
export function verifyAuditAfterImport(db: AppDB, station: Station, now = new Date()): Promise<AuditChainReport> {
  return verifyAuditChainNow(db, station, 'import', now);
}
