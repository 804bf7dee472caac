/**
 * Instants are stored as ISO UTC strings; dates and deadlines are computed on
 * the station's wall clock in its IANA zone. Intl.DateTimeFormat is the only
 * zone database we have without extra packages, so both directions (instant →
 * wall time, wall time → instant) are built on it.
 */
import { z } from 'zod';
import { isValidDate } from './dates';

export const DEFAULT_ZONE = 'Asia/Shanghai';

export interface WallTime {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface ZonedDateTime extends WallTime {
  /** 'YYYY-MM-DD' on the zone's wall clock. */
  date: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isValidZone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** A station's IANA zone as settings store it. */
export const zoneSchema = z.string().refine(isValidZone, { error: 'calendar.invalidZone' });

/** Parses an ISO instant (any offset) to epoch ms; NaN when it is not one. */
export function parseInstant(iso: string): number {
  // Date.parse also accepts loose forms ('2026-09-25' as UTC midnight); an
  // instant must say its time and its offset so no zone is guessed.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) return NaN;
  return Date.parse(iso);
}

export function toIsoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Zone offsets by quarter hour: formatToParts costs microseconds and deriving
 * 10,000 imported complaints' deadlines asks it hundreds of thousands of times.
 * A quarter hour whose two ends have the same offset has it throughout (no
 * zone changes its offset twice within 15 minutes); one with a transition in it
 * is marked NaN and always asks Intl. Only for years 1900–2199, where the
 * wall-clock date is a plain four-digit year.
 */
const QUARTER_HOUR = 15 * 60_000;
const CACHE_FROM = Date.UTC(1900, 0, 1);
const CACHE_TO = Date.UTC(2200, 0, 1);
const MAX_CACHED = 200_000;
const offsets = new Map<string, number>();

function offsetFromParts(instantMs: number, zone: string): number {
  const z = exactZonedDateTime(instantMs, zone);
  return wallAsUtc(z.date, z) - instantMs;
}

function cachedOffset(instantMs: number, zone: string): number {
  const q = Math.floor(instantMs / QUARTER_HOUR);
  const key = `${zone}|${q}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = offsetFromParts(q * QUARTER_HOUR, zone);
    offset = start === offsetFromParts((q + 1) * QUARTER_HOUR - 1, zone) ? start : NaN;
    if (offsets.size >= MAX_CACHED) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall-clock date and time of an instant in a zone. */
export function zonedDateTime(instantMs: number, zone: string): ZonedDateTime {
  if (instantMs >= CACHE_FROM && instantMs < CACHE_TO) {
    const offset = cachedOffset(instantMs, zone);
    if (!Number.isNaN(offset)) {
      const wall = new Date(instantMs + offset);
      return {
        date: wall.toISOString().slice(0, 10),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
        millisecond: ((instantMs % 1000) + 1000) % 1000,
      };
    }
  }
  return exactZonedDateTime(instantMs, zone);
}

function exactZonedDateTime(instantMs: number, zone: string): ZonedDateTime {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(instantMs))) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return {
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((instantMs % 1000) + 1000) % 1000,
  };
}

/** The local date of an instant in a zone. */
export function localDate(instantMs: number, zone: string): string {
  return zonedDateTime(instantMs, zone).date;
}

function wallAsUtc(date: string, t: WallTime): number {
  return Date.parse(`${date}T00:00:00Z`) + ((t.hour * 60 + t.minute) * 60 + t.second) * 1000 + t.millisecond;
}

/** Zone offset (local − UTC) in ms at an instant. */
export function zoneOffsetMs(instantMs: number, zone: string): number {
  const z = zonedDateTime(instantMs, zone);
  return wallAsUtc(z.date, z) - instantMs;
}

/**
 * The instant at which the zone's wall clock shows `date` `time`.
 * A wall time repeated by a backward shift (autumn DST) resolves to the
 * earlier instant; one skipped by a forward shift resolves to the instant the
 * clock would show had it not jumped (02:30 → 03:30): the same rule as
 * Temporal's 'compatible' disambiguation, so a deadline never vanishes.
 */
export function zonedToInstant(date: string, time: WallTime, zone: string): number {
  if (!isValidDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const wall = wallAsUtc(date, time);
  const DAY = 86_400_000;
  const before = zoneOffsetMs(wall - DAY, zone);
  const after = zoneOffsetMs(wall + DAY, zone);
  const candidates = [...new Set([before, after, zoneOffsetMs(wall, zone)])]
    .map((offset) => wall - offset)
    .filter((t) => zoneOffsetMs(t, zone) === wall - t)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return earliest;
  return wall - before;
}

/** First instant of a local day. */
export function startOfLocalDay(date: string, zone: string): number {
  return zonedToInstant(date, { hour: 0, minute: 0, second: 0, millisecond: 0 }, zone);
}

/**
 * Last millisecond of a local day. A deadline "by the end of the day" is this
 * instant rather than the next midnight so its local date stays the due day.
 */
export function endOfLocalDay(date: string, zone: string): number {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfLocalDay(next, zone) - 1;
}
