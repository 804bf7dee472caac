/**
 * The figures of a customer's file (客户页): open and overdue cases, and totals
 * by year (complaints, returned amount, claims accepted). Pure: the query layer
 * reads the rows, this counts them.
 */
import { isOpenStatus, type ComplaintStatus } from '../workflow/statuses';

export interface FileComplaint {
  id: string;
  receivedAt: string;
  status: string;
  /** Earliest open deadline, '' when none. */
  nextDueAt?: string;
  /** Follow-up visits as the workflow stores them (keyed by id, 1–5 overall satisfaction). */
  followUps?: Record<string, { at: string; satisfaction: number } | null> | undefined;
}

export interface FileReturn {
  submittedAt: string;
  totalFen: number;
  status: string;
  decision?: { kind: 'accept' | 'refuse' };
}

export interface YearTotals {
  year: number;
  complaints: number;
  returnedFen: number;
  acceptedClaimsFen: number;
  /** Follow-ups recorded in the year, and their mean satisfaction (null without any): the customer's satisfaction trend. */
  followUps: number;
  satisfactionMean: number | null;
}

export interface CustomerFigures {
  open: number;
  overdue: number;
  byYear: YearTotals[];
}

/** Years by the station's zone would shift a New Year's Eve complaint; the plant works in China, so UTC+8 is the year boundary. */
function yearOf(iso: string): number {
  return new Date(Date.parse(iso) + 8 * 3_600_000).getUTCFullYear();
}

export function isOverdue(c: FileComplaint, now: Date): boolean {
  return isOpenStatus(c.status as ComplaintStatus) && !!c.nextDueAt && Date.parse(c.nextDueAt) < now.getTime();
}

export function customerFigures(complaints: readonly FileComplaint[], returns: readonly FileReturn[], now: Date): CustomerFigures {
  const years = new Map<number, YearTotals>();
  const year = (y: number) => {
    let t = years.get(y);
    if (!t) years.set(y, (t = { year: y, complaints: 0, returnedFen: 0, acceptedClaimsFen: 0, followUps: 0, satisfactionMean: null }));
    return t;
  };
  let open = 0;
  let overdue = 0;
  const satisfactionSum = new Map<number, number>();
  for (const c of complaints) {
    year(yearOf(c.receivedAt)).complaints += 1;
    // Every visit counts in the year it was made, also one before a reopen: the trend is what the customer said over time.
    for (const f of Object.values(c.followUps ?? {})) {
      if (!f || !Number.isInteger(f.satisfaction) || f.satisfaction < 1 || f.satisfaction > 5) continue;
      const y = yearOf(f.at);
      year(y).followUps += 1;
      satisfactionSum.set(y, (satisfactionSum.get(y) ?? 0) + f.satisfaction);
    }
    if (isOpenStatus(c.status as ComplaintStatus)) open += 1;
    if (isOverdue(c, now)) overdue += 1;
  }
  for (const r of returns) {
    if (r.status === 'draft') continue;
    const t = year(yearOf(r.submittedAt));
    t.returnedFen += r.totalFen;
    if (r.decision?.kind === 'accept') t.acceptedClaimsFen += r.totalFen;
  }
  for (const t of years.values()) if (t.followUps > 0) t.satisfactionMean = Math.round(((satisfactionSum.get(t.year) ?? 0) / t.followUps) * 10) / 10;
  return { open, overdue, byYear: [...years.values()].sort((a, b) => b.year - a.year) };
}
