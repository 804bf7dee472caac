import type { RouteObject } from 'react-router';

/** Pages of the returns feature, mounted under the app layout. */
export const routes: RouteObject[] = [];

/** Entries of the header navigation: i18n key and path. */
export const navItems: { labelKey: string; to: string }[] = [];
