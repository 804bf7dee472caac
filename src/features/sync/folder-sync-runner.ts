/**
 * The sync folder's runner, owned by the app rather than by the Sync page: with
 * auto-sync on, a change in the folder is synced whichever page is open, and the
 * choice is remembered on this computer. One sync at a time; a change that
 * arrives during a sync runs one more afterwards. The passphrase lives in this
 * module's memory only (never in settings, localStorage or the folder).
 */
import i18next from 'i18next';
import { getDb } from '../../db/db';
import { ensureStation } from '../../db/repositories/station';
import { getPlatform, type SyncFolderAccess } from '../../platform';
import { ImportBlocked, pullFromFolder, pushToFolder, type PullResult } from '../../sync/sync-folder';
import { createImportClient } from '../../sync/import-client';
import { backupBeforeImport } from '../backups/backup-runner';

export interface LastSync {
  at: string;
  pushed: string | null;
  pull: PullResult;
}

export interface FolderSyncState {
  busy: boolean;
  auto: boolean;
  last: LastSync | null;
  /** What went wrong in the last sync (translated by the card). */
  error: unknown;
}

const AUTO_KEY = 'complaintDesk.syncFolder.auto';

let state: FolderSyncState = { busy: false, auto: readAuto(), last: null, error: null };
let passphrase = '';
/** False while the passphrase is being typed (its two fields differ): syncs wait, so no bundle is written with half of it. */
let passphraseSettled = true;
/** A sync asked for while the passphrase was unsettled: it runs once the fields agree. */
let deferred: SyncFolderAccess | null = null;
let again = false;
let stopWatch: (() => void) | null = null;
const listeners = new Set<() => void>();

function readAuto(): boolean {
  try {
    return globalThis.localStorage?.getItem(AUTO_KEY) === '1';
  } catch {
    return false;
  }
}

function set(patch: Partial<FolderSyncState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

export function subscribeFolderSync(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function folderSyncState(): FolderSyncState {
  return state;
}

export function folderPassphrase(): string {
  return passphrase;
}

/**
 * `settled` is false while the user is still typing it (the two fields differ): the
 * previous passphrase is kept and every sync waits, even one the folder's watcher
 * asks for, because a bundle written with a mistyped passphrase stays unreadable for
 * every other station while this one's mark has already moved past its changes.
 */
export function setFolderPassphrase(value: string, settled = true): void {
  passphraseSettled = settled;
  if (!settled) return;
  passphrase = value;
  const waiting = deferred;
  deferred = null;
  if (waiting) void syncFolderNow(waiting);
}

/** Pushes this station's new changes, then imports the other stations' new bundles (after a backup). */
export async function syncFolderNow(folder: SyncFolderAccess | null = getPlatform().syncFolder): Promise<void> {
  if (!folder) return;
  if (!passphraseSettled) {
    deferred = folder;
    return;
  }
  if (state.busy) {
    again = true;
    return;
  }
  set({ busy: true });
  try {
    do {
      again = false;
      set({ error: null });
      try {
        const db = getDb();
        const station = await ensureStation(db);
        const pass = passphrase || undefined;
        const pushed = await pushToFolder(db, station, folder, { passphrase: pass });
        // Durability: a backup of everything before the first bundle is written; if it fails, nothing is imported.
        const beforeImport = async () => {
          const refused = await backupBeforeImport(i18next.t.bind(i18next));
          if (refused) throw new ImportBlocked(refused);
        };
        // Decoded and imported in the import worker, off the page's thread (sync/import-client).
        const pull = await pullFromFolder(db, station, folder, { passphrase: pass, beforeImport, importClient: (d) => createImportClient(d, { station }) });
        set({ last: { at: new Date().toISOString(), pushed, pull } });
      } catch (e) {
        set({ error: e });
      }
    } while (again);
  } finally {
    set({ busy: false });
  }
}

function watch(folder: SyncFolderAccess): void {
  stopWatch?.();
  stopWatch = folder.watch(() => void syncFolderNow(folder));
}

/** Turns auto-sync on or off and remembers it; on starts watching (the next change in the folder syncs). */
export async function setFolderAutoSync(on: boolean, folder: SyncFolderAccess | null = getPlatform().syncFolder): Promise<void> {
  try {
    globalThis.localStorage?.setItem(AUTO_KEY, on ? '1' : '0');
  } catch {
    // A browser without storage: the choice lasts for this session.
  }
  set({ auto: on });
  stopWatch?.();
  stopWatch = null;
  if (on && folder && (await folder.current())) watch(folder);
}

/** At start-up: resumes auto-sync when it was on and a folder is chosen. */
export async function startFolderAutoSync(folder: SyncFolderAccess | null = getPlatform().syncFolder): Promise<void> {
  if (!folder || !state.auto) return;
  if (!(await folder.current())) return;
  watch(folder);
  void syncFolderNow(folder);
}
