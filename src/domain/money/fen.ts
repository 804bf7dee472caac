// Money is held as integer fen (分): binary floating point cannot represent 0.1 yuan,
// and a return slip that is off by one fen is a wrong legal document.

/** Largest amount we accept anywhere: 1e12 fen = 100 亿 yuan. */
export const MAX_FEN = 1_000_000_000_000;

export const MONEY_CODES = [
  'money.empty',
  'money.notNumber',
  'money.negative',
  'money.tooManyDecimals',
  'money.tooLarge',
  'money.notInteger',
  'money.overflow',
] as const;
export type MoneyCode = (typeof MONEY_CODES)[number];

export type MoneyResult = { ok: true; fen: number } | { ok: false; code: MoneyCode };

// Commas are accepted only as proper thousands groups, so '1,00' (a typo for 1.00
// or 100?) is refused instead of silently read as 100.
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const TOO_MANY_DECIMALS = /^(\d{1,3}(?:,\d{3})+|\d+)\.\d{3,}$/;

/** Reads a yuan amount typed by a person ('1000', '1000.5', '1,000.50', '¥12'). */
export function parseYuan(text: string): MoneyResult {
  const trimmed = text.trim().replace(/^[¥￥]\s*/, '');
  if (trimmed === '') return { ok: false, code: 'money.empty' };
  if (/^-/.test(trimmed)) {
    return AMOUNT.test(trimmed.slice(1)) || TOO_MANY_DECIMALS.test(trimmed.slice(1))
      ? { ok: false, code: 'money.negative' }
      : { ok: false, code: 'money.notNumber' };
  }
  if (TOO_MANY_DECIMALS.test(trimmed)) return { ok: false, code: 'money.tooManyDecimals' };
  const match = AMOUNT.exec(trimmed);
  if (!match) return { ok: false, code: 'money.notNumber' };
  const integerDigits = (match[1] ?? '').replace(/,/g, '').replace(/^0+(?=\d)/, '');
  // Checked on the digit count first so a 400-digit paste never becomes Infinity.
  if (integerDigits.length > 11) return { ok: false, code: 'money.tooLarge' };
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const fen = Number(integerDigits) * 100 + Number(fraction);
  if (fen > MAX_FEN) return { ok: false, code: 'money.tooLarge' };
  return { ok: true, fen };
}

/** 100050 → '1,000.50'. Negative amounts (differences) get a leading '-'. */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatYuan: not a safe integer: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toString();
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${sign}${yuan.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}

/** Quantity × unit price with integer and overflow checks (no rounding ever happens). */
export function mulQtyPrice(qty: number, unitPriceFen: number): MoneyResult {
  if (!Number.isSafeInteger(qty) || !Number.isSafeInteger(unitPriceFen)) {
    return { ok: false, code: 'money.notInteger' };
  }
  if (qty < 0 || unitPriceFen < 0) return { ok: false, code: 'money.negative' };
  const fen = qty * unitPriceFen;
  if (!Number.isSafeInteger(fen)) return { ok: false, code: 'money.overflow' };
  return { ok: true, fen };
}

/** Sum of fen amounts; refuses non-integers and results beyond safe integers. */
export function sumFen(values: readonly number[]): MoneyResult {
  let total = 0;
  for (const value of values) {
    if (!Number.isSafeInteger(value)) return { ok: false, code: 'money.notInteger' };
    total += value;
    if (!Number.isSafeInteger(total)) return { ok: false, code: 'money.overflow' };
  }
  return { ok: true, fen: total };
}

/** Schema-friendly check: a non-negative integer fen amount within MAX_FEN. */
export function isValidFen(fen: number): boolean {
  return Number.isSafeInteger(fen) && fen >= 0 && fen <= MAX_FEN;
}
