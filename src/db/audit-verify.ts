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
import { auditBodyText, GENESIS_HASH, type AuditEntry } from '../domain/audit/audit-chain';
import { sha256Hex } from '../domain/common/sha256';
import type { AppDB } from './app-db';
import type { Station } from './repositories/station';
import { appendAuditInTx } from './repositories/write-record';
import { checkpointBreak, readCheckpointTarget, signCurrentAuditHead } from './audit-checkpoint';

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
 * Entries read and hashed per page. The entries are read a page at a time and
 * hashed with WebCrypto (off the page's thread, many digests in flight) while
 * the next page is read; each entry is checked on its own (its hash, and that it
 * links to the entry of its station before it), so the pages need nothing from
 * each other but the last hash of each station. A sync JS hash per row, after
 * reading all 100,000 entries, took 9 s in the bench.
 */
export const VERIFY_SLICE = 5000;
/** Pages being read while one is hashed. */
const READ_AHEAD = 3;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] as number];
  return out;
}

/** SHA-256 of each text, hex: WebCrypto where there is one, the synchronous hash otherwise. */
async function digestAll(texts: readonly string[], hash: ChainHash): Promise<string[]> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle || hash === 'js') return texts.map((t) => sha256Hex(t));
  return Promise.all(texts.map(async (t) => toHex(await subtle.digest('SHA-256', encoder.encode(t)))));
}

/** How entries are hashed: WebCrypto (default) or the synchronous JS hash (the bench compares both). */
export type ChainHash = 'webcrypto' | 'js';

interface StationWalk {
  prev: string;
  broken: string | null;
  last: string;
}

/** Reads and verifies; writes nothing. */
export async function checkStoredAuditChains(db: AppDB, stationId: string, slice = VERIFY_SLICE, hash: ChainHash = 'webcrypto'): Promise<AuditChainFinding> {
  // Read before the newest entry: a head signed meanwhile covers no entry the walk below leaves out.
  const target = await readCheckpointTarget(db, stationId);
  const signedCount = target.kind === 'at' ? target.count : -1;
  let own = 0;
  let atSigned: { id: string; hash: string } | null = null;
  // The head and the newest entry read together: entries appended while the check runs are not judged against an older head.
  const [headSetting, newest] = await db.transaction('r', db.settings, db.audit, () => Promise.all([db.settings.get('auditHead'), db.audit.orderBy('seq').last()]));
  const head = (headSetting?.value as string | undefined) ?? GENESIS_HASH;
  const lastSeq = newest?.seq ?? 0;
  // Stations in the order they first appear, this station first: its break is the one to name.
  const walks = new Map<string, StationWalk>([[stationId, { prev: GENESIS_HASH, broken: null, last: '' }]]);
  let entries = 0;
  // Pages by seq value (the key grows by one per entry), a few read ahead while one is hashed.
  const pages = Math.ceil(lastSeq / slice);
  const read = (k: number) => db.audit.where('seq').between(k * slice, Math.min(lastSeq, (k + 1) * slice), false, true).toArray();
  const ahead: Promise<AuditEntry[]>[] = [];
  for (let k = 0; k < Math.min(READ_AHEAD, pages); k++) ahead.push(read(k));
  for (let k = 0; k < pages; k++) {
    const rows: AuditEntry[] = await (ahead.shift() as Promise<AuditEntry[]>);
    if (k + READ_AHEAD < pages) ahead.push(read(k + READ_AHEAD));
    const hashes = await digestAll(rows.map((e) => auditBodyText(e)), hash);
    rows.forEach((e, i) => {
      let w = walks.get(e.station);
      if (!w) walks.set(e.station, (w = { prev: GENESIS_HASH, broken: null, last: '' }));
      if (w.broken === null && (e.prevHash !== w.prev || hashes[i] !== e.hash)) w.broken = e.id;
      w.prev = e.hash;
      w.last = e.id;
      if (e.station === stationId && ++own === signedCount) atSigned = { id: e.id, hash: e.hash };
    });
    entries += rows.length;
  }
  for (const [station, w] of walks) {
    if (w.broken !== null) return { ok: false, entries, station, brokenAt: w.broken, reason: 'entry' };
    if (station !== stationId) continue;
    if (head !== w.prev) return { ok: false, entries, station, brokenAt: w.last, reason: 'head' };
    const cp = checkpointBreak(target, own, atSigned, w.last);
    if (cp !== null) return { ok: false, entries, station, brokenAt: cp, reason: 'checkpoint' };
  }
  return { ok: true, entries };
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
