/**
 * The sync folder: a shared directory (network share, Syncthing/OneDrive folder)
 * where each station writes its own bundles into its own subfolder and imports
 * the other stations' bundles. One writer per file, so a replicating folder never
 * sees two writers on one path. The folder itself is injected (the Electron shell
 * implements it with fs + a watcher; tests use an in-memory one); its paths are
 * only compared with a strict pattern here, never joined or opened by us.
 */
import type { AppDB } from '../db/app-db';
import type { Station } from '../db/repositories/station';
import { SyncError, type SyncErrorCode } from './errors';
import { markExported, partFileName, prepareExport } from './export';
import { createImportClient, type ImportClient } from './import-client';
import { DEFAULT_LIMITS, type BundleLimits } from './limits';

export interface SyncFolder {
  /** Every file below the folder, as "subfolder/name" relative paths. */
  list(): Promise<{ path: string; size: number }[]>;
  read(path: string): Promise<Uint8Array>;
  /** Writes into this station's own subfolder only, atomically (temporary name, then rename). */
  writeOwn(subfolder: string, name: string, bytes: Uint8Array): Promise<void>;
}

export const FOLDER_DESTINATION = 'folder';
const SEEN_KEY = 'sync.folderSeen';
/**
 * "<code>-<station id>/<code>-<yyyymmdd>-<hhmmss>-<seq>.ckd", or "…-<seq>-<k>of<n>.ckd" for the
 * parts of a large push; temporary and .sync-conflict files never match.
 */
const BUNDLE_PATH = /^([A-Z][A-Z0-9]{1,5})-([A-Za-z0-9_-]{10,64})\/[A-Z][A-Z0-9]{1,5}-\d{8}-\d{6}-\d+(?:-\d+of\d+)?\.ckd$/;

/**
 * Refusals that are read again at the next pull: a file still being replicated, one that needs
 * the passphrase entered later, one from a station an administrator has yet to enrol (or
 * enrol again with its new key).
 */
const RETRY_CODES: ReadonlySet<SyncErrorCode> = new Set(['truncated', 'passphraseRequired', 'wrongPassphrase', 'stationNotEnrolled', 'stationKeyChanged']);

export function ownSubfolder(station: Pick<Station, 'code' | 'id'>): string {
  return `${station.code}-${station.id}`;
}

/**
 * Writes what changed since the last push into this station's subfolder, as one
 * file or, when its attachments are large, as several parts. The mark moves only
 * after every part is written. Returns the file names, or null when nothing changed.
 */
export async function pushToFolder(
  db: AppDB,
  station: Station,
  folder: SyncFolder,
  opts: { passphrase?: string; now?: Date; partBytes?: number } = {},
): Promise<string | null> {
  const job = await prepareExport(db, { destination: FOLDER_DESTINATION, mode: 'since', passphrase: opts.passphrase, now: opts.now, partBytes: opts.partBytes });
  if (job.changes === 0 && job.attachments === 0) return null;
  const names: string[] = [];
  for (let k = 1; k <= job.parts; k++) {
    const part = await job.build(k);
    const name = partFileName(`${job.baseName}-${job.toSeq}`, k, job.parts);
    await folder.writeOwn(ownSubfolder(station), name, part.bytes);
    names.push(name);
  }
  await markExported(db, FOLDER_DESTINATION, job.toSeq);
  return names.join(', ');
}

export interface PullResult {
  imported: { path: string; changes: number; conflicts: number }[];
  /** With the refusal's parameters (e.g. an unenrolled station's code, name and fingerprint) for its message. */
  refused: { path: string; code: SyncErrorCode; params?: Record<string, string | number> }[];
  unchanged: number;
}

/** Thrown by a `beforeImport` hook that forbids importing (e.g. the backup before it failed): the pull stops, nothing is imported. */
export class ImportBlocked extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportBlocked';
  }
}

/**
 * Imports the other stations' bundles not seen yet. A refusal of one file does not stop the others.
 * `beforeImport` runs once, before the first bundle that passed validation is written (the backup).
 */
export async function pullFromFolder(
  db: AppDB,
  station: Station,
  folder: SyncFolder,
  opts: {
    passphrase?: string;
    limits?: BundleLimits;
    beforeImport?: () => Promise<void>;
    /** Where the bundles are decoded and imported (the page passes its worker client); in-process by default. */
    importClient?: (db: AppDB) => ImportClient;
  } = {},
): Promise<PullResult> {
  let prepared = false;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const seen = { ...(((await db.settings.get(SEEN_KEY))?.value as Record<string, number> | undefined) ?? {}) };
  const result: PullResult = { imported: [], refused: [], unchanged: 0 };
  const files = (await folder.list()).filter((f) => {
    const m = BUNDLE_PATH.exec(f.path);
    return m && m[2] !== station.id;
  });
  // One import session for the whole pull (one worker, not one per file): each file is opened, then applied.
  const importer = (opts.importClient ?? ((d: AppDB) => createImportClient(d, { station, inWorker: false })))(db);
  try {
    for (const file of files.sort((a, b) => (a.path < b.path ? -1 : 1))) {
      if (seen[file.path] === file.size) {
        result.unchanged += 1;
        continue;
      }
      try {
        if (file.size > limits.maxFileBytes) throw new SyncError('fileTooLarge', { max: limits.maxFileBytes });
        // A file of a station not enrolled here is refused by the open (checkStationTrust) before the backup runs for it.
        await importer.open({ bytes: await folder.read(file.path), passphrase: opts.passphrase, limits, requireEncrypted: Boolean(opts.passphrase) });
        if (!prepared) {
          await opts.beforeImport?.();
          prepared = true;
        }
        const done = await importer.apply({});
        // A later part of a large push carries files only: new files count as imported too.
        if (done.newChanges > 0 || done.attachmentsNew > 0) result.imported.push({ path: file.path, changes: done.newChanges, conflicts: done.conflicts });
        else result.unchanged += 1;
        seen[file.path] = file.size;
      } catch (e) {
        if (e instanceof ImportBlocked) throw e;
        const code: SyncErrorCode = e instanceof SyncError ? e.code : 'corruptZip';
        result.refused.push({ path: file.path, code, ...(e instanceof SyncError && Object.keys(e.params).length > 0 ? { params: e.params } : {}) });
        // Try again next time: a file still being replicated (truncated), one that needs the
        // passphrase entered later, or one the folder could not hand over (I/O, not a SyncError).
        if (e instanceof SyncError && !RETRY_CODES.has(code)) seen[file.path] = file.size;
      }
    }
  } finally {
    importer.close();
  }
  await db.settings.put({ key: SEEN_KEY, value: seen });
  return result;
}
