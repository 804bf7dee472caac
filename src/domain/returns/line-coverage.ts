import type { Issue, ReturnsCode } from './codes';

/**
 * Checks that `entries` name each expected line at most once and nothing else.
 * Missing lines are reported only when `missingCode` is given (some stages allow gaps).
 */
export function lineCoverageIssues(
  entries: readonly { lineId: string }[],
  expected: readonly string[],
  codes: { unknown: ReturnsCode; duplicate: ReturnsCode; missing?: ReturnsCode },
): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(expected);
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (!known.has(entry.lineId)) issues.push({ path: ['lines', i, 'lineId'], code: codes.unknown });
    else if (seen.has(entry.lineId)) issues.push({ path: ['lines', i, 'lineId'], code: codes.duplicate });
    seen.add(entry.lineId);
  });
  if (codes.missing) {
    const missing = codes.missing;
    expected.forEach((id) => {
      if (!seen.has(id)) issues.push({ path: ['lines'], code: missing });
    });
  }
  return issues;
}
