import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/lazy-page';

/** The review page, and the tracking table's print view it shares the export code with. */
export const routes: RouteObject[] = [
  { path: 'review', lazy: lazyPage(() => import('./ReviewPage'), (m) => m.ReviewPage) },
  { path: 'tracking/import', lazy: lazyPage(() => import('./TrackingImportPage'), (m) => m.TrackingImportPage) },
  { path: 'tracking/print', lazy: lazyPage(() => import('../complaints/TrackingPrintPage'), (m) => m.TrackingPrintPage) },
];

/** Entries of the header navigation: i18n key and path. */
export const navItems: { labelKey: string; to: string }[] = [{ labelKey: 'review.nav', to: '/review' }];
