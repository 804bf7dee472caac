import type { RouteObject } from 'react-router';
import { ReturnsListPage } from './ReturnsListPage';
import { ReturnFormPage } from './ReturnFormPage';
import { ReturnDetailPage } from './ReturnDetailPage';
import { ReturnSlipPage } from './ReturnSlipPage';

/** Pages of the returns feature, mounted under the app layout. */
export const routes: RouteObject[] = [
  { path: 'returns', element: <ReturnsListPage /> },
  { path: 'returns/new', element: <ReturnFormPage /> },
  { path: 'returns/:id', element: <ReturnDetailPage /> },
  { path: 'returns/:id/edit', element: <ReturnFormPage /> },
  { path: 'returns/:id/slip', element: <ReturnSlipPage /> },
];

/** Entries of the header navigation: i18n key and path. */
export const navItems: { labelKey: string; to: string }[] = [{ labelKey: 'returns.nav', to: '/returns' }];
