import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { pooledRandom } from './pooled-random';

describe('pooled random fractions', () => {
  it('stay in [0, 1), spread over the range, and differ across pool refills', () => {
    const draws = Array.from({ length: 5000 }, () => pooledRandom());
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const buckets = new Array<number>(32).fill(0);
    for (const x of draws) buckets[Math.floor(x * 32)]! += 1;
    // 5,000 draws in 32 buckets: about 156 each; a stuck or short pool leaves buckets empty or full.
    expect(Math.min(...buckets)).toBeGreaterThan(80);
    expect(Math.max(...buckets)).toBeLessThan(240);
    expect(new Set(draws).size).toBeGreaterThan(4990);
  });

  it('make valid, distinct ULIDs', () => {
    const ids = Array.from({ length: 3000 }, () => ulid(Date.parse('2026-11-25T03:00:00Z'), pooledRandom));
    expect(new Set(ids).size).toBe(3000);
    expect(ids.every((id) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id))).toBe(true);
  });
});
