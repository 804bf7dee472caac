/**
 * No bundle brings a signature this station cannot believe. Before an import
 * writes anything, every signature and enrolment that the bundle adds or changes
 * is verified against the enrolments as they would stand after the import: an
 * enrolment that does not chain to a trusted administrator, a signature that
 * does not verify, or an unsigned ("legacy") signature this station has never
 * held refuses the whole bundle, naming the record.
 */
import type { AppDB, Person } from '../db/app-db';
import { believedEnrolmentsIn, enrolmentsOf, trustRoots } from '../db/repositories/signing';
import { fingerprint } from '../domain/auth/keys';
import type { MergeableRow } from '../domain/merge/apply-change';
import type { SyncTable } from '../domain/merge/change';
import { canonicalJson } from '../domain/common/canonical-json';
import { believedEnrolments, rootKey, verifyStatement, type Enrolment, type SignatureProof, type SignedStatement } from '../domain/auth/statements';
import { approvalStatement, claimDecisionStatement, type ApprovalRecord, type DecisionSignature } from '../domain/returns';
import { eightDStatement } from '../domain/eightd/signature';
import type { Signature } from '../domain/eightd/schema';
import { closureStatement, type Closure } from '../domain/auth/closure';
import { SyncError } from './errors';

interface Claim {
  where: string;
  statement: SignedStatement;
  proof: SignatureProof | undefined;
  /** A record without proof is accepted only if this station already holds it unchanged. */
  heldBefore: boolean;
}

const same = (a: unknown, b: unknown) => a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b);
const values = <T>(m: Record<string, T | null> | undefined): [string, T][] => Object.entries(m ?? {}).filter((e): e is [string, T] => e[1] !== null && e[1] !== undefined);

type Row = MergeableRow & Record<string, unknown>;

function returnClaims(row: Row, local: Row | undefined): Claim[] {
  const out: Claim[] = [];
  const label = String(row.number ?? row.id);
  const localApprovals = (local?.approvals ?? {}) as Record<string, ApprovalRecord | null>;
  for (const [id, a] of values(row.approvals as Record<string, ApprovalRecord | null>)) {
    // A void mark is added by any editing station; what was signed is the rest.
    const { voided: _v, ...signed } = a;
    const before = localApprovals[id];
    const beforeSigned = before ? (({ voided: _x, ...r }) => r)(before) : undefined;
    if (same(signed, beforeSigned)) continue;
    out.push({ where: `${label} · ${a.role}`, statement: approvalStatement(row.id, a), proof: a.sig && a.keyId ? { keyId: a.keyId, sig: a.sig } : undefined, heldBefore: false });
  }
  const d = row.decision as ({ kind: 'accept' | 'refuse'; reason?: string; note: string; at: string; contentHash?: string; signature?: DecisionSignature } | undefined);
  if (d && !same(d, local?.decision)) {
    const s = d.signature;
    out.push({
      where: `${label} · claim`,
      statement: claimDecisionStatement(row.id, d, s ?? { signerId: '', role: '', timeZone: '', keyId: '' }, d.contentHash ?? ''),
      proof: s ? { keyId: s.keyId, sig: s.sig } : undefined,
      heldBefore: false,
    });
  }
  return out;
}

function eightDClaims(row: Row, local: Row | undefined): Claim[] {
  const localSigs = (local?.signatures ?? {}) as Record<string, Signature | null>;
  return values(row.signatures as Record<string, Signature | null>)
    .filter(([id, s]) => !same(s, localSigs[id]))
    .map(([, s]) => ({ where: `8D ${row.id} · ${s.slot}`, statement: eightDStatement(row.id, s), proof: s.sig && s.keyId ? { keyId: s.keyId, sig: s.sig } : undefined, heldBefore: false }));
}

function closureClaims(row: Row, local: Row | undefined): Claim[] {
  const localClosures = (local?.closures ?? {}) as Record<string, Closure | null>;
  return values(row.closures as Record<string, Closure | null>)
    .filter(([id, c]) => !same(c, localClosures[id]))
    .map(([, c]) => ({ where: `${String(row.number ?? row.id)} · closure`, statement: closureStatement(row.id, c), proof: c.sig && c.keyId ? { keyId: c.keyId, sig: c.sig } : undefined, heldBefore: false }));
}

/** The signature material of planned rows, to check that what was verified is what gets written. */
export function signatureDigest(rows: Map<SyncTable, MergeableRow[]>): string {
  const pick = (t: SyncTable, keys: string[]) => (rows.get(t) ?? []).map((r) => [r.id, ...keys.map((k) => (r as Row)[k] ?? null)]);
  return canonicalJson([pick('people', ['enrolments']), pick('returns', ['approvals', 'decision']), pick('eightD', ['signatures']), pick('complaints', ['closures'])]);
}

/**
 * A root administrator the bundle brings (a self-signed administrator enrolment) that
 * this station does not trust yet and under which every unbelieved enrolment of the
 * bundle would be believed: the station of another plant administrator. An
 * administrator here may trust it after comparing its fingerprint by telephone.
 */
async function untrustedRoot(db: AppDB, people: readonly Person[], unbelieved: readonly Enrolment[]): Promise<Enrolment | undefined> {
  const roots = await trustRoots(db);
  const candidates = people.flatMap(enrolmentsOf).filter((e) => e.byPersonId === e.personId && e.byKeyId === e.keyId && e.role === 'admin' && !roots.has(rootKey(e.personId, e.keyId)));
  for (const c of candidates) {
    const withRoot = await believedEnrolments([...(await db.people.toArray()).flatMap(enrolmentsOf), ...people.flatMap(enrolmentsOf)], new Set([...roots, rootKey(c.personId, c.keyId)]));
    const ids = new Set(withRoot.map((e) => e.id));
    if (unbelieved.every((e) => ids.has(e.id))) return c;
  }
  return undefined;
}

export async function checkPlanSignatures(db: AppDB, rows: Map<SyncTable, MergeableRow[]>): Promise<void> {
  const people = (rows.get('people') ?? []) as unknown as Person[];
  const believed = await believedEnrolmentsIn(db, people);
  const believedIds = new Set(believed.map((e) => e.id));
  const unbelieved: { person: Person; enrolment: Enrolment }[] = [];
  // Local rows read in bulk (one request per table, not one per row: 10,000 returns are 10,000 round trips).
  const localPeople = await db.people.bulkGet(people.map((p) => p.id));
  for (const [i, p] of people.entries()) {
    const local = localPeople[i];
    const known = new Set(local ? enrolmentsOf(local).map((e) => e.id) : []);
    for (const e of enrolmentsOf(p)) if (!known.has(e.id) && !believedIds.has(e.id)) unbelieved.push({ person: p, enrolment: e });
  }
  if (unbelieved.length > 0) {
    const root = await untrustedRoot(db, people, unbelieved.map((u) => u.enrolment));
    if (root) throw new SyncError('untrustedAdmin', { name: people.find((p) => p.id === root.personId)?.name ?? root.login, login: root.login, fingerprint: fingerprint(root.publicKey), personId: root.personId, keyId: root.keyId });
    throw new SyncError('forgedEnrolment', { name: unbelieved[0]!.person.name, login: unbelieved[0]!.enrolment.login });
  }
  const claims: Claim[] = [];
  const withLocal = async (table: 'returns' | 'eightD' | 'complaints', keep: (r: Row) => boolean, claimsOf: (r: Row, local: Row | undefined) => Claim[]) => {
    const list = ((rows.get(table) ?? []) as Row[]).filter(keep);
    if (list.length === 0) return;
    const local = (await db.table(table).bulkGet(list.map((r) => r.id))) as (Row | undefined)[];
    list.forEach((r, i) => claims.push(...claimsOf(r, local[i])));
  };
  await withLocal('returns', (r) => r.approvals !== undefined || r.decision !== undefined, returnClaims);
  await withLocal('eightD', (r) => r.signatures !== undefined, eightDClaims);
  await withLocal('complaints', (r) => Boolean(r.closures), closureClaims);
  for (const c of claims) {
    const verdict = await verifyStatement(c.statement, c.proof, believed);
    if (verdict.state === 'legacy' && !c.heldBefore) throw new SyncError('unsignedSignature', { where: c.where });
    if (verdict.state === 'invalid') throw new SyncError('forgedSignature', { where: c.where, reason: verdict.reason });
  }
}
