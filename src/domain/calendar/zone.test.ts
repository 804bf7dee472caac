import { describe, expect, it } from 'vitest';
import {
  endOfLocalDay,
  isValidZone,
  localDate,
  parseInstant,
  startOfLocalDay,
  toIsoInstant,
  zonedDateTime,
  zonedToInstant,
  zoneOffsetMs,
  zoneSchema,
} from './zone';

const at = (iso: string) => Date.parse(iso);

describe('zone helpers', () => {
  it('an instant late on a UTC day is already the next day in Shanghai', () => {
    const t = at('2026-09-30T17:30:00Z');
    expect(localDate(t, 'UTC')).toBe('2026-09-30');
    expect(localDate(t, 'Asia/Shanghai')).toBe('2026-10-01');
    expect(zonedDateTime(t, 'Asia/Shanghai')).toEqual({
      date: '2026-10-01',
      hour: 1,
      minute: 30,
      second: 0,
      millisecond: 0,
    });
  });

  it('midnight is hour 0, not 24', () => {
    expect(zonedDateTime(at('2026-09-30T16:00:00Z'), 'Asia/Shanghai').hour).toBe(0);
  });

  it('converts a Shanghai wall time back to the instant', () => {
    const t = zonedToInstant('2026-10-08', { hour: 16, minute: 0, second: 0, millisecond: 0 }, 'Asia/Shanghai');
    expect(toIsoInstant(t)).toBe('2026-10-08T08:00:00.000Z');
    expect(zoneOffsetMs(t, 'Asia/Shanghai')).toBe(8 * 3600_000);
  });

  it('round-trips instants through wall time in several zones', () => {
    for (const zone of ['Asia/Shanghai', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham']) {
      for (const iso of ['2026-01-15T03:04:05.678Z', '2026-07-01T23:59:59.999Z', '2026-03-08T07:30:00Z']) {
        const t = at(iso);
        const z = zonedDateTime(t, zone);
        expect(zonedToInstant(z.date, z, zone), `${zone} ${iso}`).toBe(t);
      }
    }
  });

  it('a wall time skipped by DST resolves forward, a repeated one to the earlier instant', () => {
    // New York 2026-03-08 02:30 does not exist (02:00 EST → 03:00 EDT).
    const gap = zonedToInstant('2026-03-08', { hour: 2, minute: 30, second: 0, millisecond: 0 }, 'America/New_York');
    expect(toIsoInstant(gap)).toBe('2026-03-08T07:30:00.000Z'); // = 03:30 EDT
    // 2026-11-01 01:30 happens twice (EDT, then EST).
    const fold = zonedToInstant('2026-11-01', { hour: 1, minute: 30, second: 0, millisecond: 0 }, 'America/New_York');
    expect(toIsoInstant(fold)).toBe('2026-11-01T05:30:00.000Z');
  });

  it('start and end of a local day', () => {
    expect(toIsoInstant(startOfLocalDay('2026-10-08', 'Asia/Shanghai'))).toBe('2026-10-07T16:00:00.000Z');
    expect(toIsoInstant(endOfLocalDay('2026-10-08', 'Asia/Shanghai'))).toBe('2026-10-08T15:59:59.999Z');
    expect(localDate(endOfLocalDay('2026-12-31', 'Asia/Shanghai'), 'Asia/Shanghai')).toBe('2026-12-31');
  });

  it('validates zones and instants', () => {
    expect(isValidZone('Asia/Shanghai')).toBe(true);
    expect(isValidZone('Mars/Olympus')).toBe(false);
    expect(isValidZone('')).toBe(false);
    expect(zoneSchema.safeParse('Europe/Berlin').success).toBe(true);
    expect(zoneSchema.safeParse('Asia/Nowhere').error?.issues[0]?.message).toBe('calendar.invalidZone');
    expect(parseInstant('2026-09-25T16:00:00+08:00')).toBe(at('2026-09-25T08:00:00Z'));
    expect(parseInstant('2026-09-25')).toBeNaN();
    expect(parseInstant('2026-09-25T16:00:00')).toBeNaN();
    expect(parseInstant('yesterday')).toBeNaN();
  });
});

describe('zone offsets cached by quarter hour', () => {
  /** Intl's own answer, with no cache in between. */
  function intlWall(ms: number, zone: string): string {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
  }

  it('gives Intl’s wall time minute by minute across every kind of transition', () => {
    // New York spring and autumn 2026, Lord Howe's half-hour shift, Kathmandu's odd offset, Shanghai.
    const cases: [string, string][] = [
      ['America/New_York', '2026-03-08T06:30:00Z'], ['America/New_York', '2026-11-01T05:30:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T14:30:00Z'], ['Asia/Kathmandu', '2026-06-01T00:00:00Z'], ['Asia/Shanghai', '2026-11-20T15:50:00Z'],
    ];
    for (const [zone, around] of cases) {
      const mid = Date.parse(around);
      for (let ms = mid - 90 * 60_000; ms <= mid + 90 * 60_000; ms += 60_000 + 7) {
        const z = zonedDateTime(ms, zone);
        const wall = `${z.date} ${String(z.hour).padStart(2, '0')}:${String(z.minute).padStart(2, '0')}:${String(z.second).padStart(2, '0')}`;
        expect(wall, `${zone} at ${new Date(ms).toISOString()}`).toBe(intlWall(ms, zone));
      }
    }
  });
});
