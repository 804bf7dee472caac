/** The review's period in the page address (?p=month&y=2026&m=9), so a review can be bookmarked and opened by a link. */
import type { ReviewPeriod } from '../../domain/review/period';

export function periodFromParams(params: URLSearchParams, today: string): ReviewPeriod {
  const y = Number(params.get('y') ?? today.slice(0, 4));
  switch (params.get('p')) {
    case 'quarter': return { kind: 'quarter', year: y, quarter: Number(params.get('q') ?? Math.ceil(Number(today.slice(5, 7)) / 3)) };
    case 'year': return { kind: 'year', year: y };
    case 'range': return { kind: 'range', from: params.get('from') ?? today, to: params.get('to') ?? today };
    default: return { kind: 'month', year: y, month: Number(params.get('m') ?? today.slice(5, 7)) };
  }
}

export function periodToParams(p: ReviewPeriod): Record<string, string> {
  switch (p.kind) {
    case 'month': return { p: 'month', y: String(p.year), m: String(p.month) };
    case 'quarter': return { p: 'quarter', y: String(p.year), q: String(p.quarter) };
    case 'year': return { p: 'year', y: String(p.year) };
    case 'range': return { p: 'range', from: p.from, to: p.to };
  }
}
