// The secure window defaults, the content security policy and the guards that
// keep the renderer inside our own app:// origin. Every default here has a test
// in security.test.ts: loosening one must fail a test.
import type { Session, WebContents, WebPreferences } from 'electron';
import type { OriginPolicy } from './app-origin';

/**
 * antd 6 injects <style> tags at run time, so styles need 'unsafe-inline';
 * scripts never do. src/index.html carries the same policy in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The sync import's Web Worker (src/sync/import.worker.ts) is a file of the app itself; no blob: or data: workers.
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * `devTools`: false in the packaged app (app.isPackaged), so no one at the
 * station can open a console and write to the database around the repositories;
 * true only in development.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    devTools: options.devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** No navigation away from our origin, no new windows, no <webview>. */
export function guardWebContents(contents: GuardedContents, policy: OriginPolicy): void {
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (!policy.isTrustedPage(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-frame-navigate', (event) => {
    if (!policy.isTrustedPage(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Deny rather than hand the URL to shell.openExternal: the app is offline and a
  // link in customer-supplied text must not become a way to launch programs.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Schemes the renderer may request besides its own origin (dev tools, in-memory data). */
const ALWAYS_ALLOWED_SCHEMES = new Set(['devtools:', 'blob:', 'data:']);

export function isAllowedRequest(url: string, policy: OriginPolicy): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (ALWAYS_ALLOWED_SCHEMES.has(parsed.protocol)) return true;
  if (policy.isTrustedPage(url)) return true;
  // Vite's hot-reload socket talks to the dev server host over ws:.
  if (policy.devOrigin !== null && (parsed.protocol === 'ws:' || parsed.protocol === 'wss:')) {
    return parsed.host === new URL(policy.devOrigin).host;
  }
  return false;
}

type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/** Deny every permission (camera, notifications, geolocation…) and every foreign request. */
export function guardSession(session: GuardedSession, policy: OriginPolicy): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, policy) });
  });
}
