import { EventEmitter } from 'node:events';
import type { WatchListener } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { watchSyncFolder, type WatchDeps } from './sync-folder-watch';

/** fs.watch stand-in: records each watcher so a test can fire its events. */
function fakeWatch(recursiveSupported: boolean) {
  const watchers: { path: string; recursive: boolean; listener: WatchListener<string>; closed: boolean; emitter: EventEmitter }[] = [];
  const watch: WatchDeps['watch'] = (path, { recursive }, listener) => {
    if (recursive && !recursiveSupported) {
      throw Object.assign(new TypeError('recursive not supported'), { code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' });
    }
    const emitter = new EventEmitter();
    const entry = { path, recursive, listener, closed: false, emitter };
    watchers.push(entry);
    return {
      close: () => {
        entry.closed = true;
      },
      on: (event: string, fn: (error: Error) => void) => emitter.on(event, fn),
    };
  };
  return { watch, watchers };
}

/** Timers driven by hand: no real waiting, no timing assertions. */
function manualTimers() {
  let next = 1;
  const pending = new Map<number, () => void>();
  return {
    setTimeout: (callback: () => void) => {
      const id = next++;
      pending.set(id, callback);
      return id;
    },
    clearTimeout: (id: unknown) => {
      pending.delete(id as number);
    },
    flush() {
      const callbacks = [...pending.values()];
      pending.clear();
      for (const callback of callbacks) callback();
    },
    pendingCount: () => pending.size,
  };
}

function setup(recursiveSupported: boolean, subfolders: string[] = []) {
  const fs = fakeWatch(recursiveSupported);
  const timers = manualTimers();
  const onChange = vi.fn();
  const deps: WatchDeps = { watch: fs.watch, listSubfolders: vi.fn(async () => subfolders), setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout };
  const stop = watchSyncFolder('/share', onChange, deps, 1000);
  return { ...fs, timers, onChange, stop, deps };
}

describe('sync folder watcher', () => {
  it('turns a burst of events into one notification', () => {
    const { watchers, timers, onChange } = setup(true);
    expect(watchers.map((w) => [w.path, w.recursive])).toEqual([['/share', true]]);
    const listener = watchers[0]!.listener;
    listener('rename', 'WH1-01JD0000000000000000000002/WH1-20261125-110000-3.ckd');
    listener('change', 'WH1-01JD0000000000000000000002/WH1-20261125-110000-3.ckd');
    listener('change', 'WH1-01JD0000000000000000000002');
    expect(timers.pendingCount()).toBe(1);
    expect(onChange).not.toHaveBeenCalled();
    timers.flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    listener('rename', null as unknown as string);
    timers.flush();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores temporary and conflict files', () => {
    const { watchers, timers, onChange } = setup(true);
    const listener = watchers[0]!.listener;
    listener('rename', 'QA1-01JD0000000000000000000001/.QA1-20261125-100000-7.ckd.abc.tmp');
    listener('change', 'WH1-01JD0000000000000000000002\\~syncthing~WH1-20261125-110000-3.ckd.tmp');
    listener('rename', 'WH1-01JD0000000000000000000002/WH1-20261125-110000-3.ckd.sync-conflict-20261125-1');
    expect(timers.pendingCount()).toBe(0);
    timers.flush();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('falls back to the root and each subfolder where recursive watching is missing', async () => {
    const { watchers, timers, onChange, deps } = setup(false, ['/share/WH1-01JD0000000000000000000002']);
    await vi.waitFor(() => expect(watchers.map((w) => [w.path, w.recursive])).toEqual([
      ['/share', false],
      ['/share/WH1-01JD0000000000000000000002', false],
    ]));
    watchers[1]!.listener('rename', 'WH1-20261125-110000-3.ckd');
    timers.flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    // A new station's subfolder appears: the root's event re-scans and watches it too.
    vi.mocked(deps.listSubfolders).mockResolvedValue(['/share/WH1-01JD0000000000000000000002', '/share/MK1-01JD0000000000000000000003']);
    watchers[0]!.listener('rename', 'MK1-01JD0000000000000000000003');
    await vi.waitFor(() => expect(watchers.map((w) => w.path)).toContain('/share/MK1-01JD0000000000000000000003'));
    expect(watchers.filter((w) => w.path === '/share/WH1-01JD0000000000000000000002')).toHaveLength(1);
  });

  it('closes every watcher and drops a pending notification when stopped', () => {
    const { watchers, timers, onChange, stop } = setup(true);
    watchers[0]!.listener('rename', 'WH1-01JD0000000000000000000002/WH1-20261125-110000-3.ckd');
    stop();
    timers.flush();
    expect(onChange).not.toHaveBeenCalled();
    expect(watchers.every((w) => w.closed)).toBe(true);
  });

  it('rethrows watch errors other than a missing recursive mode', () => {
    const deps: WatchDeps = {
      watch: () => {
        throw Object.assign(new Error('no such folder'), { code: 'ENOENT' });
      },
      listSubfolders: async () => [],
      setTimeout: () => 0,
      clearTimeout: () => undefined,
    };
    expect(() => watchSyncFolder('/gone', () => undefined, deps)).toThrow(/no such folder/);
  });
});
