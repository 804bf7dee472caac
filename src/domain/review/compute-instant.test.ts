import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/zone';
import { ms } from './compute';

describe('the review reads stored instants as parseInstant does', () => {
  it('agrees on random instants of the shape toISOString writes', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20_000; i++) {
      const iso = new Date(Math.floor(rnd() * 8_000_000_000_000) - 1_000_000_000_000).toISOString();
      if (iso.length === 24) expect(ms(iso), iso).toBe(parseInstant(iso));
    }
  });

  it('agrees on the edges: month ends, leap days, years before 100, fields out of range, other shapes', () => {
    const cases = [
      '2024-02-29T23:59:59.999Z', '2026-02-29T00:00:00.000Z', '2026-04-31T12:00:00.000Z', '2026-02-30T00:00:00.000Z', '2026-02-31T00:00:00.000Z', '2026-12-31T23:59:59.999Z', '2026-01-01T00:00:00.000Z',
      '0099-06-01T00:00:00.000Z', '0100-06-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '2026-13-01T00:00:00.000Z', '2026-00-10T00:00:00.000Z',
      '2026-11-20T24:00:00.000Z', '2026-11-20T23:60:00.000Z', '2026-11-20T23:00:60.000Z', '2026-11-2OT03:00:00.000Z', '2026-11-20T03:00:00.000+08:00',
      '2026-11-20T03:00:00Z', '2026-11-20', '', '2026-11-20T03:00:00.0a0Z',
    ];
    for (const iso of cases) expect(ms(iso), iso).toEqual(parseInstant(iso));
  });
});
