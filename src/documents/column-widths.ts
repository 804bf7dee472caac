/**
 * Column widths from the content, so a date is never broken over two lines, a
 * person's name fits, and long free text takes what is left. Measured in em of
 * the table's font: a CJK character is 1 em, a Latin character about 0.55 em.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function emWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += WIDE.test(ch) ? 1 : 0.6;
  return w;
}

/** The widest line of a value. */
export function textEm(value: string): number {
  return Math.max(0, ...value.split('\n').map(emWidth));
}

/** Dates as printed (2026年12月2日, 2 Dec 2026, with a time), amounts and numbers: never broken. */
const UNBREAKABLE = /\d{4}年\d{1,2}月\d{1,2}日(?: \d{2}:\d{2})?|\d{1,2} [A-Z][a-z]{2} \d{4}(?: \d{2}:\d{2})?|[¥$]?\d[\d,.%]*/g;

/**
 * The widest piece that may not be broken: a short line (a name, "不合格 10"), a short label with a
 * date ("生产 2026年1月5日"), any date or amount inside a longer line, else the longest Latin word
 * (CJK text breaks anywhere).
 */
export function minEm(value: string): number {
  let best = 0;
  for (const raw of value.split('\n')) {
    const line = raw.trim();
    const pieces = [...line.matchAll(UNBREAKABLE)].map((m) => m[0]);
    const labelled = /^\S{1,8} (\d{4}年\d{1,2}月\d{1,2}日|\d{1,2} [A-Z][a-z]{2} \d{4})$/.test(line);
    if (emWidth(line) <= 5 || labelled) pieces.push(line);
    for (const word of line.split(/\s+/)) pieces.push(...word.split(WIDE).filter(Boolean));
    if (WIDE.test(line)) pieces.push('一');
    for (const p of pieces) best = Math.max(best, emWidth(p));
  }
  return best;
}

export interface WidthOptions {
  /** Table width in twips. */
  total: number;
  /** Font size in points. */
  fontPt: number;
  /** Left + right cell margins in twips. */
  padding: number;
  /** A column never asks for more than this many em before the rest is shared. */
  capEm?: number;
}

/**
 * Widths in twips (summing to `total`) for columns given as their values. A header (first value
 * when `headers` is set) may wrap: it asks for its width but needs no more than two characters.
 */
export function columnWidths(columns: readonly (readonly string[])[], o: WidthOptions & { headers?: boolean }): number[] {
  const em = o.fontPt * 20;
  const slack = 1; // rounding, and glyphs wider than estimated in the fonts Word and LibreOffice substitute
  const body = (c: readonly string[]) => (o.headers ? c.slice(1) : c);
  // A header wraps between CJK characters, but an English word in it stays whole.
  const longestWord = (h: string) => Math.max(0, ...h.split(/\s+/).flatMap((w) => w.split(WIDE)).map(emWidth));
  const head = (c: readonly string[]) => (o.headers ? Math.max(Math.min(2, textEm(c[0] ?? '')), longestWord(c[0] ?? '')) : 0);
  const min = columns.map((c) => Math.max(1.5, head(c), ...body(c).map(minEm)) * em + slack * em + o.padding);
  const want = columns.map((c, i) => Math.max(min[i] ?? 0, Math.min(o.capEm ?? 24, Math.max(...c.map(textEm))) * em + slack * em + o.padding));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(min) >= o.total) widths = min.map((w) => (w * o.total) / sum(min));
  else if (sum(want) <= o.total) widths = want.map((w) => w + ((o.total - sum(want)) * w) / sum(want));
  else {
    const room = o.total - sum(min);
    const extra = want.map((w, i) => w - (min[i] ?? 0));
    widths = min.map((w, i) => w + (room * (extra[i] ?? 0)) / (sum(extra) || 1));
  }
  const rounded = widths.map((w) => Math.floor(w));
  const last = rounded.length - 1;
  if (last >= 0) rounded[last] = (rounded[last] ?? 0) + o.total - sum(rounded);
  return rounded;
}
