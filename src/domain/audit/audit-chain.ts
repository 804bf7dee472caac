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

function hashOf(entry: Omit<AuditEntry, 'seq' | 'hash'>): string {
  return sha256Hex(canonicalJson(entry));
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
