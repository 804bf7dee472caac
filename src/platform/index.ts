// The renderer's one way to reach the shell. Desktop when the preload bridge is
// present, otherwise the browser fallback (web build, Playwright).
import { DESKTOP_API_GLOBAL, type DesktopApi } from './desktop-api';
import { createBrowserPlatform } from './browser';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './platform';

export type { BackupStore, SyncFolderAccess, OpenOptions, OpenOutcome, PdfOptions, Platform, SaveOutcome } from './platform';

let cached: Platform | null = null;

export function pickPlatform(scope: object): Platform {
  const bridge = (scope as Partial<Record<typeof DESKTOP_API_GLOBAL, DesktopApi>>)[DESKTOP_API_GLOBAL];
  return bridge ? createDesktopPlatform(bridge) : createBrowserPlatform();
}

export function getPlatform(): Platform {
  cached ??= pickPlatform(window);
  return cached;
}
