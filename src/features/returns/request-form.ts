/**
 * The request form's values (what a person types: yuan as text, quantities as text)
 * and their conversion to the domain input. The resolver runs the domain's own
 * validateRequest, so the form refuses exactly what the repository refuses.
 */
import type { FieldErrors, Resolver } from 'react-hook-form';
import { ulid } from 'ulid';
import { formatYuan, mulQtyPrice, parseYuan, sumFen } from '../../domain/money';
import { validateRequest, type ReturnRequest, type ReturnRequestInput } from '../../domain/returns';
import type { Complaint } from '../../domain/complaint/record';

export interface LineValues {
  id: string;
  productNo: string;
  productName: string;
  unit: string;
  spec: string;
  batch: string;
  productionDate: string;
  shipDate: string;
  shelfLifeEnd: string;
  defect: string;
  reason: string;
  qtyShipped: string;
  qtyRequested: string;
  unitPrice: string;
  claimAmount: string;
  overShippedConfirmed: boolean;
}

export interface RequestFormValues {
  complaintId: string;
  customer: { name: string; contact: string; phone: string };
  orderNo: string;
  deliveryNoteNo: string;
  trackingNo: string;
  returnType: ReturnRequest['returnType'];
  freightPaidBy: ReturnRequest['freightPaidBy'];
  lines: LineValues[];
}

export function emptyLine(): LineValues {
  return {
    id: ulid(), productNo: '', productName: '', unit: '', spec: '', batch: '', productionDate: '', shipDate: '', shelfLifeEnd: '', defect: '', reason: '',
    qtyShipped: '', qtyRequested: '', unitPrice: '', claimAmount: '', overShippedConfirmed: false,
  };
}

export function emptyRequest(complaint?: Complaint | null): RequestFormValues {
  const line = emptyLine();
  if (complaint) {
    line.spec = complaint.product.model ?? '';
    line.batch = complaint.product.batchNo ?? '';
    line.shipDate = complaint.product.shipDate ?? '';
    line.qtyShipped = complaint.product.shippedQty === null ? '' : String(complaint.product.shippedQty);
    line.defect = complaint.details.symptom ?? '';
  }
  return {
    complaintId: complaint?.id ?? '',
    customer: { name: complaint?.customer.name ?? '', contact: complaint?.customer.contactPerson ?? '', phone: complaint?.customer.phone ?? '' },
    orderNo: complaint?.product.orderNo ?? '',
    deliveryNoteNo: '',
    trackingNo: '',
    returnType: 'defectiveInUse',
    freightPaidBy: 'customer',
    lines: [line],
  };
}

export function requestToValues(r: ReturnRequest): RequestFormValues {
  return {
    complaintId: r.complaintId ?? '',
    customer: { ...r.customer },
    orderNo: r.orderNo,
    deliveryNoteNo: r.deliveryNoteNo ?? '',
    trackingNo: r.trackingNo ?? '',
    returnType: r.returnType,
    freightPaidBy: r.freightPaidBy,
    lines: r.lines.map((l) => ({
      id: l.id, productNo: l.productNo, productName: l.productName ?? '', unit: l.unit ?? '', spec: l.spec, batch: l.batch, productionDate: l.productionDate ?? '', shipDate: l.shipDate ?? '',
      shelfLifeEnd: l.shelfLifeEnd ?? '', defect: l.defect, reason: l.reason, qtyShipped: String(l.qtyShipped), qtyRequested: String(l.qtyRequested),
      unitPrice: formatYuan(l.unitPriceFen).replace(/,/g, ''), claimAmount: l.claimAmountFen === undefined ? '' : formatYuan(l.claimAmountFen).replace(/,/g, ''),
      overShippedConfirmed: l.overShippedConfirmed ?? false,
    })),
  };
}

/** '12' → 12; anything else (blank, '1.5', 'abc') → NaN, which the domain reports as not a whole number. */
export function parseQty(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());

interface Converted {
  input: Omit<ReturnRequestInput, 'id'>;
  moneyIssues: { path: string; code: string }[];
}

export function valuesToInput(v: RequestFormValues): Converted {
  const moneyIssues: Converted['moneyIssues'] = [];
  const lines = v.lines.map((l, i) => {
    const price = parseYuan(l.unitPrice);
    if (!price.ok) moneyIssues.push({ path: `lines.${i}.unitPrice`, code: price.code });
    const claim = l.claimAmount.trim() === '' ? undefined : parseYuan(l.claimAmount);
    if (claim && !claim.ok) moneyIssues.push({ path: `lines.${i}.claimAmount`, code: claim.code });
    return {
      id: l.id, productNo: l.productNo, productName: optional(l.productName), unit: optional(l.unit), spec: l.spec, batch: l.batch,
      productionDate: optional(l.productionDate), shipDate: optional(l.shipDate), shelfLifeEnd: optional(l.shelfLifeEnd),
      defect: l.defect, reason: l.reason, qtyShipped: parseQty(l.qtyShipped), qtyRequested: parseQty(l.qtyRequested),
      unitPriceFen: price.ok ? price.fen : 0, claimAmountFen: claim?.ok ? claim.fen : undefined,
      overShippedConfirmed: l.overShippedConfirmed || undefined,
    };
  });
  return {
    input: {
      complaintId: optional(v.complaintId), customer: v.customer, orderNo: v.orderNo, deliveryNoteNo: optional(v.deliveryNoteNo), trackingNo: optional(v.trackingNo),
      returnType: v.returnType, freightPaidBy: v.freightPaidBy, lines,
    },
    moneyIssues,
  };
}

/** Domain paths name stored fields; the form names what was typed. */
export function formPath(path: string): string {
  return path.replace(/\.unitPriceFen$/, '.unitPrice').replace(/\.claimAmountFen$/, '.claimAmount');
}

/** Nested react-hook-form errors from flat "a.0.b" paths; messages are i18n keys. */
export function toFieldErrors(issues: readonly { path: string; code: string }[]): FieldErrors {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    const keys = formPath(issue.path || 'root').split('.');
    let node = root;
    keys.slice(0, -1).forEach((k) => {
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    });
    const last = keys[keys.length - 1] ?? 'root';
    node[last] ??= { type: 'validate', message: `returns.codes.${issue.code}` };
  }
  return root as FieldErrors;
}

export const requestResolver: Resolver<RequestFormValues> = (values) => {
  const { input, moneyIssues } = valuesToInput(values);
  const checked = validateRequest({ ...input, id: 'form' });
  const issues = [...moneyIssues, ...(checked.ok ? [] : checked.issues.map((i) => ({ path: i.path.join('.'), code: i.code })))];
  // A price that did not parse was sent as 0; its own message is the one to show.
  return issues.length === 0 ? { values, errors: {} } : { values: {}, errors: toFieldErrors(issues) };
};

/** Line amounts and the total as the person types; undefined where the input is not valid yet. */
export function liveTotals(lines: readonly LineValues[]): { lines: (number | undefined)[]; totalFen: number | undefined } {
  const amounts = lines.map((l) => {
    const price = parseYuan(l.unitPrice);
    const qty = parseQty(l.qtyRequested);
    if (!price.ok || !Number.isInteger(qty) || qty < 0) return undefined;
    const amount = mulQtyPrice(qty, price.fen);
    const claim = l.claimAmount.trim() === '' ? { ok: true as const, fen: 0 } : parseYuan(l.claimAmount);
    return amount.ok && claim.ok ? amount.fen + claim.fen : undefined;
  });
  const total = amounts.every((a) => a !== undefined) ? sumFen(amounts as number[]) : undefined;
  return { lines: amounts, totalFen: total?.ok ? total.fen : undefined };
}
