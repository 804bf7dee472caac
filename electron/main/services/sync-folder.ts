// The sync folder on disk: a shared directory (network share, Syncthing folder)
// holding one subfolder per station. We list and read only files shaped like
// bundles ("<code>-<station id>/<code>-<date>-<time>-<seq>.ckd"), never follow a
// symlink, and write only into this station's subfolder, under a temporary name
// that is renamed into place, so a replicating peer never sees half a file.
// Plain Node: the root comes from the remembered choice, never from the renderer.
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, realpath } from 'node:fs/promises';
import { writeFileAtomically } from './atomic-write';
import nodePath from 'node:path';
import {
  MAX_SYNC_FOLDER_FILE_BYTES,
  SYNC_BUNDLE_NAME_PATTERN,
  SYNC_SUBFOLDER_PATTERN,
  isSyncBundlePath,
} from '../../../src/platform/desktop-api';

export interface SyncFolderLimits {
  /** Larger files are listed (so the renderer can say why it skips them) but never read. */
  maxFileBytes: number;
  /** Subfolders looked into; a folder with more is not ours to trawl. */
  maxSubfolders: number;
  /** Files listed in all. */
  maxFiles: number;
}

export const DEFAULT_SYNC_FOLDER_LIMITS: SyncFolderLimits = {
  maxFileBytes: MAX_SYNC_FOLDER_FILE_BYTES,
  maxSubfolders: 200,
  maxFiles: 10_000,
};

export type SyncFolderRefusal = 'badPath' | 'outsideRoot' | 'notAFile' | 'tooLarge' | 'notOwnSubfolder' | 'noFolder';

/** A refusal the IPC layer passes on by code; the renderer shows its own text. */
export class SyncFolderAccessError extends Error {
  constructor(readonly code: SyncFolderRefusal) {
    super(`sync folder: ${code}`);
    this.name = 'SyncFolderAccessError';
  }
}

/** Temporary files of ours, Syncthing's and office tools', and conflict copies: never bundles. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~') || name.endsWith('.tmp') || name.includes('.sync-conflict');
}

/** Every bundle-shaped file one subfolder below root, with its size. Symlinks and anything else are skipped. */
export async function listBundleFiles(root: string, limits: SyncFolderLimits = DEFAULT_SYNC_FOLDER_LIMITS): Promise<{ path: string; size: number }[]> {
  const files: { path: string; size: number }[] = [];
  const subfolders = (await readdir(root, { withFileTypes: true }))
    // Dirent types come from lstat: a symlinked folder is not a directory here.
    .filter((entry) => entry.isDirectory() && SYNC_SUBFOLDER_PATTERN.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .slice(0, limits.maxSubfolders);
  for (const subfolder of subfolders) {
    let entries;
    try {
      entries = await readdir(nodePath.join(root, subfolder), { withFileTypes: true });
    } catch {
      continue; // removed or unreadable meanwhile: the next listing will tell
    }
    for (const entry of entries) {
      if (!entry.isFile() || isIgnoredName(entry.name) || !SYNC_BUNDLE_NAME_PATTERN.test(entry.name)) continue;
      try {
        const info = await lstat(nodePath.join(root, subfolder, entry.name));
        if (info.isFile()) files.push({ path: `${subfolder}/${entry.name}`, size: info.size });
      } catch {
        continue;
      }
      if (files.length >= limits.maxFiles) return files;
    }
  }
  return files;
}

/** Resolves a relative bundle path strictly inside root, or throws. */
export async function resolveInside(root: string, relative: string): Promise<string> {
  if (!isSyncBundlePath(relative)) throw new SyncFolderAccessError('badPath');
  const [subfolder = '', name = ''] = relative.split('/');
  const realRoot = await realpath(root);
  const dir = nodePath.join(realRoot, subfolder);
  await assertRealDirectoryInside(realRoot, dir);
  const file = nodePath.join(dir, name);
  if (nodePath.dirname(file) !== dir) throw new SyncFolderAccessError('outsideRoot');
  return file;
}

async function assertRealDirectoryInside(realRoot: string, dir: string): Promise<void> {
  const info = await lstat(dir);
  if (info.isSymbolicLink() || !info.isDirectory()) throw new SyncFolderAccessError('outsideRoot');
  // A parent replaced by a link between the checks would still be caught here.
  const real = await realpath(dir);
  if (nodePath.dirname(real) !== realRoot) throw new SyncFolderAccessError('outsideRoot');
}

/** Reads one bundle after checking its path, refusing symlinks and files over the cap. */
export async function readBundleFile(root: string, relative: string, limits: SyncFolderLimits = DEFAULT_SYNC_FOLDER_LIMITS): Promise<Uint8Array> {
  const file = await resolveInside(root, relative);
  const info = await lstat(file);
  if (info.isSymbolicLink() || !info.isFile()) throw new SyncFolderAccessError('notAFile');
  if (info.size > limits.maxFileBytes) throw new SyncFolderAccessError('tooLarge');
  // O_NOFOLLOW (where the platform has it) closes the gap between lstat and open.
  const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new SyncFolderAccessError('notAFile');
    if (opened.size > limits.maxFileBytes) throw new SyncFolderAccessError('tooLarge');
    const data = new Uint8Array(opened.size);
    let offset = 0;
    while (offset < data.length) {
      const { bytesRead } = await handle.read(data, offset, data.length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    // A file that shrank while reading reads as truncated: the import says so.
    return offset === data.length ? data : data.slice(0, offset);
  } finally {
    await handle.close();
  }
}

/** Writes into root/subfolder under a temporary name, then renames it into place. */
export async function writeOwnFile(root: string, subfolder: string, name: string, data: Uint8Array): Promise<void> {
  if (!SYNC_SUBFOLDER_PATTERN.test(subfolder) || !SYNC_BUNDLE_NAME_PATTERN.test(name)) throw new SyncFolderAccessError('badPath');
  const realRoot = await realpath(root);
  const dir = nodePath.join(realRoot, subfolder);
  try {
    await mkdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  await assertRealDirectoryInside(realRoot, dir);
  await writeFileAtomically(nodePath.join(dir, name), data);
}
