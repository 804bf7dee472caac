/**
 * "Needs my attention" (待我处理): the cases escalated to the logged-in person
 * and not yet acknowledged. Mounting it records the escalations that have
 * fallen due since anyone last looked (no server watches the clock).
 */
import { lazy, Suspense, useEffect } from 'react';
import { getDb } from '../../db/db';
import { useAttention } from '../../db/hooks/use-workflow';
import { useFirstScreenDone } from '../../db/hooks/first-screen';
import { useSession } from '../../ui/session';

/** The list itself (antd's Table) loads only when there is something to list: most starts have nothing. */
const AttentionList = lazy(() => import('./AttentionList').then((m) => ({ default: m.AttentionList })));

export function AttentionCard() {
  const { station, actor, person, can } = useSession();
  // Both the list and the search for escalations due read every open case: after the first rows are on screen.
  const ready = useFirstScreenDone();
  const items = useAttention(person.id, ready);
  const mayRecord = can('complaint.edit');
  useEffect(() => {
    // Best effort: a refusal here leaves the list as other stations recorded it.
    if (mayRecord && ready) void import('../../db/repositories/escalations').then((m) => m.recordDueEscalations(getDb(), station, actor)).catch(() => undefined);
  }, [station, actor, mayRecord, ready]);
  if (!items || items.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <AttentionList items={items} />
    </Suspense>
  );
}
