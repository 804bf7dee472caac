/** The demo's 8D of one case: the complete sample, emptied from the discipline it has reached on. */
import { progressFlags } from '../eightd/completeness';
import { emptyDisciplines } from '../eightd/schema';
import { sampleEightD } from '../eightd/sample';
import { DISCIPLINES, type Discipline, type EightD } from '../eightd/schema';

export function demoEightD(complaintId: string, reached: Discipline | 'done', at: string, by: string): EightD {
  const row: EightD = { ...sampleEightD(complaintId), createdAt: at, updatedAt: at, updatedBy: by };
  if (reached === 'done') return row;
  const empty = emptyDisciplines();
  const open = DISCIPLINES.slice(DISCIPLINES.indexOf(reached));
  const blank = { ...row } as unknown as Record<string, unknown>;
  for (const n of open) blank[n] = empty[n];
  const next = blank as unknown as EightD;
  next.actions = Object.fromEntries(Object.entries(row.actions).filter(([, a]) => a && !open.includes(a.discipline)));
  next.signatures = {};
  return { ...next, ...progressFlags(next) };
}
