// Watching the sync folder. A replication engine writes a bundle in bursts
// (temporary file, rename, metadata), so changes are debounced into one call.
// fs.watch's `recursive` is missing on some platforms and Node versions: there
// we watch the root and each station subfolder one level deep, re-scanning the
// subfolders whenever the root changes.
import type { WatchListener } from 'node:fs';
import { isIgnoredName } from './sync-folder';

/** What we use of an fs.FSWatcher. */
export interface FolderWatcher {
  close(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export type WatchFn = (path: string, options: { recursive: boolean }, listener: WatchListener<string>) => FolderWatcher;

export interface WatchDeps {
  watch: WatchFn;
  /** Subfolder paths to watch when recursive watching is missing. */
  listSubfolders(root: string): Promise<string[]>;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYNC_FOLDER_DEBOUNCE_MS = 1500;

/** Starts watching; `onChange` runs once per burst of changes. Returns the stop function. */
export function watchSyncFolder(root: string, onChange: () => void, deps: WatchDeps, debounceMs = SYNC_FOLDER_DEBOUNCE_MS): () => void {
  let timer: unknown = null;
  let stopped = false;
  const watchers = new Map<string, FolderWatcher>();

  const fire = () => {
    timer = null;
    if (!stopped) onChange();
  };
  const poke = (filename: string | null) => {
    // Our own and Syncthing's temporary files settle into a rename we hear anyway.
    const base = filename ? filename.split(/[\\/]/).pop() ?? filename : null;
    if (stopped || (base !== null && isIgnoredName(base))) return;
    if (timer !== null) deps.clearTimeout(timer);
    timer = deps.setTimeout(fire, debounceMs);
  };
  const add = (path: string, recursive: boolean, listener: WatchListener<string>) => {
    if (watchers.has(path)) return;
    const watcher = deps.watch(path, { recursive }, listener);
    // A watched folder that disappears errors instead of throwing: drop it quietly.
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(path);
    });
    watchers.set(path, watcher);
  };
  const rescan = async () => {
    try {
      for (const sub of await deps.listSubfolders(root)) if (!stopped) add(sub, false, (_event, filename) => poke(filename));
    } catch {
      // the root itself vanished; its own watcher reports the error
    }
  };

  try {
    add(root, true, (_event, filename) => poke(filename));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw e;
    add(root, false, (_event, filename) => {
      void rescan();
      poke(filename);
    });
    void rescan();
  }

  return () => {
    stopped = true;
    if (timer !== null) deps.clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}
