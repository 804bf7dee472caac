import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createOriginPolicy } from './app-origin';
import { CONTENT_SECURITY_POLICY, guardSession, guardWebContents, isAllowedRequest, secureWebPreferences } from './security';

// security.ts must not need Electron at run time; fail loudly if it ever does.
vi.mock('electron', () => {
  throw new Error('security.ts should only import types from electron');
});

const prodPolicy = createOriginPolicy(undefined);
const devPolicy = createOriginPolicy('http://localhost:5173/');

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    }),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => unknown) => {
      windowOpenHandler = handler;
    }),
  };
  const emit = (name: string, ...args: unknown[]) => {
    const registered = listeners.get(name) ?? [];
    expect(registered.length, `no listener for ${name}`).toBeGreaterThan(0);
    for (const listener of registered) listener(...args);
  };
  return { contents: contents as typeof contents & Parameters<typeof guardWebContents>[0], emit, openWindow: (url: string) => windowOpenHandler?.({ url }) };
}

function navigationEvent(url?: string) {
  return { url, preventDefault: vi.fn() };
}

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js', { devTools: false });

  it('isolates the renderer from Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, spellcheck and insecure content off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('disables developer tools unless asked (development only)', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.js', { devTools: true }).devTools).toBe(true);
  });

  it('uses the given preload', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows only our own scripts, never inline or eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it("allows inline styles for antd's CSS-in-JS", () => {
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('lets workers start from the app itself only', () => {
    expect(directives.get('worker-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, frames, base rewriting and form posts', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('is the same policy as the meta tag in src/index.html', () => {
    const html = readFileSync(resolve(__dirname, '../../src/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1], 'src/index.html has no CSP meta tag').toBe(CONTENT_SECURITY_POLICY);
  });

  it('lets no remote host in anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('guardWebContents', () => {
  it('prevents navigation to a foreign site', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, prodPolicy);
    const event = navigationEvent();
    emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('allows navigation inside app://renderer', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, prodPolicy);
    const event = navigationEvent();
    emit('will-navigate', event, 'app://renderer/index.html#/complaints');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('treats another app:// host and file:// as foreign', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, prodPolicy);
    for (const url of ['app://other/index.html', 'file:///etc/passwd', 'http://localhost:5173/']) {
      const event = navigationEvent();
      emit('will-navigate', event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('allows the dev server only when it is the dev URL', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, devPolicy);
    const ok = navigationEvent();
    emit('will-navigate', ok, 'http://localhost:5173/index.html');
    expect(ok.preventDefault).not.toHaveBeenCalled();
    const other = navigationEvent();
    emit('will-navigate', other, 'http://localhost:5174/');
    expect(other.preventDefault).toHaveBeenCalled();
  });

  it('blocks redirects and frame navigations to foreign sites', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, prodPolicy);
    const redirect = navigationEvent();
    emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const frame = navigationEvent('https://evil.example/');
    emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    const { contents, emit } = fakeContents();
    guardWebContents(contents, prodPolicy);
    const event = navigationEvent();
    emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window, ours or not', () => {
    const { contents, openWindow } = fakeContents();
    guardWebContents(contents, prodPolicy);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openWindow('app://renderer/index.html')).toEqual({ action: 'deny' });
  });
});

describe('guardSession', () => {
  function fakeSession() {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    return session;
  }

  it('denies every permission request and check', () => {
    const session = fakeSession();
    guardSession(session as never, prodPolicy);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (wc: unknown, permission: string) => boolean;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission)).toBe(false);
    }
  });

  it('cancels requests to foreign schemes and hosts', () => {
    const session = fakeSession();
    guardSession(session as never, prodPolicy);
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const cancelled = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    expect(cancelled('https://evil.example/track.gif')).toBe(true);
    expect(cancelled('http://192.168.1.10/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('ws://evil.example/')).toBe(true);
    expect(cancelled('app://renderer/assets/index.js')).toBe(false);
    expect(cancelled('blob:app://renderer/1234')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
  });
});

describe('isAllowedRequest in dev', () => {
  it('lets the dev server and its hot-reload socket through, nothing else', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', devPolicy)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', devPolicy)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', devPolicy)).toBe(false);
    expect(isAllowedRequest('https://cdn.example/react.js', devPolicy)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', prodPolicy)).toBe(false);
    expect(isAllowedRequest('not a url', prodPolicy)).toBe(false);
  });

  it('ignores a dev URL that is not http(s)', () => {
    const odd = createOriginPolicy('file:///tmp/index.html');
    expect(odd.devOrigin).toBeNull();
    expect(odd.isTrustedPage('file:///tmp/index.html')).toBe(false);
  });
});
