/** The features' pages and header entries, collected in one place for the router. */
import * as workflow from '../features/workflow/routes';
import * as eightd from '../features/eightd/routes';
import * as returns from '../features/returns/routes';
import * as sync from '../features/sync/routes';
import * as masterdata from '../features/masterdata/routes';
import * as review from '../features/review/routes';

const features = [workflow, eightd, returns, masterdata, review, sync];

export const featureRoutes = features.flatMap((f) => f.routes);
export const featureNavItems = features.flatMap((f) => f.navItems);
