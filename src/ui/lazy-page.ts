/**
 * A route whose page module loads when first visited. Only the tracking table
 * ships in the first chunk, so the app shows rows sooner on start.
 */
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

export function lazyPage<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): RouteObject['lazy'] {
  return async () => ({ Component: pick(await load()) });
}
