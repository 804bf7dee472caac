import type { RouteObject } from 'react-router';
import { SyncPage } from './SyncPage';

/** Pages of the sync feature, mounted under the app layout. */
export const routes: RouteObject[] = [{ path: 'sync', element: <SyncPage /> }];

/** Entries of the header navigation: i18n key and path. */
export const navItems: { labelKey: string; to: string }[] = [{ labelKey: 'sync.nav', to: '/sync' }];
