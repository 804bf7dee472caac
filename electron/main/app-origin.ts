// Which URLs count as "our app". Shared by the navigation guard, the request
// filter and the IPC sender check so they can never disagree.
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  // Node treats app: as a non-special scheme, so `origin` is "null": compare parts.
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST;
}

/** The electron-vite dev server origin, only when ELECTRON_RENDERER_URL is a real http(s) URL. */
export function devOrigin(devUrl: string | undefined): string | null {
  if (!devUrl) return null;
  const parsed = parse(devUrl);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  return parsed.origin;
}

export interface OriginPolicy {
  readonly devOrigin: string | null;
  /** True for pages we load ourselves: app://renderer/… or, in dev, the dev server. */
  isTrustedPage(url: string): boolean;
}

export function createOriginPolicy(devUrl: string | undefined): OriginPolicy {
  const dev = devOrigin(devUrl);
  return {
    devOrigin: dev,
    isTrustedPage(url) {
      if (isAppUrl(url)) return true;
      return dev !== null && parse(url)?.origin === dev;
    },
  };
}
