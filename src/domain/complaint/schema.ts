/**
 * The complaint record (产品质量投诉记录表) as the form, the repository and every
 * import validate it. Messages are i18n keys under `validation.*`; the UI
 * translates them, the domain stays free of text.
 */
import { z } from 'zod';
import { CUSTOMER_TYPES, DEMAND_KINDS, INTAKE_CHANNELS, PURCHASE_CHANNELS } from './vocab';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Mainland mobile, landline with area code (and extension), or an international number. */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\+\d[\d -]{6,18}\d|400-?\d{3}-?\d{4})$/;
export const STATION_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,5}$/;
export const COMPLAINT_NUMBER_PATTERN = /^[A-Z][A-Z0-9]{1,5}-\d{4}-\d{4,}$/;

/** Limits of the long text fields, shown by the form as a counter (the schema below uses the same numbers). */
export const TEXT_LIMITS = { symptom: 4000, customerActions: 2000, demandNote: 2000, environment: 500 } as const;

const text = (max: number) => z.string().trim().max(max, { error: 'validation.tooLong' });
const required = (max: number) => text(max).min(1, { error: 'validation.required' });
const optionalDate = z.union([z.literal(''), z.string().regex(DATE_PATTERN, { error: 'validation.date' })]);
const pieces = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.integer' })
  .min(0, { error: 'validation.nonNegative' })
  .max(1_000_000_000, { error: 'validation.tooLarge' })
  .nullable();

export const attachmentRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: text(255).min(1),
  type: text(100),
  size: z.number().int().min(0),
  addedAt: z.string(),
  /** What the photo shows, as the user typed it; printed under the photo in documents (never the file name). */
  caption: text(200).optional(),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

export const customerSchema = z.object({
  name: required(100),
  company: text(200),
  contactPerson: text(100),
  phone: z.union([z.literal(''), z.string().trim().regex(PHONE_PATTERN, { error: 'validation.phone' })]),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' })]),
  type: z.enum(CUSTOMER_TYPES, { error: 'validation.required' }),
  address: text(300),
});

export const productSchema = z.object({
  name: required(200),
  model: text(200),
  batchNo: text(100),
  serialNo: text(100),
  orderNo: text(100),
  orderQty: pieces,
  shippedQty: pieces,
  shipDate: optionalDate,
  purchaseDate: optionalDate,
  purchaseChannel: z.union([z.literal(''), z.enum(PURCHASE_CHANNELS)]),
  hasProofOfPurchase: z.boolean(),
});

export const detailsSchema = z.object({
  occurredOn: optionalDate,
  location: text(300),
  environment: text(TEXT_LIMITS.environment),
  symptom: required(TEXT_LIMITS.symptom),
  recurring: z.boolean(),
  customerActions: text(TEXT_LIMITS.customerActions),
  affectedQty: pieces,
});

export const demandSchema = z.object({
  kinds: z.array(z.enum(DEMAND_KINDS)).min(1, { error: 'validation.demandRequired' }),
  note: text(TEXT_LIMITS.demandNote),
});

export const complaintInputShape = z.object({
  channel: z.enum(INTAKE_CHANNELS, { error: 'validation.required' }),
  receivedAt: z.iso.datetime({ offset: true, error: 'validation.dateTime' }),
  receivedBy: required(100),
  customer: customerSchema,
  product: productSchema,
  details: detailsSchema,
  demand: demandSchema,
  shippedOverOrderConfirmed: z.boolean(),
  attachments: z.record(z.string().regex(/^[0-9a-f]{64}$/), attachmentRefSchema.nullable()),
  /** The master rows picked for the customer and the product ('' when typed freely); the names above are the copy as recorded. */
  customerId: z.string().max(60).optional(),
  productId: z.string().max(60).optional(),
});
export type ComplaintInput = z.infer<typeof complaintInputShape>;

/** Cross-field rules; `now` is injected so "not in the future" is testable. */
export function complaintInputSchema(now: Date) {
  return complaintInputShape.superRefine((c, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (Date.parse(c.receivedAt) > now.getTime() + 60_000) issue(['receivedAt'], 'validation.notFuture');
    const p = c.product;
    if (p.orderQty !== null && p.shippedQty !== null && p.shippedQty > p.orderQty && !c.shippedOverOrderConfirmed) {
      issue(['product', 'shippedQty'], 'validation.shippedOverOrder');
    }
    // A day a few hours ahead of UTC is still today at a station east of Greenwich.
    const latestDay = new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
    for (const [group, field] of [['product', 'shipDate'], ['product', 'purchaseDate'], ['details', 'occurredOn']] as const) {
      const value = (c[group] as Record<string, unknown>)[field];
      if (typeof value === 'string' && value !== '' && value > latestDay) issue([group, field], 'validation.notFuture');
    }
  });
}

export function emptyComplaintInput(receivedAt: string, receivedBy: string): ComplaintInput {
  return {
    channel: 'hotline',
    receivedAt,
    receivedBy,
    customer: { name: '', company: '', contactPerson: '', phone: '', email: '', type: 'endUser', address: '' },
    product: {
      name: '', model: '', batchNo: '', serialNo: '', orderNo: '', orderQty: null, shippedQty: null,
      shipDate: '', purchaseDate: '', purchaseChannel: '', hasProofOfPurchase: false,
    },
    details: { occurredOn: '', location: '', environment: '', symptom: '', recurring: false, customerActions: '', affectedQty: null },
    demand: { kinds: [], note: '' },
    shippedOverOrderConfirmed: false,
    attachments: {},
    customerId: '',
    productId: '',
  };
}
