/**
 * The logged-in app: the route table, the header and the tracking table. A
 * chunk of its own (#18), loaded while the login screen is shown
 * (shell-loader.ts), so a start parses only what the login needs before the
 * login appears.
 */
import { createHashRouter, RouterProvider } from 'react-router';
import { AppLayout } from './AppLayout';
import { TrackingTablePage } from '../features/complaints/TrackingTablePage';
import { lazyPage } from '../ui/lazy-page';
import { featureRoutes } from './feature-routes';
import { NotFoundPage, RouteErrorPage } from './NotFoundPage';

export { StyleWarmUp } from './StyleWarmUp';

const complaintForm = lazyPage(() => import('../features/complaints/ComplaintFormPage'), (m) => m.ComplaintFormPage);

const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <TrackingTablePage /> },
      { path: 'complaints/new', lazy: complaintForm },
      { path: 'complaints/:id', lazy: lazyPage(() => import('../features/complaints/ComplaintDetailPage'), (m) => m.ComplaintDetailPage) },
      { path: 'complaints/:id/edit', lazy: complaintForm },
      { path: 'settings', lazy: lazyPage(() => import('../features/settings/SettingsPage'), (m) => m.SettingsPage) },
      ...featureRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function Shell() {
  return <RouterProvider router={router} />;
}
