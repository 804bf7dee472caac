/**
 * What the 8D still lacks before the customer can be given the reply (D4 and
 * D5), each gap named so the refusal can say exactly what is missing:
 * "D4：发生原因尚未验证（原因 2）". A gap with a cause carries the cause's
 * position in the D4 list (1-based) after a '|' (see refusal codes in
 * workflow/codes.ts). Empty exactly when disciplineComplete(d4) and (d5) hold.
 */
import type { RefusalCode } from '../workflow/codes';
import { liveActions } from './completeness';
import { listOf } from './keyed';
import { CAUSE_KINDS, type EightDContent } from './schema';

const filled = (s: string) => s.trim().length > 0;

export function replyGaps(r: EightDContent): RefusalCode[] {
  const gaps: RefusalCode[] = [];
  if (!filled(r.d4.owner)) gaps.push('transition.d4OwnerMissing');
  if (!filled(r.d4.date)) gaps.push('transition.d4DateMissing');
  const causes = listOf(r.d4.causes).map((c, i) => ({ ...c, n: i + 1 }));
  const codes = {
    occurrence: { missing: 'transition.d4OccurrenceMissing', unverified: 'transition.d4OccurrenceUnverified', whys: 'transition.d4OccurrenceWhysMissing' },
    escape: { missing: 'transition.d4EscapeMissing', unverified: 'transition.d4EscapeUnverified', whys: 'transition.d4EscapeWhysMissing' },
  } as const;
  for (const kind of CAUSE_KINDS) {
    const mine = causes.filter((c) => c.kind === kind);
    const verified = mine.filter((c) => c.status === 'verified');
    if (verified.some((c) => listOf(c.whys).length > 0)) continue;
    if (mine.length === 0) gaps.push(codes[kind].missing);
    else if (verified.length === 0) for (const c of mine) gaps.push(`${codes[kind].unverified}|${c.n}`);
    else for (const c of verified) gaps.push(`${codes[kind].whys}|${c.n}`);
  }
  if (!filled(r.d5.owner)) gaps.push('transition.d5OwnerMissing');
  if (!filled(r.d5.date)) gaps.push('transition.d5DateMissing');
  const actions = liveActions(r, 'd5');
  const verified = causes.filter((c) => c.status === 'verified');
  if (verified.length === 0) gaps.push('transition.d5NoVerifiedCause');
  for (const c of verified) if (!actions.some((a) => a.causeId === c.id)) gaps.push(`transition.d5CauseWithoutAction|${c.n}`);
  return gaps;
}
