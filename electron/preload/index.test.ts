import { describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_GLOBAL, desktopChannels } from '../../src/platform/desktop-api';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true })), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload bridge', () => {
  it('exposes one method per contract channel, forwarding to the matching channel', async () => {
    await import('./index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(name).toBe(DESKTOP_API_GLOBAL);
    expect(Object.keys(api).sort()).toEqual(Object.keys(desktopChannels).sort());

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
});
