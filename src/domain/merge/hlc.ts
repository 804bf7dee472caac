/**
 * Hybrid logical clock (HLC). Every write stamps the fields it changes with one
 * of these; the merge orders writes by (wall, counter, station). The station id is
 * the last tie-break: without it two stations that wrote in the same millisecond
 * with the same counter would each keep their own value and never converge.
 *
 * A station's wall clock may be wrong by hours. The HLC never goes backwards and
 * absorbs remote clocks that are ahead, up to a margin: a change stamped further
 * ahead is refused at import (sync/import-rules.ts) and the local clock never
 * follows a remote one past wall time plus that margin (receiveHlc).
 *
 * Encoded form: `wall(15 digits):counter(6 digits):station` so that plain string
 * comparison is the merge order.
 */
export interface Hlc {
  readonly wall: number;
  readonly counter: number;
  readonly station: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

export function encodeHlc(h: Hlc): string {
  return `${String(h.wall).padStart(WALL_DIGITS, '0')}:${String(h.counter).padStart(COUNTER_DIGITS, '0')}:${h.station}`;
}

const HLC_PATTERN = /^(\d{15}):(\d{6}):([A-Za-z0-9_-]{1,64})$/;

export function decodeHlc(text: string): Hlc | null {
  const m = HLC_PATTERN.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
  return { wall: Number(m[1]), counter: Number(m[2]), station: m[3] };
}

export function isHlc(text: unknown): text is string {
  return typeof text === 'string' && HLC_PATTERN.test(text);
}

/** Total order of encoded clocks: wall, then counter, then station id. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The clock for a local event at physical time `now`. */
export function tickHlc(last: Hlc | null, now: number, station: string): Hlc {
  const lastWall = last?.wall ?? 0;
  if (now > lastWall) return { wall: now, counter: 0, station };
  const counter = (last?.counter ?? 0) + 1;
  if (counter > MAX_COUNTER) return { wall: lastWall + 1, counter: 0, station };
  return { wall: lastWall, counter, station };
}

/**
 * The clock after seeing a remote clock (import): never behind anything seen,
 * except that it never jumps past `now + maxAheadMs`: one bad clock (or one
 * forged bundle) must not drag this station's clock, and so the winner of
 * every later edit, into the future.
 */
export function receiveHlc(last: Hlc | null, remote: Hlc, now: number, station: string, maxAheadMs = Number.POSITIVE_INFINITY): Hlc {
  const lastWall = last?.wall ?? 0;
  if (remote.wall > now + maxAheadMs) remote = { ...remote, wall: now + maxAheadMs, counter: 0 };
  const wall = Math.max(lastWall, remote.wall, now);
  let counter: number;
  if (wall === lastWall && wall === remote.wall) counter = Math.max(last?.counter ?? 0, remote.counter) + 1;
  else if (wall === lastWall) counter = (last?.counter ?? 0) + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { wall: wall + 1, counter: 0, station };
  return { wall, counter, station };
}
