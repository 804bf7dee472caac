/**
 * How the review's case records are stored on a complaint row (all optional,
 * so older rows and other stations' rows stay valid):
 * - `surveys`: satisfaction surveys keyed by ULID (two stations may each enter one);
 * - `accountability`: the one current decision (an object: sync merges its leaves);
 * - `qualityCost`: the case's cost of quality in fen (domain/complaint/quality-cost).
 * Reads validate with the domain's schemas and ignore what does not parse.
 */
import { surveySchema, type Survey } from '../../domain/workflow/survey';
import type { Accountability } from '../../domain/workflow/accountability';
import type { QualityCost } from '../../domain/complaint/quality-cost';
import { eventsOf, type WorkflowComplaint } from './workflow-store';

export interface CaseRecordFields {
  surveys?: Record<string, Survey | null>;
  accountability?: Accountability;
  qualityCost?: QualityCost;
}

export function surveysOf(c: WorkflowComplaint): (Survey & { id: string })[] {
  const raw = (c.surveys ?? {}) as Record<string, unknown>;
  return Object.entries(raw)
    .flatMap(([id, v]) => {
      const parsed = surveySchema.safeParse(v);
      return parsed.success ? [{ ...parsed.data, id }] : [];
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
}

/** The latest survey after the latest reopen (an older answer does not speak for a reopened case), else the latest. */
export function latestSurvey(c: WorkflowComplaint): (Survey & { id: string }) | undefined {
  const list = surveysOf(c);
  const lastReopen = eventsOf(c).findLast((e) => e.to === 'reopened')?.at ?? '';
  return list.findLast((s) => s.at > lastReopen) ?? list.at(-1);
}
