/** Display formats in the station's time zone. Instants are stored in UTC. */
export function formatInstant(iso: string | undefined | null, timeZone: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour') === '24' ? '00' : get('hour')}:${get('minute')}`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

function zonedParts(d: Date, timeZone: string): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(d);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as people write it: 2026年12月2日 in Chinese, 2 Dec 2026 in English. `date` is YYYY-MM-DD. */
export function formatLocalDate(date: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  return language.startsWith('zh') ? `${y}年${Number(mo)}月${Number(d)}日` : `${Number(d)} ${EN_MONTHS[Number(mo) - 1]} ${y}`;
}

/** An instant in the station's zone, as a sentence says it: 2026年12月2日 15:51 / 2 Dec 2026, 15:51. */
export function formatLocalDateTime(iso: string | undefined | null, timeZone: string, language: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = zonedParts(d, timeZone);
  const date = formatLocalDate(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`, language);
  const time = `${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
  return language.startsWith('zh') ? `${date} ${time}` : `${date}, ${time}`;
}
