/** Small numeric helpers of the review: medians, rates, counted groups, Pareto. */

export interface Counted {
  key: string;
  label: string;
  count: number;
}

export interface ParetoBar extends Counted {
  /** Share of the total, 0–1. */
  share: number;
  /** Cumulative share up to and including this bar, 0–1. */
  cumulative: number;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function rate(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}

/** Counts by key, largest first, ties by key so the order is stable. */
export function countBy<T>(items: readonly T[], key: (t: T) => string, label: (t: T) => string = key): Counted[] {
  const map = new Map<string, Counted>();
  for (const item of items) {
    const k = key(item);
    const c = map.get(k);
    if (c) c.count++;
    else map.set(k, { key: k, label: label(item), count: 1 });
  }
  return [...map.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function pareto(counted: readonly Counted[]): ParetoBar[] {
  const total = counted.reduce((s, c) => s + c.count, 0);
  let running = 0;
  return counted.map((c) => {
    running += c.count;
    return { ...c, share: total === 0 ? 0 : c.count / total, cumulative: total === 0 ? 0 : running / total };
  });
}
