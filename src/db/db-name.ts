/**
 * Which database is live: its name is kept in localStorage (same origin as
 * IndexedDB). Its own module, free of Dexie, so the start's early open
 * (early-open.ts) can read it before the main chunk is evaluated.
 */
export const DEFAULT_DB_NAME = 'complaint-desk';
export const ACTIVE_DB_KEY = 'complaint-desk.activeDatabase';
export const PREVIOUS_DBS_KEY = 'complaint-desk.previousDatabases';
export const DB_NAME = /^complaint-desk(?:-restored-\d{17})?$/;

export type NameStore = Pick<Storage, 'getItem' | 'setItem'>;

export function storage(): NameStore | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

export function activeDatabaseName(store: NameStore | null = storage()): string {
  const name = store?.getItem(ACTIVE_DB_KEY);
  return name && DB_NAME.test(name) ? name : DEFAULT_DB_NAME;
}
