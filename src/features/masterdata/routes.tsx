import type { RouteObject } from 'react-router';
import { lazyPage } from '../../ui/lazy-page';

/** Pages of the master-data feature, mounted under the app layout. */
export const routes: RouteObject[] = [
  { path: 'products', lazy: lazyPage(() => import('./ProductsPage'), (m) => m.ProductsPage) },
  { path: 'customers', lazy: lazyPage(() => import('./CustomersPage'), (m) => m.CustomersPage) },
  { path: 'customers/:id', lazy: lazyPage(() => import('./CustomerFilePage'), (m) => m.CustomerFilePage) },
];

/** Entries of the header navigation: i18n key and path. */
export const navItems: { labelKey: string; to: string }[] = [
  { labelKey: 'masterdata.navProducts', to: '/products' },
  { labelKey: 'masterdata.navCustomers', to: '/customers' },
];
