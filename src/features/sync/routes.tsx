import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/lazy-page';

/** Pages of the sync feature, mounted under the app layout. */
export const routes: RouteObject[] = [{ path: 'sync', lazy: lazyPage(() => import('./SyncPage'), (m) => m.SyncPage) }];

/** Entries of the header navigation: i18n key and path. */
export const navItems: { labelKey: string; to: string }[] = [{ labelKey: 'sync.nav', to: '/sync' }];
