import type { RouteObject } from 'react-router';
import { EightDPage } from './EightDPage';
import { EightDPrintView } from './EightDPrintView';

/** Pages of the eightd feature, mounted under the app layout. */
export const routes: RouteObject[] = [
  { path: 'complaints/:id/8d', element: <EightDPage /> },
  { path: 'complaints/:id/8d/print', element: <EightDPrintView /> },
];

/** Entries of the header navigation: i18n key and path. */
export const navItems: { labelKey: string; to: string }[] = [];
