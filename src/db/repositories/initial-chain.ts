/**
 * The deadline chain a complaint has from the moment it is recorded: the
 * acknowledge / (containment) / reply / close deadlines counted from its
 * receipt. Intake writes it (stamped, synced with the creation); a row that
 * arrives or exists without one (recorded by an older station, or an edit
 * relayed before its creation) gets it filled in, unstamped, by the merge's
 * derivation and by the version 3 upgrade. The fill is a pure function of the
 * row and the plant config, so every station computes the same chain, and a
 * stamped deadline from another station always replaces the filled one.
 */
import type { PlantConfig } from '../../domain/config/plant-config';
import { createWorkCalendar, type WorkCalendar } from '../../domain/calendar/work-calendar';
import { DEFAULT_ZONE, parseInstant } from '../../domain/calendar/zone';
import { needsContainment } from '../../domain/workflow/assessment';
import { computeDeadlineChain } from '../../domain/workflow/deadlines';
import { lengthsForGrade, type DeadlineSettings } from '../../domain/workflow/deadline-settings';
import { nextDueOf, storeChain, type StoredDeadline, type WorkflowComplaint } from './workflow-store';

export interface ChainSetup {
  settings: DeadlineSettings;
  calendar: WorkCalendar;
  /** The zone a new chain is counted in (the station's). */
  zone: string;
}

export function chainSetupOf(config: PlantConfig, zone: string = DEFAULT_ZONE): ChainSetup {
  return { settings: config.deadlines, calendar: createWorkCalendar(config.calendarOverrides, config.holidayNotices), zone };
}

function isComplete(d: StoredDeadline | null | undefined): boolean {
  return !!d && typeof d.kind === 'string' && typeof d.originalDue === 'string' && typeof d.startedAt === 'string';
}

function hasStampedDeadline(row: WorkflowComplaint): boolean {
  return Object.keys(row._clocks ?? {}).some((path) => path.startsWith('deadlines.'));
}

type Chain = ReturnType<typeof computeDeadlineChain>;
/** Chains already computed with a setup (a bulk import receives its rows on a few hundred days, all at noon). */
const computed = new WeakMap<ChainSetup, Map<string, Chain>>();
const MEMO_LIMIT = 10_000;

function chainOf(setup: ChainSetup, receivedAt: string, zone: string, containment: boolean, grade: string, lengths: ReturnType<typeof lengthsForGrade>): Chain {
  let memo = computed.get(setup);
  if (!memo) computed.set(setup, (memo = new Map()));
  const key = `${receivedAt}|${zone}|${containment}|${grade}`;
  let chain = memo.get(key);
  if (!chain) {
    chain = computeDeadlineChain({ receivedAt, zone, containment }, lengths, setup.calendar);
    if (memo.size < MEMO_LIMIT) memo.set(key, chain);
  }
  return chain;
}

/**
 * The row with its receipt chain. A chain nobody has stamped (filled by a
 * station, never written) is recomputed from the row as it is now, so it
 * follows a corrected receipt time and never diverges between stations.
 * A stamped chain is kept; deadlines of it that arrived partial (a leaf such
 * as `completedAt` relayed before the chain) get the receipt values under
 * what is stored.
 */
export function withInitialChain<T extends WorkflowComplaint>(row: T, setup: ChainSetup): T {
  const stamped = hasStampedDeadline(row);
  const stored = stamped ? (row.deadlines ?? {}) : {};
  const entries = Object.values(stored);
  if (entries.length > 0 && entries.every((d) => d === null || isComplete(d))) return row;
  if (typeof row.receivedAt !== 'string' || Number.isNaN(parseInstant(row.receivedAt))) return row;
  const zone = (stamped && row.deadlineZone) || setup.zone;
  const containment = row.assessment ? needsContainment(row.assessment) : false;
  const lengths = lengthsForGrade(setup.settings, row.assessment?.grade ?? row.grade);
  const chain = chainOf(setup, row.receivedAt, zone, containment, row.assessment?.grade ?? row.grade ?? '', lengths);
  const initial = storeChain(chain, undefined);
  const deadlines: Record<string, StoredDeadline | null> = { ...stored };
  for (const [key, d] of Object.entries(initial)) {
    const have = stored[key];
    if (!d || have === null || isComplete(have)) continue;
    deadlines[key] = { ...d, ...(have ?? {}) } as StoredDeadline;
  }
  const filled = { ...row, deadlines, deadlineZone: zone };
  return { ...filled, nextDueAt: nextDueOf(filled) };
}

/** Whether no step of the chain has happened yet (nothing completed, ended or slipped): it may follow the receipt time. */
export function chainUntouched(row: WorkflowComplaint): boolean {
  return Object.values(row.deadlines ?? {}).every(
    (d) => !d || (d.completedAt === undefined && d.endedAt === undefined && Object.values(d.slips ?? {}).every((s) => !s)),
  );
}
