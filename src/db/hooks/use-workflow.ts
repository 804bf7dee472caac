/** Live reads for the workflow UI: the overdue counts and open 8D actions, a clock that ticks. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { countOverdue } from '../queries/complaint-table';
import type { AttentionItem } from '../repositories/escalations';
import type { ActionQuery, ActionRow } from '../queries/workflow-views';
import { useDeferredModule } from './use-deferred-module';
import { localDate, parseInstant } from '../../domain/calendar/zone';

/**
 * The current instant as ISO, re-read every `everyMs`: deadline states and the
 * overdue count change with time even when no data does.
 */
export function useNow(everyMs = 60_000): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The station's local date at `now`: what action due dates (plain dates) are compared with. */
export function todayAt(now: string, zone: string): string {
  return localDate(parseInstant(now), zone);
}

export interface OverdueCounts {
  complaints: number;
  actions: number;
  total: number;
}

/** The header's count: overdue open complaints plus overdue open 8D actions of live cases; `enabled` false reads nothing yet. */
export function useOverdueCounts(now: string, zone: string, enabled = true): OverdueCounts | undefined {
  const views = useDeferredModule(() => import('../queries/workflow-views'), enabled);
  return useLiveQuery(async () => {
    if (!enabled || !views) return undefined;
    const db = getDb();
    const complaints = await countOverdue(db, now);
    const actions = await views.countOverdueActions(db, todayAt(now, zone));
    return { complaints, actions, total: complaints + actions };
  }, [now, zone, enabled, views]);
}

/** Open 8D actions for "my work" (one person's) or the overdue view; undefined while loading. */
export function useActionRows(today: string, q: ActionQuery): ActionRow[] | undefined {
  const views = useDeferredModule(() => import('../queries/workflow-views'));
  return useLiveQuery(() => views?.loadActionRows(getDb(), today, q), [today, q.ownerId, q.overdueOnly, views]);
}

/** Escalations waiting for this person's acknowledgement (the "needs my attention" list); undefined while loading. */
/** `enabled` false reads nothing yet (the list reads every open case: it waits until the first screen is up). */
export function useAttention(personId: string, enabled = true): AttentionItem[] | undefined {
  const escalations = useDeferredModule(() => import('../repositories/escalations'), enabled);
  return useLiveQuery(() => (enabled ? escalations?.attentionFor(getDb(), personId) : undefined), [personId, enabled, escalations]);
}
