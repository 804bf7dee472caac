/**
 * The demo plant's complaints and 8Ds as finished rows, built in memory with the
 * same functions the repositories apply (intake chain, assessment, status
 * machine, deadline slips, follow-ups), so every row is one the app could have
 * written step by step. Closures are signed afterwards (signDemoClosures), with
 * the closing person's key, before the one write transaction.
 */
import { monotonicFactory } from 'ulid';
import type { Department, Person } from '../app-db';
import { formatComplaintNumber } from '../../domain/complaint/record';
import { complaintInputSchema } from '../../domain/complaint/schema';
import { parseOrThrow } from '../../domain/common/validation-error';
import { assessmentSchema, needsContainment } from '../../domain/workflow/assessment';
import { currentDue, setContainmentRequired, slipDeadline } from '../../domain/workflow/deadlines';
import { followUpOutcome, followUpSchema } from '../../domain/workflow/follow-up';
import type { TransitionActor } from '../../domain/workflow/status-machine';
import { parseInstant, toIsoInstant } from '../../domain/calendar/zone';
import { closureContentHash, closureSchema, closureStatement, type Closure } from '../../domain/auth/closure';
import { signBytes } from '../../domain/auth/keys';
import { statementBytes } from '../../domain/auth/statements';
import { contentHash, eightDStatement, isoWithOffset } from '../../domain/eightd/signature';
import { progress } from '../../domain/eightd/completeness';
import { DISCIPLINES, eightDIdFor, SIGNATURE_SLOTS, signatureSchema, type EightD, type Signature, type SignatureSlot } from '../../domain/eightd/schema';
import type { PersonRole } from '../../domain/org/org';
import { demoEightD } from '../../domain/demo/demo-eightd';
import type { DemoCase, DemoPlant } from '../../domain/demo/demo-plant';
import type { Station } from './station';
import type { Signer } from './signing';
import { chainSetupOf, withInitialChain } from './initial-chain';
import { chainOf, deadlineKey, storeChain, type WorkflowComplaint } from './workflow-store';
import { deriveWorkflowComplaint, eightDProgressOf, MANAGER_ROLES, proposedDepartmentId, setupOf, transitionRow } from './workflow';
import type { PlantConfig } from '../../domain/config/plant-config';

const newId = monotonicFactory();
const HOUR = 3_600_000;

export interface DemoRows {
  complaints: WorkflowComplaint[];
  eightD: EightD[];
  /** Closed cases waiting for their closing signature: row index and the closer's index in people. */
  closures: { row: number; closer: number; at: number; note: string }[];
  /** The last complaint number used per year, for the station's counters. */
  lastSeq: Map<number, number>;
}

interface Context {
  station: Station;
  people: readonly Person[];
  departments: readonly Department[];
  config: PlantConfig;
  nowMs: number;
}

/** The person who closes: a QA manager (allowed to close by default), or a manager for an unsatisfied customer. */
function closerOf(people: readonly Person[]): number {
  const i = people.findIndex((p) => p.role === 'qaManager');
  return i >= 0 ? i : 0;
}

function buildCase(c: DemoCase, index: number, seq: number, ctx: Context, out: DemoRows): void {
  const { station, people, departments, config, nowMs } = ctx;
  const setup = setupOf(config);
  const zone = station.timeZone;
  const received = parseInstant(c.input.receivedAt);
  const input = parseOrThrow(complaintInputSchema(new Date(nowMs)), c.input);
  const id = newId(received);
  const number = formatComplaintNumber(station.code, new Date(received).getUTCFullYear(), seq);
  const owner = people[c.owner] ?? people[0];
  const recorder = people.find((p) => p.role === 'customerService') ?? owner;
  // A timeline that ends before now: recent cases' steps are compressed into their age.
  const last = Math.max(1, ...c.steps.map((s) => s.afterHours), c.followUp?.afterHours ?? 0, c.slip?.afterHours ?? 0);
  const scale = Math.min(1, (nowMs - received - HOUR) / (last * HOUR));
  const at = (hours: number) => toIsoInstant(received + Math.max(1, Math.round(hours * scale * HOUR)));
  const created = toIsoInstant(received);
  let row: WorkflowComplaint = withInitialChain({
    ...input, id, number, station: station.code, status: 'new', createdAt: created, createdBy: recorder?.name ?? '', updatedAt: created,
    updatedBy: recorder?.name ?? '', deletedAt: null, searchTokens: [], _clocks: {},
  } as WorkflowComplaint, chainSetupOf(config, zone));

  const reached = c.eightD;
  const eightD = reached ? demoEightD(id, reached, at(40), owner?.name ?? '') : undefined;
  if (eightD) out.eightD.push({ ...eightD, id: eightDIdFor(id), complaintId: id, _clocks: {}, deletedAt: null });
  const progress = eightD ? eightDProgressOf(eightD) : undefined;

  if (c.assessment && owner) {
    const assessment = parseOrThrow(assessmentSchema, c.assessment);
    const when = at(10);
    const initial = chainOf(row);
    if (!initial) throw new Error(`demo case ${index}: no deadline chain`);
    const chain = setContainmentRequired(initial, needsContainment(assessment), when, setup.settings);
    row = {
      ...row, assessment: { ...assessment, at: when, by: owner.name }, category: assessment.category, grade: assessment.grade,
      department: proposedDepartmentId(departments, assessment), ownerId: owner.id, deadlines: storeChain(chain, row.deadlines), deadlineZone: chain.zone,
    };
  }
  const who = (p: Person | undefined): TransitionActor => ({ id: p?.id ?? '', name: p?.name ?? '', isManager: !!p && MANAGER_ROLES.includes(p.role) });
  type Event = { hours: number; apply: () => void };
  const events: Event[] = c.steps.map((s) => ({
    hours: s.afterHours,
    apply: () => {
      const when = at(s.afterHours);
      const actor = s.to === 'closed' ? people[closerOf(people)] : owner;
      row = transitionRow(row, {
        to: s.to, eightD: progress, note: s.note, rejectionReason: s.rejectionReason,
        assessment: { category: row.category ?? '', grade: row.grade ?? '', department: row.department ?? '', ownerId: row.ownerId ?? '' },
        satisfaction: Object.values(row.followUps ?? {}).at(-1)?.satisfaction,
        reply: s.reply && { ...s.reply, sentAt: when },
      }, who(actor), when, zone, setup);
      if (s.to === 'closed') out.closures.push({ row: out.complaints.length, closer: closerOf(people), at: parseInstant(when), note: s.note ?? '' });
    },
  }));
  if (c.slip) {
    const slip = c.slip;
    events.push({
      hours: slip.afterHours,
      apply: () => {
        const chain = chainOf(row);
        const reply = chain?.deadlines.find((d) => d.kind === 'reply' && d.completedAt === undefined && d.endedAt === undefined);
        if (!chain || !reply) return;
        const due = toIsoInstant(parseInstant(currentDue(reply)) + slip.extraWorkdays * 24 * HOUR);
        const result = slipDeadline(chain, 'reply', { due, reason: slip.reason, customerInformed: slip.customerInformed, at: at(slip.afterHours), by: owner?.name ?? '' });
        if (!result.ok) return;
        const key = deadlineKey('reply', reply.cycle);
        const stored = storeChain(chain, row.deadlines)[key];
        const added = result.chain.deadlines.find((d) => d.kind === 'reply' && d.cycle === reply.cycle)?.slips.at(-1);
        if (stored && added) row = { ...row, deadlines: { ...storeChain(chain, row.deadlines), [key]: { ...stored, slips: { ...stored.slips, [newId(parseInstant(added.at))]: added } } } };
      },
    });
  }
  if (c.followUp) {
    const f = c.followUp;
    events.push({
      hours: f.afterHours,
      apply: () => {
        const when = at(f.afterHours);
        const followUp = followUpSchema.parse({ at: when, method: f.method, satisfaction: f.satisfaction, comment: f.comment, by: recorder?.name ?? '' });
        row = { ...row, followUps: { ...(row.followUps ?? {}), [newId(parseInstant(when))]: followUp } };
        if (row.status === 'replied') row = transitionRow(row, { to: 'followUp' }, who(recorder), when, zone, setup);
        if (followUpOutcome(f.satisfaction) === 'unsatisfied') row = transitionRow(row, { to: 'reopened', satisfaction: f.satisfaction }, who(recorder), when, zone, setup);
      },
    });
  }
  events.sort((a, b) => a.hours - b.hours);
  for (const e of events) e.apply();
  const updated = Math.max(received, ...Object.values(row.events ?? {}).map((e) => (e ? parseInstant(e.at) : 0)));
  row = deriveWorkflowComplaint({ ...row, updatedAt: toIsoInstant(updated), updatedBy: owner?.name ?? row.updatedBy });
  if (row.status !== c.status) throw new Error(`demo case ${index}: reached ${row.status}, planned ${c.status}`);
  out.complaints.push(row);
}

/** Every case of the plan as rows; throws if a case does not reach its planned status (the plan and the status machine disagree). */
export function buildDemoRows(plant: DemoPlant, ctx: Context): DemoRows {
  const out: DemoRows = { complaints: [], eightD: [], closures: [], lastSeq: new Map() };
  plant.cases.forEach((c, i) => {
    const year = new Date(parseInstant(c.input.receivedAt)).getUTCFullYear();
    const seq = (out.lastSeq.get(year) ?? 0) + 1;
    out.lastSeq.set(year, seq);
    buildCase(c, i, seq, ctx, out);
  });
  return out;
}

/** The closing signatures, made with the closers' keys (WebCrypto: before the write transaction). */
export async function signDemoClosures(rows: DemoRows, people: readonly Person[], signers: readonly Signer[], timeZone: string): Promise<void> {
  await Promise.all(rows.closures.map(async (c) => {
    const row = rows.complaints[c.row] as WorkflowComplaint;
    const person = people[c.closer] as Person;
    const signer = signers[c.closer] as Signer;
    const draft = { signerId: person.id, signerName: person.name, role: person.role, keyId: signer.keyId, at: isoWithOffset(c.at, timeZone), timeZone, note: c.note, contentHash: closureContentHash(row) };
    const sig = await signBytes(signer.privateKey, statementBytes(closureStatement(row.id, draft)));
    const closure: Closure = closureSchema.parse({ ...draft, sig });
    rows.complaints[c.row] = { ...row, closures: { [newId(c.at)]: closure } };
  }));
}

const EIGHTD_SIGNERS: Record<SignatureSlot, { role: PersonRole; meaning: string; afterDays: number }> = {
  prepared: { role: 'qaEngineer', meaning: '本人编制本报告，内容属实', afterDays: 1 },
  reviewed: { role: 'teamLeader', meaning: '本人已审核本报告', afterDays: 2 },
  approved: { role: 'qaManager', meaning: '本人批准本报告发出', afterDays: 3 },
};

/**
 * Completed 8D reports signed prepared (the case owner, a QA engineer), reviewed
 * (the team leader) and approved (the QA manager), each over the report's
 * content hash with the signer's key, as signEightD records them.
 */
export async function signDemoEightDs(rows: DemoRows, people: readonly Person[], signers: readonly Signer[], timeZone: string, nowMs: number): Promise<void> {
  const indexOf = (role: PersonRole) => people.findIndex((p) => p.role === role);
  await Promise.all(rows.eightD.map(async (r, n) => {
    if (progress(r).done.length !== DISCIPLINES.length) return;
    const hash = contentHash(r);
    const owner = people.findIndex((p) => p.name === r.updatedBy && p.role === 'qaEngineer');
    const signatures: Record<string, Signature> = {};
    for (const slot of SIGNATURE_SLOTS) {
      const plan = EIGHTD_SIGNERS[slot];
      const i = slot === 'prepared' && owner >= 0 ? owner : indexOf(plan.role);
      const person = people[i] as Person;
      const signer = signers[i] as Signer;
      const when = Math.min(nowMs - HOUR, Date.parse(r.updatedAt) + plan.afterDays * 24 * HOUR);
      const draft = signatureSchema.parse({
        id: newId(when), slot, name: person.name, role: person.role, personId: person.id, at: isoWithOffset(when, timeZone), timeZone,
        meaning: plan.meaning, hash, keyId: signer.keyId,
      });
      const sig = await signBytes(signer.privateKey, statementBytes(eightDStatement(r.id, draft)));
      signatures[draft.id] = { ...draft, sig };
    }
    rows.eightD[n] = { ...r, signatures };
  }));
}
