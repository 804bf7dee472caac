/**
 * The 8D report (D0–D8) as stored in the `eightD` table, one row per complaint.
 * Lists that two stations may add to at the same time (team members, causes,
 * 5-Why steps, actions, signatures) are objects keyed by item id with an `order`,
 * never arrays, so sync merges them entry by entry; a removed entry is `null`.
 * Messages are i18n codes: `validation.*` (shared) and `eightd.err.*` (ours).
 */
import { z } from 'zod';
import { attachmentRefSchema, DATE_PATTERN } from '../complaint/schema';

export const DISCIPLINES = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'] as const;
export type Discipline = (typeof DISCIPLINES)[number];
export const ACTION_DISCIPLINES = ['d3', 'd5', 'd6', 'd7'] as const;
export type ActionDiscipline = (typeof ACTION_DISCIPLINES)[number];

export const TEAM_ROLES = ['leader', 'champion', 'member'] as const;
export const FISHBONE = ['man', 'machine', 'material', 'method', 'measurement', 'environment'] as const;
export const CAUSE_KINDS = ['occurrence', 'escape'] as const;
export const CAUSE_STATUSES = ['verified', 'hypothesis'] as const;
export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'verified', 'cancelled'] as const;
export const CONTAINMENT_LOCATIONS = ['customer', 'transit', 'warehouse', 'wip', 'supplier'] as const;
export const IS_NOT_DIMENSIONS = ['what', 'where', 'when', 'howMuch'] as const;
export const SIGNATURE_SLOTS = ['prepared', 'reviewed', 'approved'] as const;
export const REPORT_STATUSES = ['interim', 'final'] as const;
export const CUSTOMER_VERDICTS = ['', 'accepted', 'notAccepted'] as const;
export type SignatureSlot = (typeof SIGNATURE_SLOTS)[number];

export const ITEM_ID = /^[0-9A-Za-z]{10,40}$/;
const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
const required = (max: number) => text(max).min(1, { error: 'validation.required' });
const optionalDate = z.union([z.literal(''), z.string().regex(DATE_PATTERN, { error: 'validation.date' })]);
const qty = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.nonNegative' })
  .max(1_000_000_000, { error: 'validation.tooLarge' })
  .nullable();
const keyed = <T extends z.ZodType>(item: T) => z.record(z.string().regex(ITEM_ID), item.nullable());

/** Every discipline names who owns it and when it was done. */
const head = { owner: text(100), date: optionalDate };

export const d0Schema = z.object({
  ...head, symptom: text(2000), emergencyResponse: text(2000), needed: z.boolean(),
  // The report's header block: the customer's own complaint number, the drawing revision, interim or final.
  customerRef: text(100).default(''), drawingRev: text(40).default(''), reportStatus: z.enum(REPORT_STATUSES).default('interim'),
});

export const teamMemberSchema = z.object({
  id: z.string().regex(ITEM_ID), order: z.number(), name: required(100), department: text(100), role: z.enum(TEAM_ROLES),
});
/** `customerRep`: the customer's representative (name, function) beside our team. */
export const d1Schema = z.object({ ...head, members: keyed(teamMemberSchema), customerRep: text(200).default('') });

const isNotRow = z.object({ is: text(1000), isNot: text(1000) });
export const d2Schema = z.object({
  ...head,
  what: text(1000), who: text(1000), when: text(1000), where: text(1000), why: text(1000), how: text(1000), howMany: text(1000),
  isNot: z.object({ what: isNotRow, where: isNotRow, when: isNotRow, howMuch: isNotRow }),
  spec: text(1000), actual: text(1000),
  photos: z.record(z.string().regex(/^[0-9a-f]{64}$/), attachmentRefSchema.nullable()),
  statement: text(500),
});

export const containmentLocationSchema = z.object({
  na: z.boolean(), checkedQty: qty, badQty: qty, method: text(500), owner: text(100), date: optionalDate,
});
export const d3Schema = z.object({
  ...head,
  locations: z.object({
    customer: containmentLocationSchema, transit: containmentLocationSchema, warehouse: containmentLocationSchema,
    wip: containmentLocationSchema, supplier: containmentLocationSchema,
  }),
  cleanPoint: text(500),
});

export const whyStepSchema = z.object({ id: z.string().regex(ITEM_ID), order: z.number(), text: required(500) });
export const causeSchema = z.object({
  id: z.string().regex(ITEM_ID), order: z.number(), kind: z.enum(CAUSE_KINDS), description: required(1000),
  category: z.enum(FISHBONE), status: z.enum(CAUSE_STATUSES), verification: text(1000), whys: keyed(whyStepSchema),
});
export const d4Schema = z.object({ ...head, causes: keyed(causeSchema) });

export const d5Schema = z.object({ ...head, notes: text(2000) });
export const d6Schema = z.object({
  ...head, containmentRemoved: z.boolean(), containmentRemovedOn: optionalDate, notes: text(2000),
  /** The effectiveness evidence (e.g. 3 batches, 0 defects in 6,000 pcs) and the date it was verified. */
  verificationData: text(2000).default(''), verifiedOn: optionalDate.default(''),
});
export const d7Schema = z.object({
  ...head, pfmea: z.boolean(), controlPlan: z.boolean(), workInstructions: z.boolean(), inspectionStandard: z.boolean(),
  lateral: text(2000), lessons: text(2000),
});
export const d8Schema = z.object({
  ...head, closureCriteria: text(2000), recognition: text(2000), closedOn: optionalDate,
  /** 客户确认: who at the customer confirmed, when, and whether they accepted the report. */
  customerConfirmedBy: text(100).default(''), customerConfirmedOn: optionalDate.default(''), customerVerdict: z.enum(CUSTOMER_VERDICTS).default(''),
});

/**
 * One action of D3, D5, D6 or D7. D5 actions name the D4 cause they remove; D6 entries carry the rollout.
 * `ownerId` is the person (Settings › People) who owns it, '' when none: "my work" and the overdue
 * views follow it. `owner` is the name printed on the report, kept beside it (and the only owner of
 * rows written before people were linked, which parse with ownerId '').
 */
export const actionSchema = z.object({
  id: z.string().regex(ITEM_ID), order: z.number(), discipline: z.enum(ACTION_DISCIPLINES),
  title: required(500), owner: text(100), ownerId: z.union([z.literal(''), z.string().regex(ITEM_ID)]).default(''),
  due: optionalDate, status: z.enum(ACTION_STATUSES), verification: text(1000),
  causeId: z.union([z.literal(''), z.string().regex(ITEM_ID)]),
  doneOn: optionalDate, cutIn: text(200), evidence: text(1000), result: text(1000),
});

export const signatureSchema = z.object({
  id: z.string().regex(ITEM_ID), slot: z.enum(SIGNATURE_SLOTS),
  name: text(100).min(1, { error: 'eightd.err.signerName' }),
  role: text(100), personId: text(40), at: z.iso.datetime({ offset: true, error: 'validation.dateTime' }), timeZone: text(64),
  meaning: required(200), hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The signer's key and Ed25519 signature over eightDStatement(); absent on signatures made before accounts existed. */
  keyId: z.string().regex(/^[0-9a-f]{16}$/).optional(), sig: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(200).optional(),
});

/** A reopening of an approved report: it may be edited again until it is approved anew. */
export const reopeningSchema = z.object({
  at: z.iso.datetime({ offset: true, error: 'validation.dateTime' }), by: text(100), reason: required(500),
});
export type Reopening = z.infer<typeof reopeningSchema>;

export const DISCIPLINE_SCHEMAS = {
  d0: d0Schema, d1: d1Schema, d2: d2Schema, d3: d3Schema, d4: d4Schema, d5: d5Schema, d6: d6Schema, d7: d7Schema, d8: d8Schema,
} as const;

export type D0 = z.infer<typeof d0Schema>;
export type D1 = z.infer<typeof d1Schema>;
export type D2 = z.infer<typeof d2Schema>;
export type D3 = z.infer<typeof d3Schema>;
export type D4 = z.infer<typeof d4Schema>;
export type D5 = z.infer<typeof d5Schema>;
export type D6 = z.infer<typeof d6Schema>;
export type D7 = z.infer<typeof d7Schema>;
export type D8 = z.infer<typeof d8Schema>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
export type Cause = z.infer<typeof causeSchema>;
export type WhyStep = z.infer<typeof whyStepSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type ContainmentLocation = z.infer<typeof containmentLocationSchema>;

export interface DisciplineData {
  d0: D0; d1: D1; d2: D2; d3: D3; d4: D4; d5: D5; d6: D6; d7: D7; d8: D8;
}

/** What is signed and exported: the disciplines and the actions. */
export interface EightDContent extends DisciplineData {
  actions: Record<string, Action | null>;
}

export interface EightD extends EightDContent {
  id: string;
  complaintId: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  signatures: Record<string, Signature | null>;
  /** Reopenings after approval, keyed by id (absent on reports never reopened). */
  reopenings?: Record<string, Reopening | null>;
  /** Derived on every write; the workflow reads them to allow 'replied'. */
  d4Done: boolean;
  d5Done: boolean;
  deletedAt: string | null;
  _clocks: Record<string, string>;
  [key: string]: unknown;
}

/** One 8D per complaint: the id is derived, so two stations opening it offline converge on one row. */
export function eightDIdFor(complaintId: string): string {
  return `8d-${complaintId}`;
}

const emptyLocation = (): ContainmentLocation => ({ na: false, checkedQty: null, badQty: null, method: '', owner: '', date: '' });
const emptyRow = () => ({ is: '', isNot: '' });

export function emptyDisciplines(): DisciplineData {
  const h = { owner: '', date: '' };
  return {
    d0: { ...h, symptom: '', emergencyResponse: '', needed: true, customerRef: '', drawingRev: '', reportStatus: 'interim' },
    d1: { ...h, members: {}, customerRep: '' },
    d2: {
      ...h, what: '', who: '', when: '', where: '', why: '', how: '', howMany: '',
      isNot: { what: emptyRow(), where: emptyRow(), when: emptyRow(), howMuch: emptyRow() }, spec: '', actual: '', photos: {}, statement: '',
    },
    d3: {
      ...h,
      locations: { customer: emptyLocation(), transit: emptyLocation(), warehouse: emptyLocation(), wip: emptyLocation(), supplier: emptyLocation() },
      cleanPoint: '',
    },
    d4: { ...h, causes: {} },
    d5: { ...h, notes: '' },
    d6: { ...h, containmentRemoved: false, containmentRemovedOn: '', notes: '', verificationData: '', verifiedOn: '' },
    d7: { ...h, pfmea: false, controlPlan: false, workInstructions: false, inspectionStandard: false, lateral: '', lessons: '' },
    d8: { ...h, closureCriteria: '', recognition: '', closedOn: '', customerConfirmedBy: '', customerConfirmedOn: '', customerVerdict: '' },
  };
}

export function emptyAction(id: string, discipline: ActionDiscipline, order: number): Action {
  return { id, order, discipline, title: '', owner: '', ownerId: '', due: '', status: 'open', verification: '', causeId: '', doneOn: '', cutIn: '', evidence: '', result: '' };
}
