/** The header's count of overdue items. */
export function OverdueBadge() {
  return null;
}
