/**
 * The State Council's yearly holiday notice (国务院办公厅关于YYYY年部分节假日
 * 安排的通知), pasted as text, read into holidays and make-up workdays. A
 * stored notice replaces chinese-days for its year (work-calendar.ts), so a
 * plant can count next year's deadlines before the package publishes it.
 *
 * The notice's items read "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。
 * 1月4日（周日）上班。": a sentence with 放假 gives a day or a range (至; the
 * end may omit the month), a sentence with 上班 lists make-up workdays.
 * Parenthesised weekdays and lunar dates are ignored; "共N天" is checked
 * against the range, and every problem is named rather than guessed around.
 */
import { z } from 'zod';
import { addDays, daysBetween, isValidDate } from './dates';

export const noticeDaySchema = z.object({
  date: z.string().refine(isValidDate, { error: 'calendar.invalidDate' }),
  name: z.string().trim().min(1).max(40),
});
export type NoticeDay = z.infer<typeof noticeDaySchema>;

export const holidayNoticeSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  holidays: z.array(noticeDaySchema).max(60),
  workdays: z.array(noticeDaySchema).max(20),
});
export type HolidayNotice = z.infer<typeof holidayNoticeSchema>;

/** The notices a plant keeps, one per year. */
export const holidayNoticesSchema = z.array(holidayNoticeSchema).max(50).superRefine((list, ctx) => {
  const years = new Set<number>();
  list.forEach((n, i) => {
    if (years.has(n.year)) ctx.addIssue({ code: 'custom', message: 'calendar.duplicateDate', path: [i, 'year'] });
    years.add(n.year);
  });
});

export type NoticeProblem =
  | { code: 'notice.noYear' }
  | { code: 'notice.noItems' }
  | { code: 'notice.badDate'; item: string }
  | { code: 'notice.countMismatch'; item: string; stated: number; found: number }
  | { code: 'notice.dayTwice'; date: string };

export type NoticeParse = { ok: true; notice: HolidayNotice } | { ok: false; problems: NoticeProblem[] };

const ITEM = /^\s*[一二三四五六七八九十]+[、.．]\s*([^：:]+)[：:](.*)$/;
const DATE = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/g;
const PAREN = /（[^）]*）|\([^)]*\)/g;

interface DateToken {
  year?: number;
  month?: number;
  day: number;
}

function tokens(sentence: string): DateToken[] {
  return [...sentence.matchAll(DATE)].map((m) => ({
    ...(m[1] && { year: Number(m[1]) }),
    ...(m[2] && { month: Number(m[2]) }),
    day: Number(m[3]),
  }));
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A token as a date: a missing year is the notice's, a missing month the previous token's. */
function resolve(t: DateToken, year: number, month: number | undefined): string | undefined {
  const m = t.month ?? month;
  if (m === undefined) return undefined;
  const d = iso(t.year ?? year, m, t.day);
  return isValidDate(d) ? d : undefined;
}

/** The notice's year: the first four-digit year of its title or opening line. */
function noticeYear(text: string): number | undefined {
  const m = /(\d{4})\s*年/.exec(text);
  return m ? Number(m[1]) : undefined;
}

export function parseHolidayNotice(text: string): NoticeParse {
  const year = noticeYear(text);
  if (year === undefined) return { ok: false, problems: [{ code: 'notice.noYear' }] };
  const problems: NoticeProblem[] = [];
  const holidays: NoticeDay[] = [];
  const workdays: NoticeDay[] = [];
  const items = text.split(/\r?\n/).map((line) => ITEM.exec(line.trim())).filter((m): m is RegExpExecArray => m !== null);
  if (items.length === 0) return { ok: false, problems: [{ code: 'notice.noItems' }] };
  for (const m of items) {
    const name = (m[1] ?? '').trim();
    for (const raw of (m[2] ?? '').split('。')) {
      const sentence = raw.replace(PAREN, '');
      const found = tokens(sentence);
      if (found.length === 0) continue;
      if (sentence.includes('上班')) {
        let month: number | undefined;
        for (const t of found) {
          const d = resolve(t, year, month);
          month = t.month ?? month;
          if (d) workdays.push({ date: d, name });
          else problems.push({ code: 'notice.badDate', item: name });
        }
      } else if (sentence.includes('放假')) {
        const first = found[0];
        const start = first && resolve(first, year, undefined);
        const end = sentence.includes('至') && found[1] ? resolve(found[1], start ? Number(start.slice(0, 4)) : year, first?.month) : start;
        if (!start || !end || end < start) {
          problems.push({ code: 'notice.badDate', item: name });
          continue;
        }
        const span = daysBetween(start, end) + 1;
        const stated = /共\s*(\d+)\s*天/.exec(sentence) ?? /放假\s*(\d+)\s*天/.exec(sentence);
        if (stated && Number(stated[1]) !== span) problems.push({ code: 'notice.countMismatch', item: name, stated: Number(stated[1]), found: span });
        for (let i = 0; i < span; i++) holidays.push({ date: addDays(start, i), name });
      }
    }
  }
  const seen = new Set<string>();
  for (const d of [...holidays, ...workdays]) {
    if (seen.has(d.date)) problems.push({ code: 'notice.dayTwice', date: d.date });
    seen.add(d.date);
  }
  if (holidays.length === 0 && problems.length === 0) problems.push({ code: 'notice.noItems' });
  if (problems.length > 0) return { ok: false, problems };
  const byDate = (a: NoticeDay, b: NoticeDay) => a.date.localeCompare(b.date);
  return { ok: true, notice: { year, holidays: holidays.sort(byDate), workdays: workdays.sort(byDate) } };
}
