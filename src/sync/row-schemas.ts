/**
 * What a row must look like after an import has merged into it: the full shape
 * of each synced table, built from the same domain schemas the forms and the
 * repositories use (unknown extra keys are tolerated, wrong types, missing
 * required fields and over-long text are not). A bundle whose merge would leave
 * one bad row is refused whole, naming the row and the field: a complaint with
 * `customer: null` must never reach the tracking table.
 *
 * A row whose creating change has not arrived yet (an edit merged before its
 * creation, see masterdata/records) is a fragment: the fields it has are checked,
 * the ones it lacks are not required until the creation arrives.
 */
import { z } from 'zod';
import { complaintInputShape } from '../domain/complaint/schema';
import { complaintMetaSchema } from '../domain/complaint/record';
import { DISCIPLINES, DISCIPLINE_SCHEMAS, actionSchema, signatureSchema } from '../domain/eightd/schema';
import { departmentInputSchema, personInputSchema } from '../domain/org/org';
import { customerContactSchema, customerInputSchema } from '../domain/masterdata/customer';
import { characteristicSchema, productInputSchema } from '../domain/masterdata/product';
import { plantConfigSchema } from '../domain/config/plant-config';
import { approvalRecordSchema } from '../domain/returns/approval';
import type { SyncTable } from '../domain/merge/change';
import { attachmentNameProblem } from './attachment-names';

const text = (max: number) => z.string().max(max);
const instant = text(40);
const keyed = <T extends z.ZodType>(item: T) => z.record(z.string().max(100), item.nullable());

/** Keys every synced row has. */
const rowBase = {
  id: z.string().min(1).max(100),
  _clocks: z.record(z.string().max(512), z.string().max(100)),
  deletedAt: instant.nullable().optional(),
};
const stamps = { createdAt: instant, updatedAt: instant, updatedBy: text(100) };

const attachmentRef = z.looseObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: text(255).min(1), type: text(100), size: z.number().int().min(0) })
  .superRefine((a, ctx) => {
    const problem = attachmentNameProblem(a.name, a.type);
    if (problem) ctx.addIssue({ code: 'custom', path: ['name'], message: problem });
  });
const attachments = keyed(attachmentRef).optional();

const complaintRow = z.looseObject({
  ...complaintInputShape.shape,
  ...complaintMetaSchema.shape,
  ...rowBase,
  attachments: keyed(attachmentRef),
  category: text(40).optional(),
  grade: text(40).optional(),
  department: text(60).optional(),
  ownerId: text(64).optional(),
});

const disciplines = Object.fromEntries(DISCIPLINES.map((d) => [d, DISCIPLINE_SCHEMAS[d].partial().loose().optional()]));
const eightDRow = z.looseObject({
  ...rowBase,
  complaintId: z.string().min(1).max(64),
  ...disciplines,
  actions: keyed(actionSchema.partial().loose()).optional(),
  signatures: keyed(signatureSchema.loose()).optional(),
  updatedAt: instant.optional(),
  updatedBy: text(100).optional(),
});

const returnRow = z.looseObject({
  ...rowBase,
  ...stamps,
  number: z.string().min(1).max(40),
  station: text(10),
  complaintId: text(64),
  createdBy: text(100),
  submittedAt: instant,
  request: z.looseObject({
    customer: z.looseObject({ name: text(200).min(1), contact: text(100).optional(), phone: text(40).optional() }),
    orderNo: text(100),
    lines: keyed(z.looseObject({ productNo: text(64).min(1), reason: text(2000), qtyRequested: z.number().finite(), unitPriceFen: z.number().int(), order: z.number() })),
  }),
  approvals: keyed(approvalRecordSchema.loose()),
  attachments,
});

// The first administrator of a station without departments has departmentId ''.
const personRow = z.looseObject({ ...rowBase, ...personInputSchema.shape, departmentId: text(60), login: text(64).optional() });
const departmentRow = z.looseObject({ ...rowBase, ...departmentInputSchema.shape });
const master = { ...rowBase, ...stamps, createdBy: text(100) };
const productRow = z.looseObject({ ...productInputSchema.shape, ...master, code: text(40).min(1), characteristics: keyed(characteristicSchema) });
const customerRow = z.looseObject({ ...customerInputSchema.shape, ...master, code: text(40).min(1), contacts: keyed(customerContactSchema) });
const contactRow = z.looseObject({
  ...master,
  complaintId: z.string().min(1).max(40),
  at: instant,
  channel: text(20),
  direction: text(20),
  ourPerson: text(100).min(1),
  theirPerson: text(100),
  summary: text(4000).min(1),
  nextStep: text(1000),
  nextStepDate: text(10),
});
// The plant configuration is one row that every station starts with its own defaults for: always a fragment.
const configRow = z.looseObject({ ...rowBase, ...plantConfigSchema.partial().shape });

const ROW_SCHEMAS: Record<Exclude<SyncTable, 'attachments'>, z.ZodType> = {
  complaints: complaintRow,
  eightD: eightDRow,
  returns: returnRow,
  people: personRow,
  departments: departmentRow,
  config: configRow,
  products: productRow,
  customers: customerRow,
  contacts: contactRow,
};

/** The field every creation stamps: a row without its stamp holds only edits that arrived before their creation (as derive.ts judges). */
const CREATED_BY: Record<Exclude<SyncTable, 'attachments'>, string | null> = {
  complaints: 'createdAt',
  eightD: 'createdAt',
  returns: 'createdAt',
  people: 'name',
  departments: 'code',
  config: null,
  products: 'createdAt',
  customers: 'createdAt',
  contacts: 'createdAt',
};

export type RowProblem = 'missing' | 'wrongType' | 'tooLong' | 'tooShort' | 'unsafeName' | 'executable' | 'invalid';

export interface RowIssue {
  path: string;
  problem: RowProblem;
}

function problemOf(issue: z.core.$ZodIssue): RowProblem {
  if (issue.input === undefined) return 'missing';
  if (issue.code === 'invalid_type') return 'wrongType';
  if (issue.code === 'too_big') return 'tooLong';
  if (issue.code === 'too_small') return typeof issue.input === 'string' && issue.input === '' ? 'missing' : 'tooShort';
  if (issue.code === 'custom' && (issue.message === 'unsafeName' || issue.message === 'executable')) return issue.message;
  return 'invalid';
}

/** The first thing wrong with a merged row (as merged, before derived fields and a fragment's display defaults), or null when it may be written. */
export function checkRow(table: SyncTable, row: Record<string, unknown>): RowIssue | null {
  if (table === 'attachments') return null;
  const marker = CREATED_BY[table];
  const clocks = (row._clocks ?? {}) as Record<string, unknown>;
  const fragment = marker === null || clocks[marker] === undefined;
  const result = ROW_SCHEMAS[table].safeParse(row, { reportInput: true });
  if (result.success) return null;
  for (const issue of result.error.issues) {
    // A fragment lacks what its creation will bring; what it has must still be right.
    if (fragment && issue.input === undefined) continue;
    return { path: issue.path.map(String).join('.').slice(0, 200), problem: problemOf(issue) };
  }
  return null;
}
