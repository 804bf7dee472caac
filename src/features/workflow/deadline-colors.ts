/** The tag colour of each deadline state, shared by the tracking table, the deadlines card and the open actions (kept apart so the table loads no form code). */
import type { DeadlineState } from '../../domain/workflow/deadlines';

export const STATE_COLORS: Record<DeadlineState, string> = { ok: 'blue', dueToday: 'orange', overdue: 'red', done: 'green' };
