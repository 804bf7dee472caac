// The sync folder as the main process offers it: the user picks the folder in
// our dialog and we remember it in a small JSON file in userData, so the
// renderer never names a folder, only bundle paths relative to it. We also
// remember which station (by id) this app writes for, and refuse writes to any
// other station's subfolder, so no file ever has two writers even if the
// renderer is confused.
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { SyncFolderInfo, SyncFolderListing } from '../../../src/platform/desktop-api';
import {
  DEFAULT_SYNC_FOLDER_LIMITS,
  SyncFolderAccessError,
  listBundleFiles,
  readBundleFile,
  writeOwnFile,
  type SyncFolderLimits,
} from './sync-folder';
import { watchSyncFolder, type WatchDeps } from './sync-folder-watch';

const choiceSchema = z.strictObject({
  version: z.literal(1),
  folder: z.string().min(1).max(4096),
  /** The station id part of the subfolder this app writes ("<code>-<id>"): the code may be renamed, the id never. */
  stationId: z.string().max(100).optional(),
});
export type SyncFolderChoice = z.infer<typeof choiceSchema>;

/** The remembered choice, or null when there is none or the file is not ours. */
export async function loadChoice(file: string): Promise<SyncFolderChoice | null> {
  try {
    const parsed = choiceSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveChoice(file: string, choice: SyncFolderChoice): Promise<void> {
  const temp = `${file}.tmp`;
  await writeFile(temp, JSON.stringify(choice));
  await rename(temp, file);
}

export interface SyncFolderServiceDeps {
  /** Where the choice is remembered (a JSON file in userData). */
  choiceFile: string;
  watch: WatchDeps;
  limits?: SyncFolderLimits;
}

export interface SyncFolderService {
  info(): Promise<SyncFolderInfo>;
  /** Asks with the given folder dialog (null: cancelled) and remembers the answer. */
  choose(pickFolder: () => Promise<string | null>): Promise<SyncFolderInfo>;
  list(): Promise<SyncFolderListing>;
  read(path: string): Promise<Uint8Array>;
  writeOwn(subfolder: string, name: string, data: Uint8Array): Promise<void>;
  /** Watching for one window (key); notify runs after each burst of changes. */
  watch(key: number, enabled: boolean, notify: () => void): Promise<boolean>;
  stopAll(): void;
}

export function createSyncFolderService(deps: SyncFolderServiceDeps): SyncFolderService {
  const limits = deps.limits ?? DEFAULT_SYNC_FOLDER_LIMITS;
  const watchers = new Map<number, () => void>();

  const requireFolder = async (): Promise<SyncFolderChoice> => {
    const choice = await loadChoice(deps.choiceFile);
    if (!choice) throw new SyncFolderAccessError('noFolder');
    return choice;
  };
  const stopWatching = (key: number) => {
    watchers.get(key)?.();
    watchers.delete(key);
  };

  return {
    async info() {
      return { path: (await loadChoice(deps.choiceFile))?.folder ?? null };
    },
    async choose(pickFolder) {
      const folder = await pickFolder();
      if (folder === null) return this.info();
      if (!(await stat(folder)).isDirectory()) throw new SyncFolderAccessError('noFolder');
      // A new folder may be another team's: which subfolder is ours is decided by the first write there.
      await saveChoice(deps.choiceFile, { version: 1, folder });
      for (const key of [...watchers.keys()]) stopWatching(key);
      return { path: folder };
    },
    async list() {
      const { folder } = await requireFolder();
      return { files: await listBundleFiles(folder, limits) };
    },
    async read(path) {
      const { folder } = await requireFolder();
      return readBundleFile(folder, path, limits);
    },
    async writeOwn(subfolder, name, data) {
      const choice = await requireFolder();
      const stationId = subfolder.slice(subfolder.indexOf('-') + 1);
      if (choice.stationId !== undefined && choice.stationId !== stationId) throw new SyncFolderAccessError('notOwnSubfolder');
      await writeOwnFile(choice.folder, subfolder, name, data);
      if (choice.stationId === undefined) await saveChoice(deps.choiceFile, { ...choice, stationId });
    },
    async watch(key, enabled, notify) {
      stopWatching(key);
      if (!enabled) return false;
      const { folder } = await requireFolder();
      watchers.set(key, watchSyncFolder(folder, notify, deps.watch));
      return true;
    },
    stopAll() {
      for (const key of [...watchers.keys()]) stopWatching(key);
    },
  };
}
