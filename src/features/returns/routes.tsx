import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/lazy-page';

const list = lazyPage(() => import('./ReturnsListPage'), (m) => m.ReturnsListPage);
const form = lazyPage(() => import('./ReturnFormPage'), (m) => m.ReturnFormPage);
const detail = lazyPage(() => import('./ReturnDetailPage'), (m) => m.ReturnDetailPage);
const slip = lazyPage(() => import('./ReturnSlipPage'), (m) => m.ReturnSlipPage);
const letter = lazyPage(() => import('./RefusalLetterPage'), (m) => m.RefusalLetterPage);

/** Pages of the returns feature, mounted under the app layout. */
export const routes: RouteObject[] = [
  { path: 'returns', lazy: list },
  { path: 'returns/new', lazy: form },
  { path: 'returns/:id', lazy: detail },
  { path: 'returns/:id/edit', lazy: form },
  { path: 'returns/:id/slip', lazy: slip },
  { path: 'returns/:id/refusal-letter', lazy: letter },
];

/** Entries of the header navigation: i18n key and path. */
export const navItems: { labelKey: string; to: string }[] = [{ labelKey: 'returns.nav', to: '/returns' }];
