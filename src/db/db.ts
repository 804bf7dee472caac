/** The one database instance of the renderer. Tests and the bench make their own AppDB. */
import { AppDB } from './app-db';

let instance: AppDB | null = null;

export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}
