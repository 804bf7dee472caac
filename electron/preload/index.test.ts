import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_GLOBAL, desktopChannels, desktopEventChannels } from '../../src/platform/desktop-api';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true })), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload bridge', () => {
  it('exposes one method per contract channel, forwarding to the matching channel', async () => {
    await import('./index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(name).toBe(DESKTOP_API_GLOBAL);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(desktopChannels), ...Object.keys(desktopEventChannels)].sort());

    for (const [method, channel] of Object.entries(desktopChannels)) {
      const call = api[method] as (request: unknown) => Promise<unknown>;
      const request = { marker: method };
      await call(request);
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, request);
    }
  });

  it('never hands out ipcRenderer or its functions', () => {
    const [, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(value).not.toBe(electron.ipcRenderer.invoke);
      expect(value).not.toBe(electron.ipcRenderer.on);
    }
  });

  it('subscribes to each event without passing the IPC event on, and unsubscribes the same handler', () => {
    const [, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    for (const [method, channel] of Object.entries(desktopEventChannels)) {
      const listener = vi.fn();
      const unsubscribe = (api[method] as (l: () => void) => () => void)(listener);
      const [onChannel, handler] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, (...args: unknown[]) => void];
      expect(onChannel).toBe(channel);
      handler({ sender: electron.ipcRenderer }, 'payload');
      expect(listener).toHaveBeenCalledWith();
      unsubscribe();
      expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(channel, handler);
    }
  });
});
