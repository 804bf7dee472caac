import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareHlc, decodeHlc, encodeHlc, receiveHlc, tickHlc, type Hlc } from './hlc';

describe('hlc', () => {
  it('encodes so that string order is (wall, counter, station) order', () => {
    const a = encodeHlc({ wall: 9, counter: 5, station: 'B' });
    const b = encodeHlc({ wall: 10, counter: 0, station: 'A' });
    const c = encodeHlc({ wall: 10, counter: 0, station: 'B' });
    expect(compareHlc(a, b)).toBe(-1);
    expect(compareHlc(b, c)).toBe(-1);
    expect(compareHlc(c, c)).toBe(0);
  });

  it('round-trips and refuses malformed text', () => {
    const h: Hlc = { wall: 1764000000000, counter: 42, station: '01JDEF' };
    expect(decodeHlc(encodeHlc(h))).toEqual(h);
    expect(decodeHlc('12:3:x')).toBeNull();
    expect(decodeHlc('000000000000001:000001:bad station')).toBeNull();
  });

  it('never goes backwards when the wall clock does', () => {
    const first = tickHlc(null, 1000, 'S');
    const second = tickHlc(first, 500, 'S');
    expect(second).toEqual({ wall: 1000, counter: 1, station: 'S' });
    expect(compareHlc(encodeHlc(second), encodeHlc(first))).toBe(1);
  });

  it('absorbs a remote clock days ahead', () => {
    const local = tickHlc(null, 1000, 'A');
    const remote: Hlc = { wall: 1000 + 3 * 86_400_000, counter: 7, station: 'B' };
    const after = receiveHlc(local, remote, 1001, 'A');
    expect(after.wall).toBe(remote.wall);
    expect(after.counter).toBe(8);
    const next = tickHlc(after, 1002, 'A');
    expect(compareHlc(encodeHlc(next), encodeHlc(remote))).toBe(1);
  });

  it('is strictly increasing over any mix of local and remote events', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ remote: fc.boolean(), now: fc.nat(10_000), rwall: fc.nat(20_000), rc: fc.nat(50) }), { maxLength: 60 }),
        (events) => {
          let last: Hlc | null = null;
          for (const e of events) {
            const next: Hlc = e.remote
              ? receiveHlc(last, { wall: e.rwall, counter: e.rc, station: 'R' }, e.now, 'L')
              : tickHlc(last, e.now, 'L');
            if (last) expect(compareHlc(encodeHlc(next), encodeHlc(last))).toBe(1);
            last = next;
          }
        },
      ),
    );
  });
});
