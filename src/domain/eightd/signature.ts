/**
 * Signatures on the 8D report. A signature records who signed, in which role,
 * when (with the station's zone) and the SHA-256 of the report content it saw.
 * Signatures are never edited: when the content changes afterwards the stored
 * hash no longer matches and the signature reads as stale; signing again adds a
 * new entry and the newest one per slot counts.
 */
import { canonicalJson } from '../common/canonical-json';
import { sha256Hex } from '../common/sha256';
import { zoneOffsetMs } from '../calendar/zone';
import type { SignedStatement } from '../auth/statements';
import { DISCIPLINES, SIGNATURE_SLOTS, type EightDContent, type Signature, type SignatureSlot } from './schema';

export type SignatureState = 'valid' | 'stale';

/** Removed entries (null) are dropped so a station that merged a tombstone hashes the same content. */
function pruneNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null).map(([k, v]) => [k, pruneNulls(v)]));
  }
  return value;
}

/**
 * An action's unlinked owner (ownerId '') is left out of the hash: rows signed before owners were
 * people had no such field, and reading them back fills it in, which must not turn signatures stale.
 */
function withoutEmptyOwnerId(actions: EightDContent['actions']): EightDContent['actions'] {
  return Object.fromEntries(Object.entries(actions).map(([id, a]) => {
    if (!a || a.ownerId !== '') return [id, a];
    const { ownerId: _unlinked, ...rest } = a;
    return [id, rest as typeof a];
  }));
}

/**
 * Fields added after reports were first signed, with the value they read as when absent. At that
 * value they are left out of the hash, so reading an older row back does not turn its signatures stale.
 */
const LATER_FIELDS: Partial<Record<(typeof DISCIPLINES)[number], Record<string, string>>> = {
  d0: { customerRef: '', drawingRev: '', reportStatus: 'interim' },
  d1: { customerRep: '' },
  d6: { verificationData: '', verifiedOn: '' },
  d8: { customerConfirmedBy: '', customerConfirmedOn: '', customerVerdict: '' },
};

function withoutLaterDefaults(n: (typeof DISCIPLINES)[number], d: object): object {
  const later = LATER_FIELDS[n];
  if (!later) return d;
  const rec = d as Record<string, unknown>;
  return Object.fromEntries(Object.entries(rec).filter(([k, v]) => !(k in later) || v !== later[k]));
}

export function contentOf(r: EightDContent): EightDContent {
  const out = { actions: withoutEmptyOwnerId(r.actions) } as EightDContent;
  for (const n of DISCIPLINES) (out as unknown as Record<string, unknown>)[n] = withoutLaterDefaults(n, r[n]);
  return out;
}

export function contentHash(r: EightDContent): string {
  return sha256Hex(canonicalJson(pruneNulls(contentOf(r))));
}

export function signatureState(sig: Signature, r: EightDContent): SignatureState {
  return sig.hash === contentHash(r) ? 'valid' : 'stale';
}

/** The signature that counts for each slot: the newest one. */
export function currentSignatures(signatures: Record<string, Signature | null>): Partial<Record<SignatureSlot, Signature>> {
  const out: Partial<Record<SignatureSlot, Signature>> = {};
  for (const s of Object.values(signatures)) {
    if (!s) continue;
    const prev = out[s.slot];
    if (!prev || s.at > prev.at || (s.at === prev.at && s.id > prev.id)) out[s.slot] = s;
  }
  return out;
}

export function slotsInOrder(): readonly SignatureSlot[] {
  return SIGNATURE_SLOTS;
}

/** ISO date-time with the zone's offset, e.g. 2026-11-25T16:00:00+08:00. */
export function isoWithOffset(instantMs: number, zone: string): string {
  const offset = zoneOffsetMs(instantMs, zone);
  const local = new Date(instantMs + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** What a signer's key signs on an 8D report: the slot and meaning, when, and the hash of the content. */
export function eightDStatement(rowId: string, s: Pick<Signature, 'personId' | 'keyId' | 'role' | 'meaning' | 'at' | 'timeZone' | 'slot' | 'hash'>): SignedStatement {
  return {
    personId: s.personId, keyId: s.keyId ?? '', role: s.role, meaning: s.meaning, at: s.at, timeZone: s.timeZone,
    subject: { table: 'eightD', rowId, slot: s.slot }, contentHash: s.hash,
  };
}

/**
 * An approved report is read-only: its 'approved' signature is valid over the
 * current content and no reopening came after it.
 */
export function isApprovedAndLocked(r: EightDContent & { signatures: Record<string, Signature | null>; reopenings?: Record<string, { at: string } | null> }): boolean {
  const approved = currentSignatures(r.signatures).approved;
  if (!approved || signatureState(approved, r) !== 'valid') return false;
  const lastReopen = Object.values(r.reopenings ?? {}).reduce((m, x) => (x && Date.parse(x.at) > m ? Date.parse(x.at) : m), 0);
  return Date.parse(approved.at) > lastReopen;
}
