import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './security';
import { desktopChannels } from '../../src/platform/desktop-api';

// A fake Electron just large enough to run the entry module and watch what it wires.
const fake = vi.hoisted(() => {
  const order: string[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const windows: Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn>; listeners: Map<string, () => void> }> = [];
  class BrowserWindow {
    static getAllWindows = () => windows;
    static fromWebContents = () => null;
    listeners = new Map<string, () => void>();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    constructor(public options: Record<string, unknown>) {
      order.push('window');
      windows.push(this);
    }
    once(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
    on(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
  }
  const app = {
    isPackaged: true,
    on: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn(() => '/tmp'),
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => {
      order.push('whenReady');
      return ready;
    }),
  };
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemes')),
    handle: vi.fn(() => order.push('protocol.handle')),
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };
  return {
    order,
    windows,
    resolveReady: () => resolveReady(),
    module: {
      app,
      protocol,
      session,
      BrowserWindow,
      ipcMain: { handle: vi.fn() },
      dialog: {},
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    },
  };
});

vi.mock('electron', () => fake.module);

describe('main entry', () => {
  it('registers the app scheme before ready, then wires everything and opens one secure window', async () => {
    delete process.env['COMPLAINT_DESK_USER_DATA'];
    await import('./index');
    expect(fake.order.indexOf('registerSchemes')).toBeLessThan(fake.order.indexOf('whenReady'));
    expect(fake.module.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.module.app.enableSandbox).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);

    fake.resolveReady();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));

    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.module.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    // One handler per request channel of the contract, no more.
    expect(fake.module.ipcMain.handle).toHaveBeenCalledTimes(Object.keys(desktopChannels).length);
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
    const onEvents = fake.module.app.on.mock.calls.map((call) => call[0]);
    expect(onEvents).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']));

    const window = fake.windows[0];
    expect(window?.options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      title: '客诉台 Complaint Desk',
      show: false,
      // The fake app is packaged: no developer tools.
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false },
    });
    expect(String((window?.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[/\\]index\.js$/);
    expect(window?.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(window?.listeners.has('ready-to-show')).toBe(true);

    const handler = fake.module.protocol.handle.mock.calls[0] as unknown as [string, (request: Request) => Promise<Response>];
    const response = await handler[1](new Request('app://renderer/../../etc/passwd'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
