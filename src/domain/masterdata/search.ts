/**
 * The type-ahead key of a master row: code, names and the pinyin initials of
 * the Chinese names (“深圳华强” → “szhq”), lower-cased in one string. Derived on
 * every write and merge, never synced.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** Initials of the Han characters, other letters and digits kept: “A型轴承” → “axzc”. */
export function pinyinInitials(text: string): string {
  if (!HAN.test(text)) return '';
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return initials.join('').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

export function masterSearchText(parts: readonly string[]): string {
  const texts = parts.filter((p) => p.trim() !== '');
  return [...texts.map((t) => t.toLowerCase()), ...texts.map(pinyinInitials).filter((s) => s !== '')].join('\u0001');
}

/** Every blank-separated word of the query must occur somewhere in the key. */
export function matchesQuery(searchText: string, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
  return words.every((w) => searchText.includes(w));
}

/** The picker's options for one keystroke: active rows whose key matches, in the list's order, at most `max`. */
export function pickMatches<R extends { active: boolean; searchText: string }>(rows: readonly R[], query: string, max: number): R[] {
  const q = query.trim();
  if (q === '') return [];
  const out: R[] = [];
  for (const r of rows) {
    if (!r.active || !matchesQuery(r.searchText, q)) continue;
    out.push(r);
    if (out.length >= max) break;
  }
  return out;
}
