/**
 * How documents that leave the plant write dates, times and amounts: 2026年12月2日
 * in Chinese, 2 Dec 2026 in English; a time as the wall clock where it was
 * signed, never with a zone name or offset (the customer reads a date, not a zone).
 */
export type DocLang = 'zh-CN' | 'en';

/** A label and its value on a form; a pair marked wide takes a whole row. */
export type Pair = readonly [string, string] | readonly [string, string, 'wide'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'YYYY-MM-DD' (or the date part of an ISO date-time) → 2026年12月2日 / 2 Dec 2026; '' stays ''. Anything else is printed as given. */
export function formatDate(value: string, lang: DocLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'zh-CN' ? `${y}年${mo}月${d}日` : `${d} ${MONTHS[mo - 1] ?? ''} ${y}`;
}

/**
 * An ISO date-time as its wall clock: with an offset (2026-11-25T16:00:00+08:00) the clock as written;
 * a UTC instant (…Z) in the given zone. → 2026年11月25日 16:00 / 25 Nov 2026 16:00.
 */
export function formatDateTime(iso: string, lang: DocLang, timeZone = 'Asia/Shanghai'): string {
  if (!iso) return '';
  const withOffset = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:\d{2}$/.exec(iso);
  if (withOffset) return `${formatDate(withOffset[1] ?? '', lang)} ${withOffset[2] ?? ''}`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${formatDate(`${get('year')}-${get('month')}-${get('day')}`, lang)} ${get('hour')}:${get('minute')}`;
}

/** The date part only of formatDateTime. */
export function formatDay(iso: string, lang: DocLang, timeZone = 'Asia/Shanghai'): string {
  return formatDateTime(iso, lang, timeZone).replace(/ \d{2}:\d{2}$/, '');
}
