import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/lazy-page';

/** Pages of the eightd feature, mounted under the app layout. */
export const routes: RouteObject[] = [
  { path: 'complaints/:id/8d', lazy: lazyPage(() => import('./EightDPage'), (m) => m.EightDPage) },
  { path: 'complaints/:id/record-form', lazy: lazyPage(() => import('./RecordFormPrintView'), (m) => m.RecordFormPrintView) },
  { path: 'complaints/:id/8d/print', lazy: lazyPage(() => import('./EightDPrintView'), (m) => m.EightDPrintView) },
];

/** Entries of the header navigation: i18n key and path. */
export const navItems: { labelKey: string; to: string }[] = [];
