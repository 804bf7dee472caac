import { describe, expect, it } from 'vitest';
import { parseHolidayNotice, holidayNoticesSchema } from './notice';
import { statutoryDay } from './statutory';
import { addDays } from './dates';
import { NOTICE_2025, NOTICE_2026 } from './test-data/notices';
import { createWorkCalendar } from './work-calendar';

/** What chinese-days says of every day of a year: an independent source to hold the parser against. */
function packageDays(year: number) {
  const holidays: string[] = [];
  const workdays: string[] = [];
  for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) {
    const kind = statutoryDay(d).kind;
    if (kind === 'holiday') holidays.push(d);
    if (kind === 'makeUpWorkday') workdays.push(d);
  }
  return { holidays, workdays };
}

function parsed(text: string) {
  const r = parseHolidayNotice(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.notice;
}

describe('parseHolidayNotice on the real notices', () => {
  it.each([[2025, NOTICE_2025], [2026, NOTICE_2026]])('reads the %i notice exactly as chinese-days has that year', (year, text) => {
    const n = parsed(text);
    expect(n.year).toBe(year);
    expect({ holidays: n.holidays.map((d) => d.date), workdays: n.workdays.map((d) => d.date) }).toEqual(packageDays(year));
  });

  it('names each day after its item and reads a range whose end omits the month', () => {
    const n = parsed(NOTICE_2026);
    expect(n.holidays).toHaveLength(33);
    expect(n.holidays.filter((d) => d.name === '春节').map((d) => d.date)).toEqual(
      ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'],
    );
    expect(n.workdays).toEqual([
      { date: '2026-01-04', name: '元旦' }, { date: '2026-02-14', name: '春节' }, { date: '2026-02-28', name: '春节' },
      { date: '2026-05-09', name: '劳动节' }, { date: '2026-09-20', name: '国庆节' }, { date: '2026-10-10', name: '国庆节' },
    ]);
    expect(parsed(NOTICE_2025).holidays.filter((d) => d.name === '端午节').map((d) => d.date)).toEqual(['2025-05-31', '2025-06-01', '2025-06-02']);
    expect(holidayNoticesSchema.safeParse([n, parsed(NOTICE_2025)]).success).toBe(true);
  });

  it('reads a notice for a year the package does not know, with an explicit year across New Year', () => {
    const n = parsed('国务院办公厅关于2031年部分节假日安排的通知\n一、元旦：2030年12月31日（周二）至2031年1月1日（周三）放假调休，共2天。1月4日（周六）上班。');
    expect(n.holidays.map((d) => d.date)).toEqual(['2030-12-31', '2031-01-01']);
    expect(n.workdays.map((d) => d.date)).toEqual(['2031-01-04']);
  });
});

describe('parseHolidayNotice refuses what it cannot read', () => {
  it('names a missing year, no items, a wrong day count, an impossible date and a day listed twice', () => {
    const codes = (text: string) => {
      const r = parseHolidayNotice(text);
      return r.ok ? [] : r.problems.map((p) => p.code);
    };
    expect(codes('一、元旦：1月1日放假1天。')).toEqual(['notice.noYear']);
    expect(codes('2027年的安排另行通知。')).toEqual(['notice.noItems']);
    expect(parseHolidayNotice('2027年\n一、清明节：4月3日至5日放假，共4天。')).toEqual({ ok: false, problems: [{ code: 'notice.countMismatch', item: '清明节', stated: 4, found: 3 }] });
    expect(codes('2027年\n一、春节：2月30日至3月2日放假。')).toEqual(['notice.badDate']);
    expect(codes('2027年\n一、劳动节：5月1日至5日放假，共5天。5月3日上班。')).toEqual(['notice.dayTwice']);
  });
});

describe('a stored notice in the working calendar', () => {
  const n2031 = parsed('2031年\n一、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。');
  it('counts its holidays and make-up days for a year the package does not know; overrides still win', () => {
    const plain = createWorkCalendar();
    const cal = createWorkCalendar([], [n2031]);
    expect(plain.hasStatutoryYear(2031)).toBe(false);
    expect(cal.hasStatutoryYear(2031)).toBe(true);
    expect(plain.addWorkdays('2031-04-30', 1)).toBe('2031-05-01');
    expect(cal.addWorkdays('2031-04-30', 1)).toBe('2031-05-06');
    expect(cal.dayKind('2031-04-27')).toBe('makeUpWorkday');
    expect(cal.dayKind('2031-05-10')).toBe('weekend');
    expect(createWorkCalendar([{ date: '2031-05-02', kind: 'workday' }], [n2031]).addWorkdays('2031-04-30', 1)).toBe('2031-05-02');
  });

  it('replaces the package for its year: a day the notice does not list is an ordinary day', () => {
    const only = parsed('2026年\n一、元旦：1月1日（周四）放假1天。');
    expect(createWorkCalendar().dayKind('2026-10-01')).toBe('holiday');
    expect(createWorkCalendar([], [only]).dayKind('2026-10-01')).toBe('weekday');
    expect(createWorkCalendar([], [parsed(NOTICE_2026)]).workdaysBetween('2026-09-30', '2026-10-15')).toBe(createWorkCalendar().workdaysBetween('2026-09-30', '2026-10-15'));
  });
});
