/**
 * Marks on the browser's performance timeline at the steps of a start, read by
 * `npm run bench` for its start-up breakdown (start.*): the main script
 * evaluated, the database open, the first page of the table read. Each is
 * marked once per page load; a mark costs nothing a user would notice.
 */
export type StartMark = 'cd:main-evaluated' | 'cd:db-open' | 'cd:first-query-start' | 'cd:first-query-end';

export function markStart(name: StartMark): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
}
