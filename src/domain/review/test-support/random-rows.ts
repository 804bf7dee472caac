/**
 * Seeded random review rows for the equivalence tests: months either side of
 * the periods, ties at one instant, reopened and closed cases, costs, returns,
 * scores, accountability and deadlines completed, ended and open.
 */
import type { ReviewRow } from '../row';

export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const KINDS = ['acknowledge', 'containment', 'reply', 'close'] as const;
const STATUSES = ['new', 'closed', 'rejected', 'inProgress', 'reopened', 'closed'];
const DAY = 86_400_000;

export function randomReviewRows(n: number, from: string, to: string, seed = 7): ReviewRow[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const start = Date.parse(from);
  const span = Date.parse(to) - start;
  const iso = (ms: number) => new Date(ms).toISOString();
  let previous = start;
  return Array.from({ length: n }, (_, i) => {
    // One row in ten shares the instant of the row before (repeats must pick the same earlier case).
    const at = rnd() < 0.1 ? previous : start + Math.floor(rnd() * span);
    previous = at;
    const status = pick(STATUSES);
    const closed = status === 'closed' && rnd() < 0.9;
    const customerKey = `cu${Math.floor(rnd() * 12)}`;
    const productKey = `p${Math.floor(rnd() * 6)}`;
    return {
      id: `c${i}`, number: `N${String(i).padStart(6, '0')}`, receivedAt: iso(at), status,
      category: pick(['quality', 'delivery', '']), grade: pick(['minor', 'serious', '']), department: pick(['dq', 'dm', '']), channel: pick(['phone', 'email']),
      customerKey, customer: customerKey.toUpperCase(), productKey, product: productKey.toUpperCase(), defect: pick(['划伤', '裂纹', '漏液', '']),
      reopenCount: status === 'reopened' ? 1 + Math.floor(rnd() * 2) : rnd() < 0.05 ? 1 : 0,
      returnedFen: rnd() < 0.1 ? Math.floor(rnd() * 50_000) : 0,
      deadlines: KINDS.filter(() => rnd() < 0.8).map((kind, k) => ({
        kind, due: iso(at + (k + 1) * 2 * DAY + Math.floor(rnd() * DAY)), ended: rnd() < 0.1,
        ...(rnd() < 0.5 && { completedAt: iso(at + Math.floor(rnd() * 10 * DAY)) }),
      })),
      ...(closed && { closedAt: iso(at + Math.floor(rnd() * 60 * DAY)) }),
      ...(rnd() < 0.3 && { costs: { claimsPaidFen: Math.floor(rnd() * 9_000), replacementFen: 0, freightFen: 500, scrapFen: Math.floor(rnd() * 100), reworkFen: 0 } }),
      ...(rnd() < 0.2 && { scores: { overall: 1 + Math.floor(rnd() * 5), delivery: 1 + Math.floor(rnd() * 5) } }),
      ...(rnd() < 0.2 && { accountability: { departmentId: pick(['dq', 'dm']), personName: pick(['张三', '李四', '']), causeClass: 'process', points: Math.floor(rnd() * 3), amountFen: Math.floor(rnd() * 1000) } }),
    };
  });
}
