/**
 * The audit log: append-only and hash-chained per station. Each entry carries
 * the hash of the station's previous entry; rewriting any earlier entry breaks
 * every hash after it. Bundles carry the station's chain head so other stations
 * can notice a rewritten history.
 */
import { canonicalJson } from '../common/canonical-json';
import { sha256Hex } from '../common/sha256';
import type { Json } from '../merge/field-paths';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFieldChange {
  path: string;
  before: Json | null;
  after: Json | null;
}

export interface AuditEntry {
  /** Local auto-increment key; not part of the hash. */
  seq?: number;
  id: string;
  station: string;
  actor: string;
  at: string;
  entity: string;
  rowId: string;
  action: string;
  changes: AuditFieldChange[];
  prevHash: string;
  hash: string;
}

export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

const BODY_KEYS = new Set(['seq', 'hash', 'action', 'actor', 'at', 'changes', 'entity', 'id', 'prevHash', 'rowId', 'station']);
const str = (v: unknown): string | null => (typeof v === 'string' ? JSON.stringify(v) : null);

/**
 * The text an entry's hash covers: canonicalJson of the entry without `seq` and
 * `hash`, built directly for the usual shape (verifying 100,000 entries spent a
 * second in the generic serialiser alone). Any other shape — an unknown key, a
 * missing or non-string field, an undefined value — takes canonicalJson itself,
 * so the text is always exactly canonicalJson(body).
 */
export function auditBodyText(entry: Omit<AuditEntry, 'seq' | 'hash'> & { seq?: number; hash?: string }): string {
  const e = entry as unknown as Record<string, unknown>;
  const generic = () => {
    const { seq: _s, hash: _h, ...body } = e;
    return canonicalJson(body);
  };
  for (const k in e) if (!BODY_KEYS.has(k)) return generic();
  const [action, actor, at, entity, id, prevHash, rowId, station] = [e.action, e.actor, e.at, e.entity, e.id, e.prevHash, e.rowId, e.station].map(str);
  if (action === null || actor === null || at === null || entity === null || id === null || prevHash === null || rowId === null || station === null || !Array.isArray(e.changes)) return generic();
  const changes: string[] = [];
  for (const c of e.changes as unknown[]) {
    const o = c as Record<string, unknown>;
    const path = str(o?.path);
    if (path === null || o.before === undefined || o.after === undefined || Object.keys(o).length !== 3) changes.push(canonicalJson(c));
    else changes.push(`{"after":${canonicalJson(o.after)},"before":${canonicalJson(o.before)},"path":${path}}`);
  }
  return `{"action":${action},"actor":${actor},"at":${at},"changes":[${changes.join(',')}],"entity":${entity},"id":${id},"prevHash":${prevHash},"rowId":${rowId},"station":${station}}`;
}

function hashOf(entry: Omit<AuditEntry, 'seq' | 'hash'>): string {
  return sha256Hex(auditBodyText(entry));
}

export function chainAuditEntry(draft: AuditDraft, prevHash: string): AuditEntry {
  const body = { ...draft, prevHash };
  return { ...body, hash: hashOf(body) };
}

export type ChainCheck = { ok: true; head: string } | { ok: false; brokenAt: string };

/** Checks one station's entries in order, from the genesis hash. */
export function verifyAuditChain(entries: readonly AuditEntry[]): ChainCheck {
  return verifyAuditSegment(entries, GENESIS_HASH);
}

/**
 * Checks a contiguous piece of one station's chain (what a bundle carries):
 * every entry's own hash, and that it links to the one before, the first to `prev`.
 */
export function verifyAuditSegment(entries: readonly AuditEntry[], from: string): ChainCheck {
  let prev = from;
  for (const e of entries) {
    const { seq: _seq, hash, ...body } = e;
    if (e.prevHash !== prev || hashOf(body) !== hash) return { ok: false, brokenAt: e.id };
    prev = hash;
  }
  return { ok: true, head: prev };
}
