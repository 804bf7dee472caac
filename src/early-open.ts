// The page's first script (electron.vite.config.ts puts it ahead of the main chunk): see db/early-open.ts.
import { openEarly } from './db/early-open';
import { activeDatabaseName } from './db/db-name';

if (typeof indexedDB !== 'undefined') void openEarly(indexedDB, activeDatabaseName());
