/**
 * Rules across disciplines, returned as field issues with i18n codes. The form
 * shows them at the fields; the repository refuses the write with the same codes.
 */
import type { FieldIssue } from '../common/validation-error';
import { listOf } from './keyed';
import type { Action, EightDContent } from './schema';

/** A D5 action must remove a D4 cause that was verified (the escape cause included). */
export function actionIssues(content: Pick<EightDContent, 'd4'>, actions: readonly Action[]): FieldIssue[] {
  const causes = new Map(listOf(content.d4.causes).map((c) => [c.id, c]));
  const issues: FieldIssue[] = [];
  actions.forEach((a, i) => {
    if (a.discipline !== 'd5') return;
    const cause = a.causeId ? causes.get(a.causeId) : undefined;
    if (!cause || cause.status !== 'verified') issues.push({ path: `actions.${i}.causeId`, code: 'eightd.err.d5NeedsVerifiedCause' });
  });
  return issues;
}
