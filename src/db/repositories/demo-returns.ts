/**
 * The demo plant's returns: one per case the plan gives a return stage, linked
 * to that complaint, built as finished rows the way the returns repository
 * writes them step by step (request, signed claim decision, signed approvals
 * in the procedure's order, the warehouse clerk's receipt, QA's judgement and
 * disposition). Every part is checked by the domain's validators and the
 * derived status must be the planned stage, or the load throws. Signatures
 * are WebCrypto: made here, before the one write transaction.
 */
import { monotonicFactory } from 'ulid';
import type { Person } from '../app-db';
import {
  approvalRecordSchema,
  approvalStatement,
  claimDecisionStatement,
  requestTotals,
  requiredApprovals,
  validateDisposition,
  validateJudgement,
  validateReceipt,
  validateRequest,
  type ApprovalRecord,
  type ApprovalSettings,
  type RequestStatus,
  type ReturnRequest,
  type Role,
} from '../../domain/returns';
import { signBytes } from '../../domain/auth/keys';
import { statementBytes } from '../../domain/auth/statements';
import type { PersonRole } from '../../domain/org/org';
import type { DemoPlant } from '../../domain/demo/demo-plant';
import type { Signer } from './signing';
import { deriveReturn, formatReturnNumber, hashRequestSync, isoInZone, keyedByLine, storeRequest, type StoredReturn } from './returns-row';
import type { WorkflowComplaint } from './workflow-store';

const newId = monotonicFactory();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Totals in fen: below the manager threshold, above it, above the general manager's (default settings). */
const BANDS = [60_000, 150_000, 360_000];
const REFUSALS = [
  { reason: 'pastWarranty', note: '发货已超过 12 个月质保期' },
  { reason: 'conformsToContract', note: '复测尺寸与性能均符合合同技术要求' },
] as const;

export interface DemoReturnsContext {
  timeZone: string;
  stationCode: string;
  people: readonly Person[];
  signers: readonly Signer[];
  settings: ApprovalSettings;
  nowMs: number;
}

export interface DemoReturns {
  rows: StoredReturn[];
  /** The last return number used per year, for the station's counters. */
  lastSeq: Map<number, number>;
}

function fail(what: string, index: number, detail: unknown): never {
  throw new Error(`demo return ${index}: ${what} ${JSON.stringify(detail)}`);
}

function yearIn(timeZone: string, ms: number): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(new Date(ms)));
}

function requestFor(id: string, c: WorkflowComplaint, band: number): ReturnRequest {
  const p = c.product;
  const qty = Math.max(1, Math.min(c.details.affectedQty ?? 1, p.shippedQty ?? 1, 50));
  const checked = validateRequest({
    id, complaintId: c.id, customer: { name: c.customer.company || c.customer.name, contact: c.customer.contactPerson, phone: c.customer.phone },
    orderNo: p.orderNo || 'SO-00000', returnType: 'defectiveInUse', freightPaidBy: 'us',
    lines: [{
      id: `L${id.slice(-8)}`, productNo: p.model || p.name, productName: p.name, unit: '件', spec: '', batch: p.batchNo,
      ...(p.shipDate && { shipDate: p.shipDate }), defect: c.details.symptom, reason: c.details.symptom,
      qtyShipped: Math.max(qty, p.shippedQty ?? qty), qtyRequested: qty, unitPriceFen: Math.max(1, Math.round(band / qty)),
    }],
  });
  if (!checked.ok) fail('request', 0, checked.issues);
  return checked.value;
}

/** The stage's path: what each stage needs recorded on top of the previous one. */
const PAST: Record<RequestStatus, number> = { draft: 0, pendingApproval: 1, refused: 1, approved: 2, received: 3, judged: 4, closed: 5 };

async function buildOne(index: number, c: WorkflowComplaint, stage: RequestStatus, ctx: DemoReturnsContext, who: (role: PersonRole) => number): Promise<StoredReturn> {
  const { timeZone, people, signers, settings, nowMs } = ctx;
  const person = (role: PersonRole) => people[who(role)] as Person;
  const signer = (role: PersonRole) => signers[who(role)] as Signer;
  const created = Date.parse(c.createdAt) + 2 * DAY;
  const scale = Math.min(1, Math.max(0, nowMs - HOUR - created) / (12 * DAY));
  const at = (days: number) => Math.min(nowMs - HOUR, created + Math.round(days * DAY * scale));
  // Pending approval needs a required approval; a refusal by an approver needs one to refuse.
  const band = stage === 'pendingApproval' || stage === 'refused' ? BANDS[1 + (index % 2)]! : BANDS[index % 3]!;
  const id = newId(created);
  const request = requestFor(id, c, band);
  const hash = hashRequestSync(request);
  const clerk = person('customerService');
  const iso = new Date(created).toISOString();
  let row: StoredReturn = {
    id, number: '', station: ctx.stationCode, complaintId: c.id, status: 'draft', totalFen: 0, createdAt: iso, createdBy: clerk.name,
    updatedAt: iso, updatedBy: clerk.name, deletedAt: null, submittedAt: stage === 'draft' ? '' : iso, request: storeRequest(request), approvals: {}, _clocks: {},
  };
  const touch = (ms: number, by: Person) => ({ updatedAt: new Date(ms).toISOString(), updatedBy: by.name });

  if (PAST[stage] >= 1) {
    const decider = person('marketingManager');
    const refuse = stage === 'refused' && index % 2 === 0 ? REFUSALS[index % 4 === 0 ? 0 : 1] : undefined;
    const when = at(1);
    const decided = refuse ? { kind: 'refuse' as const, reason: refuse.reason, note: refuse.note, at: isoInZone(when, timeZone) } : { kind: 'accept' as const, note: '同意受理退货', at: isoInZone(when, timeZone) };
    const s = { signerId: decider.id, role: decider.role, timeZone, keyId: signer('marketingManager').keyId };
    const sig = await signBytes(signer('marketingManager').privateKey, statementBytes(claimDecisionStatement(id, decided, s, hash)));
    row = { ...row, decision: { ...decided, by: decider.name, contentHash: hash, signature: { ...s, sig } }, ...touch(when, decider) };
  }
  if (PAST[stage] >= 1 && row.decision?.kind === 'accept') {
    const required = requiredApprovals(requestTotals(request).totalFen, settings);
    // Pending: the general manager has not signed yet (or nobody, below that threshold); refused: the manager said no.
    const signing: { role: Role; meaning: 'approved' | 'rejected'; comment: string }[] = stage === 'refused'
      ? [{ role: 'marketingManager', meaning: 'rejected', comment: '索赔金额与合同条款不符，请重新核算' }]
      : required.filter((r) => stage !== 'pendingApproval' || (r === 'marketingManager' && required.includes('generalManager')))
        .map((role) => ({ role, meaning: 'approved' as const, comment: '同意' }));
    for (const [k, a] of signing.entries()) {
      const by = person(a.role);
      const key = signer(a.role);
      const when = at(1.5 + k * 0.5);
      const draft = approvalRecordSchema.parse({
        id: newId(when), role: a.role, signerName: by.name, signerId: by.id, at: isoInZone(when, timeZone), timeZone,
        meaning: a.meaning, comment: a.comment, contentHash: hash, keyId: key.keyId,
      });
      const record: ApprovalRecord = { ...draft, sig: await signBytes(key.privateKey, statementBytes(approvalStatement(id, draft))) };
      row = { ...row, approvals: { ...row.approvals, [record.id]: record }, ...touch(when, by) };
    }
  }
  const line = request.lines[0]!;
  const qty = line.qtyRequested;
  if (PAST[stage] >= 3) {
    const by = person('warehouseClerk');
    const when = at(6);
    const receipt = validateReceipt({
      receivedAt: isoInZone(when, timeZone), receivedBy: by.name, packageCondition: index % 5 === 0 ? 'damaged' : 'intact', outcome: 'accepted', note: '',
      lines: [{ lineId: line.id, countedQty: qty, location: '退货隔离区 A-01', isolationTag: 'isolated' }],
    }, request);
    if (!receipt.ok) fail('receipt', index, receipt.issues);
    const { lines, ...rest } = receipt.value;
    row = { ...row, receipt: { ...rest, lines: keyedByLine(lines) }, ...touch(when, by) };
    if (PAST[stage] >= 4) {
      const qa = person('qaEngineer');
      const judgedAt = at(8);
      const bad = Math.max(1, Math.ceil(qty * 0.8));
      const judgement = validateJudgement({
        judgedAt: isoInZone(judgedAt, timeZone), judgedBy: qa.name,
        lines: [{ lineId: line.id, inspectedQty: qty, conformingQty: qty - bad, nonconformingQty: bad, defectFound: line.defect, responsibility: index % 2 ? 'production' : 'supplier', eightDRequired: true }],
      }, receipt.value);
      if (!judgement.ok) fail('judgement', index, judgement.issues);
      const { lines: judged, ...judgedRest } = judgement.value;
      row = { ...row, judgement: { ...judgedRest, lines: keyedByLine(judged) }, ...touch(judgedAt, qa) };
      if (stage === 'closed') {
        const decidedAt = at(10);
        const actions = [{ kind: 'replace', qty: bad }, ...(qty > bad ? [{ kind: 'returnToCustomer', qty: qty - bad }] : [])];
        const disposition = validateDisposition({ lines: [{ lineId: line.id, actions }] }, receipt.value);
        if (!disposition.ok) fail('disposition', index, disposition.issues);
        const disposed = keyedByLine(disposition.value.lines);
        row = { ...row, disposition: { decidedAt: new Date(decidedAt).toISOString(), decidedBy: qa.name, lines: disposed }, ...touch(decidedAt, qa) };
      }
    }
  }
  row = deriveReturn(hash, settings)(row);
  if (row.status !== stage) fail('reached', index, { reached: row.status, planned: stage });
  return row;
}

/** A return for every case of the plan with a return stage; numbered per year in creation order. */
export async function buildDemoReturns(plant: DemoPlant, complaints: readonly WorkflowComplaint[], ctx: DemoReturnsContext): Promise<DemoReturns> {
  const who = (role: PersonRole) => {
    const i = ctx.people.findIndex((p) => p.role === role);
    if (i < 0) throw new Error(`the demo plant has no ${role}`);
    return i;
  };
  const planned = plant.cases.flatMap((c, i) => (c.returnStage ? [{ i, stage: c.returnStage }] : []));
  const rows = await Promise.all(planned.map(({ i, stage }) => buildOne(i, complaints[i] as WorkflowComplaint, stage, ctx, who)));
  rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const lastSeq = new Map<number, number>();
  const numbered = rows.map((r) => {
    const year = yearIn(ctx.timeZone, Date.parse(r.createdAt));
    const seq = (lastSeq.get(year) ?? 0) + 1;
    lastSeq.set(year, seq);
    return { ...r, number: formatReturnNumber(ctx.stationCode, year, seq) };
  });
  return { rows: numbered, lastSeq };
}
