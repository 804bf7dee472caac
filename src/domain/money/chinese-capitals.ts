// 人民币大写金额 following 中国人民银行《支付结算办法》附件《正确填写票据和结算凭证的基本规定》.
// Where the rules allow two forms we pick one, so every slip of ours reads the same:
//
// - '整' after 元 (required) and after 角 (the rules allow omitting it there; we write it,
//   which closes the line against additions); never after 分.
// - A zero run strictly inside the number gives exactly one '零' (rules 4.1, 4.2):
//   1,409 → 壹仟肆佰零玖, 6,007 → 陆仟零柒, 10,000,001 → 壹仟万零壹.
// - When the 万 digit or the 元 digit is 0 but the next digit (仟 or 角) is not, rule 4.3
//   allows one '零' or none. We write none, as the amount is spoken:
//   1,004,000 → 壹佰万肆仟元整, 1,010.50 → 壹仟零壹拾元伍角整, 100.10 → 壹佰元壹角整.
//   A whole 万 section of zeros still gives '零' (1,0000,1000 → 壹亿零壹仟), because a
//   reader could not otherwise tell the magnitude.
// - 角 is 0 and 分 is not: '零' after 元 is required (rule 4.4): 325.04 → 叁佰贰拾伍元零肆分.
// - Under one yuan there is no leading '零元': 0.50 → 伍角整, 0.01 → 壹分. Zero is 零元整.
// - 拾 is always written with its digit (壹拾元整, not 拾元整) so nothing can be prefixed.
// The caller adds the '人民币' prefix where the form does not print it.
import { MAX_FEN } from './fen';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const PLACES = ['仟', '佰', '拾', ''] as const;
const SECTIONS = ['亿', '万', ''] as const; // MAX_FEN is 100 亿 yuan, so three sections suffice.

function digit(n: number): string {
  return DIGITS[n] ?? '';
}

/** One four-digit section (1..9999): inner zero runs become one 零, trailing zeros vanish. */
function sectionText(section: number): string {
  const digits = section.toString().padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = false;
  let seenNonZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      pendingZero = seenNonZero;
      return;
    }
    if (pendingZero) out += '零';
    out += digit(d) + (PLACES[i] ?? '');
    pendingZero = false;
    seenNonZero = true;
  });
  return out;
}

function integerText(yuan: number): string {
  const sections = [Math.floor(yuan / 1e8), Math.floor(yuan / 1e4) % 1e4, yuan % 1e4];
  let out = '';
  let higherNonZero = false;
  let skippedSection = false;
  sections.forEach((section, i) => {
    if (section === 0) {
      skippedSection = higherNonZero;
      return;
    }
    // A section that starts below 仟 after a higher one, or follows an all-zero section.
    if (higherNonZero && (skippedSection || section < 1000)) out += '零';
    out += sectionText(section) + (SECTIONS[i] ?? '');
    higherNonZero = true;
    skippedSection = false;
  });
  return out;
}

/** Integer fen (0..MAX_FEN) → 人民币大写, e.g. 101050 → '壹仟零壹拾元伍角整'. Throws RangeError otherwise. */
export function chineseCapitals(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_FEN) {
    throw new RangeError(`chineseCapitals: expected integer fen in 0..${MAX_FEN}, got ${fen}`);
  }
  if (fen === 0) return '零元整';
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  let out = yuan > 0 ? `${integerText(yuan)}元` : '';
  if (jiao === 0 && fenDigit === 0) return `${out}整`;
  if (jiao > 0) out += `${digit(jiao)}角`;
  else if (yuan > 0) out += '零';
  return fenDigit > 0 ? `${out}${digit(fenDigit)}分` : `${out}整`;
}
