/**
 * The one database instance of the renderer. Tests and the bench make their own AppDB.
 *
 * Which database is live is kept in localStorage (same origin as IndexedDB, so
 * it travels with the data): a restore writes a new database and switches this
 * name, and the previous database is remembered so it can be switched back to or
 * deleted later — never cleared on the way.
 */
import { AppDB } from './app-db';
import { ACTIVE_DB_KEY, activeDatabaseName, DB_NAME, PREVIOUS_DBS_KEY, storage, type NameStore } from './db-name';

export { ACTIVE_DB_KEY, DEFAULT_DB_NAME, PREVIOUS_DBS_KEY, activeDatabaseName } from './db-name';

/** Databases that were live before a restore, newest first. */
export function previousDatabaseNames(store: NameStore | null = storage()): string[] {
  try {
    const list = JSON.parse(store?.getItem(PREVIOUS_DBS_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string' && DB_NAME.test(n)) : [];
  } catch {
    return [];
  }
}

/** Makes `name` the live database from the next start (the caller reloads). */
export function switchDatabase(name: string, store: NameStore | null = storage()): void {
  if (!DB_NAME.test(name)) throw new Error(`not a database name: ${name}`);
  const current = activeDatabaseName(store);
  const previous = [current, ...previousDatabaseNames(store).filter((n) => n !== current && n !== name)];
  store?.setItem(PREVIOUS_DBS_KEY, JSON.stringify(previous));
  store?.setItem(ACTIVE_DB_KEY, name);
}

/** Forgets a previous database (after it was deleted). */
export function forgetPreviousDatabase(name: string, store: NameStore | null = storage()): void {
  store?.setItem(PREVIOUS_DBS_KEY, JSON.stringify(previousDatabaseNames(store).filter((n) => n !== name)));
}

let instance: AppDB | null = null;

export function getDb(): AppDB {
  instance ??= new AppDB(activeDatabaseName());
  return instance;
}
