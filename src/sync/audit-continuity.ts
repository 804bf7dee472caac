/**
 * Other stations' audit chains. Each bundle carries a contiguous piece of its
 * exporter's hash chain (audit.jsonl) ending at the manifest's `auditHead`.
 * An importing station keeps, per station, a few checkpoints of that chain
 * (entry id and hash of the heads it verified) in settings, and judges every
 * new piece against them: an entry we saw that now has another hash, or a
 * whole chain from genesis without what we saw, is a rewritten history.
 *
 * A gap (a bundle in between not seen here) is a warning. A broken or rewritten
 * chain is refused (import.ts, `auditChainBroken`) unless an administrator
 * accepts it knowingly; that acceptance is audited and the verdict recorded.
 * The bundle's signed head (audit-checkpoint.ts, signed with the station key the
 * bundle itself is signed with) must be genuine and name the manifest's head.
 */
import type { AppDB } from '../db/app-db';
import { GENESIS_HASH, verifyAuditSegment, type AuditEntry, type ChainCheck } from '../domain/audit/audit-chain';
import type { SyncChange } from '../domain/merge/conflicts';
import type { Json } from '../domain/merge/field-paths';
import type { Manifest } from './bundle-format';
import { verifySignedHead } from '../db/audit-checkpoint';

export const AUDIT_CHAINS_KEY = 'sync.auditChains';
export const AUDIT_WARNINGS_KEY = 'sync.auditWarnings';
const MAX_CHECKPOINTS = 100;
const MAX_WARNINGS = 500;
/** The piece of its chain an export carries at most (the newest entries: still contiguous). */
export const MAX_EXPORTED_AUDIT = 200_000;

export interface AuditCheckpoint {
  /** '' when only the head hash is known (a bundle without audit.jsonl). */
  id: string;
  hash: string;
  bundleCreatedAt: string;
  /** When this station verified it (shown as "what we saw on …"). */
  seenAt: string;
}

export type AuditChains = Record<string, { checkpoints: AuditCheckpoint[] }>;

export type AuditVerdict =
  /** The bundle has no audit.jsonl (written before bundles carried one): only its head is remembered. */
  | { kind: 'unverified' }
  | { kind: 'first' }
  | { kind: 'continues' }
  /** Created before what we already verified: there is nothing to compare it with. */
  | { kind: 'older' }
  | { kind: 'gap'; lastSeenAt: string }
  | { kind: 'rewritten'; lastSeenAt: string; entry: string }
  | { kind: 'broken'; entry: string };

export interface AuditWarningRecord {
  station: string;
  stationCode: string;
  kind: 'gap' | 'rewritten' | 'broken';
  entry: string;
  bundleId: string;
  bundleCreatedAt: string;
  recordedAt: string;
}

/** Verdicts that refuse the bundle unless an administrator accepts them. */
export function isBrokenChain(v: AuditVerdict): v is Extract<AuditVerdict, { kind: 'rewritten' | 'broken' }> {
  return v.kind === 'rewritten' || v.kind === 'broken';
}

/**
 * The bundle's signed head is genuine (by the key the manifest names) and is the
 * manifest's head; true when the bundle has none to check. WebCrypto: before any
 * transaction.
 */
export async function bundleHeadSigned(manifest: Manifest): Promise<boolean> {
  const s = manifest.auditSigned;
  if (!s) return true;
  if (s.head !== manifest.auditHead || !manifest.station.publicKey) return false;
  return verifySignedHead(manifest.station.publicKey, { station: manifest.station.id, head: s.head, count: s.count, at: s.at, signature: s.signature });
}

export function isAuditWarning(v: AuditVerdict): v is Extract<AuditVerdict, { kind: 'gap' | 'rewritten' | 'broken' }> {
  return v.kind === 'gap' || v.kind === 'rewritten' || v.kind === 'broken';
}

const verified = new WeakMap<readonly AuditEntry[], ChainCheck>();

/**
 * Hashes every entry of the piece (CPU work: tens of thousands of SHA-256s for a
 * full export). Call it before the import's transactions; judging reuses the result.
 */
export function verifyBundleAudit(audit: readonly AuditEntry[] | null): ChainCheck | null {
  if (!audit || audit.length === 0) return null;
  let check = verified.get(audit);
  if (!check) {
    check = verifyAuditSegment(audit, (audit[0] as AuditEntry).prevHash);
    verified.set(audit, check);
  }
  return check;
}

export function judgeAuditChain(manifest: Manifest, audit: readonly AuditEntry[] | null, checkpoints: readonly AuditCheckpoint[]): AuditVerdict {
  if (audit === null) return { kind: 'unverified' };
  const last = audit[audit.length - 1];
  const check = verifyBundleAudit(audit);
  if (check && !check.ok) return { kind: 'broken', entry: check.brokenAt };
  if (last && last.hash !== manifest.auditHead) return { kind: 'broken', entry: last.id };
  if (checkpoints.length === 0) return { kind: 'first' };

  const newest = checkpoints.reduce((a, b) => (b.bundleCreatedAt > a.bundleCreatedAt ? b : a));
  const hashById = new Map(audit.map((e) => [e.id, e.hash]));
  for (const cp of checkpoints) {
    const now = cp.id ? hashById.get(cp.id) : undefined;
    if (now !== undefined && now !== cp.hash) return { kind: 'rewritten', lastSeenAt: cp.seenAt, entry: cp.id };
  }
  const known = new Set(checkpoints.map((cp) => cp.hash));
  if (known.has(manifest.auditHead) || audit.some((e) => known.has(e.hash) || known.has(e.prevHash))) return { kind: 'continues' };
  if (manifest.createdAt < newest.bundleCreatedAt) return { kind: 'older' };
  // The whole chain from genesis (or an empty one), newer than our checkpoints, yet without any of them.
  const whole = audit.length > 0 ? (audit[0] as AuditEntry).prevHash === GENESIS_HASH : manifest.auditHead === GENESIS_HASH;
  if (whole) return { kind: 'rewritten', lastSeenAt: newest.seenAt, entry: newest.id };
  return { kind: 'gap', lastSeenAt: newest.seenAt };
}

/** The station's checkpoints after an import with this verdict. */
export function nextCheckpoints(
  checkpoints: readonly AuditCheckpoint[],
  verdict: AuditVerdict,
  manifest: Manifest,
  audit: readonly AuditEntry[] | null,
  nowIso: string,
): AuditCheckpoint[] {
  if (verdict.kind === 'broken' || verdict.kind === 'older') return [...checkpoints];
  const head: AuditCheckpoint = { id: audit?.[audit.length - 1]?.id ?? '', hash: manifest.auditHead, bundleCreatedAt: manifest.createdAt, seenAt: nowIso };
  // A rewritten history is the station's history from now on: the warning keeps what we had seen.
  const kept = verdict.kind === 'rewritten' ? [] : checkpoints.filter((cp) => cp.hash !== head.hash);
  if (head.hash === GENESIS_HASH && verdict.kind !== 'rewritten') return kept;
  return [...kept, head].sort((a, b) => (a.bundleCreatedAt < b.bundleCreatedAt ? -1 : 1)).slice(-MAX_CHECKPOINTS);
}

/** Inside the import transaction: reads what we know of the exporter's chain (IndexedDB only). */
export async function readAuditCheckpoints(db: AppDB, stationId: string): Promise<AuditCheckpoint[]> {
  const chains = ((await db.settings.get(AUDIT_CHAINS_KEY))?.value as AuditChains | undefined) ?? {};
  return chains[stationId]?.checkpoints ?? [];
}

/** Inside the import transaction: moves the checkpoints and records a warning. */
export async function recordAuditVerdict(
  db: AppDB,
  verdict: AuditVerdict,
  bundle: { id: string; manifest: Manifest; audit: readonly AuditEntry[] | null },
  nowIso: string,
): Promise<void> {
  const { manifest } = bundle;
  const chains = ((await db.settings.get(AUDIT_CHAINS_KEY))?.value as AuditChains | undefined) ?? {};
  const checkpoints = nextCheckpoints(chains[manifest.station.id]?.checkpoints ?? [], verdict, manifest, bundle.audit, nowIso);
  const nextChains: AuditChains = { ...chains, [manifest.station.id]: { checkpoints } };
  await db.settings.put({ key: AUDIT_CHAINS_KEY, value: nextChains as unknown as Json });
  if (!isAuditWarning(verdict)) return;
  const warnings = ((await db.settings.get(AUDIT_WARNINGS_KEY))?.value as AuditWarningRecord[] | undefined) ?? [];
  const record: AuditWarningRecord = {
    station: manifest.station.id,
    stationCode: manifest.station.code,
    kind: verdict.kind,
    entry: 'entry' in verdict ? verdict.entry : '',
    bundleId: bundle.id,
    bundleCreatedAt: manifest.createdAt,
    recordedAt: nowIso,
  };
  await db.settings.put({ key: AUDIT_WARNINGS_KEY, value: [...warnings, record].slice(-MAX_WARNINGS) as unknown as Json });
}

/**
 * Inside the export's read transaction: this station's own chain from the entry
 * of the first own change in `changes` to the head (all of it for a full export),
 * so that it ends exactly at the head the manifest states. A write stamps its
 * change and its audit entry with the same `at`.
 */
export async function readAuditForExport(db: AppDB, stationId: string, changes: readonly SyncChange[], whole: boolean): Promise<AuditEntry[]> {
  let fromSeq = 0;
  if (!whole) {
    const own = changes.filter((c) => c.station === stationId).map((c) => c.at);
    if (own.length === 0) return [];
    const first = own.reduce((a, b) => (b < a ? b : a));
    const keys = (await db.audit.where('at').aboveOrEqual(first).primaryKeys()) as number[];
    if (keys.length === 0) return [];
    fromSeq = keys.reduce((a, b) => Math.min(a, b));
  }
  const entries = await db.audit.where(':id').aboveOrEqual(fromSeq).toArray();
  return entries
    .filter((e) => e.station === stationId)
    .slice(-MAX_EXPORTED_AUDIT)
    .map(({ seq: _seq, ...e }) => e);
}
