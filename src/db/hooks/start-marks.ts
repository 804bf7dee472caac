/**
 * Marks on the browser's performance timeline at the steps of a start, read by
 * `npm run bench` for its start-up breakdown (start.*): the main script
 * evaluated, the database open, the login form shown and submitted, the
 * password check (slow on purpose, reported on its own), the tracking table
 * mounted, the first page of the table read and its first rows on screen. Each is marked once per page load; a
 * mark costs nothing a user would notice.
 */
export type StartMark =
  | 'cd:main-evaluated'
  | 'cd:db-open'
  | 'cd:login-shown'
  | 'cd:login-submit'
  | 'cd:password-check-start'
  | 'cd:password-check-end'
  | 'cd:logged-in'
  | 'cd:table-mounted'
  | 'cd:first-query-start'
  | 'cd:first-query-end'
  | 'cd:first-rows'
  | 'cd:first-screen-idle';

export function markStart(name: StartMark): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function' || performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
}
