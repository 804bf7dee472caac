/**
 * When a discipline counts as complete. Pure, so the workspace marks, the
 * stored d4Done/d5Done flags (read by the status machine) and the tests agree.
 */
import { listOf } from './keyed';
import { CAUSE_KINDS, CONTAINMENT_LOCATIONS, DISCIPLINES, type Action, type Cause, type Discipline, type EightDContent } from './schema';

const filled = (s: string) => s.trim().length > 0;

export function liveActions(content: Pick<EightDContent, 'actions'>, discipline?: Action['discipline']): Action[] {
  return listOf(content.actions).filter((a) => !discipline || a.discipline === discipline);
}

export function verifiedCauses(content: Pick<EightDContent, 'd4'>): Cause[] {
  return listOf(content.d4.causes).filter((c) => c.status === 'verified');
}

export function disciplineComplete(r: EightDContent, n: Discipline): boolean {
  const d = r[n];
  if (!filled(d.owner) || !filled(d.date)) return false;
  switch (n) {
    case 'd0':
      return filled(r.d0.emergencyResponse);
    case 'd1': {
      const team = listOf(r.d1.members);
      return team.some((m) => m.role === 'leader') && team.some((m) => m.role === 'champion');
    }
    case 'd2':
      return filled(r.d2.statement) && filled(r.d2.what) && filled(r.d2.howMany);
    case 'd3':
      return CONTAINMENT_LOCATIONS.every((k) => r.d3.locations[k].na || r.d3.locations[k].checkedQty !== null) && liveActions(r, 'd3').length > 0;
    case 'd4': {
      // Both the occurrence and the escape (why it was not detected) need a verified cause with its why chain.
      const verified = verifiedCauses(r);
      return CAUSE_KINDS.every((k) => verified.some((c) => c.kind === k && listOf(c.whys).length > 0));
    }
    case 'd5': {
      const verified = verifiedCauses(r);
      const actions = liveActions(r, 'd5');
      return verified.length > 0 && verified.every((c) => actions.some((a) => a.causeId === c.id));
    }
    case 'd6': {
      const actions = liveActions(r, 'd6');
      return actions.length > 0 && actions.every((a) => filled(a.doneOn) && filled(a.result)) && r.d6.containmentRemoved;
    }
    case 'd7':
      return filled(r.d7.lateral) && (r.d7.pfmea || r.d7.controlPlan || r.d7.workInstructions || r.d7.inspectionStandard);
    case 'd8':
      return filled(r.d8.closureCriteria) && filled(r.d8.closedOn);
  }
}

export function progress(r: EightDContent): { done: Discipline[]; total: number } {
  return { done: DISCIPLINES.filter((n) => disciplineComplete(r, n)), total: DISCIPLINES.length };
}

/** The flags stored on the row for the workflow (reply needs D4 and D5). */
export function progressFlags(r: EightDContent): { d4Done: boolean; d5Done: boolean } {
  return { d4Done: disciplineComplete(r, 'd4'), d5Done: disciplineComplete(r, 'd5') };
}
