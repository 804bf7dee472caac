import nodePath from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, installAppProtocol, mimeTypeFor, registerAppScheme, resolveAppPath } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';

vi.mock('electron', () => ({}));

const root = '/opt/complaint-desk/out/renderer';

describe('resolveAppPath', () => {
  it('maps app://renderer paths into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://renderer/index.html')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://renderer/assets/index-abc.js?v=1#x')).toBe(`${root}/assets/index-abc.js`);
    expect(resolveAppPath(root, 'app://renderer/fonts/%E5%AE%8B%E4%BD%93.ttf')).toBe(`${root}/fonts/宋体.ttf`);
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath(root, 'app://renderer/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://renderer')).toBe(`${root}/index.html`);
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'file:///opt/complaint-desk/out/renderer/index.html')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });

  const escapes = [
    'app://renderer/../main/index.js',
    'app://renderer/assets/../../main/index.js',
    'app://renderer/%2e%2e/main/index.js',
    'app://renderer/%2E%2E/%2E%2E/etc/passwd',
    'app://renderer/..%2f..%2fetc%2fpasswd',
    'app://renderer/assets/%2e%2e%2f%2e%2e%2fmain/index.js',
    'app://renderer/..%5c..%5cmain%5cindex.js',
    'app://renderer/assets\\..\\..\\main\\index.js',
    'app://renderer/C:/Windows/win.ini',
    'app://renderer/%00index.html',
    'app://renderer/%E0%A4%A',
  ];

  it.each(escapes)('never resolves outside the renderer folder: %s', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== null) expect(resolved.startsWith(`${root}/`), resolved).toBe(true);
  });

  it('refuses encoded dot-dot, encoded slashes and backslashes outright', () => {
    expect(resolveAppPath(root, 'app://renderer/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppPath(root, 'app://renderer/..%5c..%5cmain%5cindex.js')).toBeNull();
    expect(resolveAppPath(root, 'app://renderer/C:/Windows/win.ini')).toBeNull();
    expect(resolveAppPath(root, 'app://renderer/%00index.html')).toBeNull();
    expect(resolveAppPath(root, 'app://renderer/%E0%A4%A')).toBeNull();
  });

  it('keeps absolute-looking paths inside the folder', () => {
    expect(resolveAppPath(root, 'app://renderer//etc/passwd')).toBe(`${root}/etc/passwd`);
    expect(resolveAppPath(root, 'app://renderer/%2Fetc%2Fpasswd')).toBe(`${root}/etc/passwd`);
  });

  it('applies the same rules with Windows paths', () => {
    const winRoot = 'C:\\Program Files\\Complaint Desk\\resources\\app.asar\\out\\renderer';
    const win = nodePath.win32;
    expect(resolveAppPath(winRoot, 'app://renderer/assets/a.js', win)).toBe(`${winRoot}\\assets\\a.js`);
    expect(resolveAppPath(winRoot, 'app://renderer/..%5C..%5Cmain%5Cindex.js', win)).toBeNull();
    expect(resolveAppPath(winRoot, 'app://renderer/D:%5Csecret.txt', win)).toBeNull();
    expect(resolveAppPath(winRoot, 'app://renderer/%2e%2e/main/index.js', win)).not.toMatch(/\\out\\main\\/);
    expect(resolveAppPath(winRoot, 'app://renderer//server/share/x', win)).toBe(`${winRoot}\\server\\share\\x`);
  });
});

describe('mimeTypeFor', () => {
  it('knows the types a Vite build emits', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map<string, Uint8Array>([
    [`${root}/index.html`, new TextEncoder().encode('<!doctype html><title>x</title>')],
    [`${root}/assets/app.js`, new TextEncoder().encode('console.log(1)')],
  ]);
  const readFile = vi.fn(async (path: string) => {
    const data = files.get(path);
    if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return data;
  });
  const handler = createAppProtocolHandler({ rootDir: root, readFile });

  it('serves a file with its MIME type and the CSP header', async () => {
    const response = await handler(new Request('app://renderer/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and never reads outside the folder', async () => {
    readFile.mockClear();
    expect((await handler(new Request('app://renderer/missing.js'))).status).toBe(404);
    const escape = await handler(new Request('app://renderer/..%2f..%2fetc%2fpasswd'));
    expect(escape.status).toBe(404);
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(readFile).toHaveBeenCalledTimes(1);
    expect(readFile).toHaveBeenCalledWith(`${root}/missing.js`);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler(new Request('app://renderer/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await handler(new Request('app://renderer/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
  });
});

describe('scheme registration', () => {
  it('registers app: as a standard, secure, fetch-capable, streaming scheme', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });

  it('installs a handler for app:', () => {
    const protocol = { handle: vi.fn() };
    installAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
