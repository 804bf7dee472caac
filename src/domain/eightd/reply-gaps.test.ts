import { describe, expect, it } from 'vitest';
import { disciplineComplete } from './completeness';
import { listOf } from './keyed';
import { replyGaps } from './reply-gaps';
import { sampleEightD } from './sample';
import type { EightD } from './schema';

const complete = () => sampleEightD('01COMPLAINT000000000000000');
const bothDone = (r: EightD) => disciplineComplete(r, 'd4') && disciplineComplete(r, 'd5');

function edit(fn: (r: EightD) => void): EightD {
  const r = structuredClone(complete());
  fn(r);
  return r;
}

function cause(r: EightD, n: number) {
  const c = listOf(r.d4.causes)[n - 1];
  if (!c) throw new Error(`no cause ${n}`);
  return r.d4.causes[c.id]!;
}

describe('what D4 and D5 still lack before the reply', () => {
  it('is nothing for a complete 8D', () => {
    expect(replyGaps(complete())).toEqual([]);
    expect(bothDone(complete())).toBe(true);
  });

  it.each<[string, (r: EightD) => void, string[]]>([
    ['an unverified escape cause, by its number', (r) => { cause(r, 2).status = 'hypothesis'; }, ['transition.d4EscapeUnverified|2']],
    ['a verified occurrence cause without its why chain', (r) => { cause(r, 1).whys = {}; }, ['transition.d4OccurrenceWhysMissing|1']],
    ['no escape cause at all', (r) => { r.d4.causes = { [cause(r, 1).id]: cause(r, 1) }; }, ['transition.d4EscapeMissing']],
    ['D4 and D5 owner and date', (r) => { r.d4.owner = ''; r.d5.date = ' '; }, ['transition.d4OwnerMissing', 'transition.d5DateMissing']],
    ['a verified cause no D5 action removes', (r) => { for (const a of Object.values(r.actions)) if (a?.discipline === 'd5') a.causeId = ''; }, ['transition.d5CauseWithoutAction|1', 'transition.d5CauseWithoutAction|2']],
    ['no cause at all', (r) => { r.d4.causes = {}; }, ['transition.d4OccurrenceMissing', 'transition.d4EscapeMissing', 'transition.d5NoVerifiedCause']],
  ])('names %s', (_what, change, expected) => {
    const r = edit(change);
    expect(replyGaps(r)).toEqual(expected);
    // The named gaps and the stored flags agree.
    expect(bothDone(r)).toBe(false);
  });
});
