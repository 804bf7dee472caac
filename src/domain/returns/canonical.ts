// What an approver signs: a deterministic JSON text of the request content, and its
// SHA-256. The text is built from the schema's own fields (so approvals, receipts, audit
// and sync stamps that ride along on a stored record never enter it) plus the computed
// amounts, so a signature covers the totals the signer saw.
import { canonicalJson } from '../common/canonical-json';
import { requestTotals, returnLineSchema, returnRequestSchema, type ReturnRequest } from './request';

function pick(source: object, keys: readonly string[]): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, record[k]]));
}

const REQUEST_KEYS = Object.keys(returnRequestSchema.shape);
const LINE_KEYS = Object.keys(returnLineSchema.shape);
const CUSTOMER_KEYS = Object.keys(returnRequestSchema.shape.customer.shape);

/** The signed text of a request. Changing any signed field, or a computed amount, changes it. */
export function canonicalRequest(request: ReturnRequest): string {
  const totals = requestTotals(request);
  return canonicalJson({
    ...pick(request, REQUEST_KEYS),
    customer: pick(request.customer, CUSTOMER_KEYS),
    lines: request.lines.map((line, i) => ({ ...pick(line, LINE_KEYS), amountFen: totals.lines[i]?.amountFen })),
    totals: { goodsFen: totals.goodsFen, claimFen: totals.claimFen, totalFen: totals.totalFen },
  });
}

/** Lower-case hex SHA-256 of canonicalRequest, via WebCrypto (browser and Node ≥ 20). */
export async function hashRequest(request: ReturnRequest): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalRequest(request));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
