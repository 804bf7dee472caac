// The one contract between the renderer, the preload bridge and the main process.
// Main parses every request with these schemas before acting: the renderer is
// treated as untrusted input. Kept free of DOM and Node imports so both
// tsconfigs compile it. The sandboxed preload imports only types from here (a
// sandboxed preload cannot require zod) and repeats the channel names, typed
// as DesktopChannels so a rename here fails its typecheck.
import { z } from 'zod';

export const desktopChannels = {
  saveFile: 'complaint-desk:save-file',
  openFiles: 'complaint-desk:open-files',
  print: 'complaint-desk:print',
  printToPdf: 'complaint-desk:print-to-pdf',
  syncFolderInfo: 'complaint-desk:sync-folder-info',
  syncFolderChoose: 'complaint-desk:sync-folder-choose',
  syncFolderList: 'complaint-desk:sync-folder-list',
  syncFolderRead: 'complaint-desk:sync-folder-read',
  syncFolderWriteOwn: 'complaint-desk:sync-folder-write-own',
  syncFolderWatch: 'complaint-desk:sync-folder-watch',
  writeBackup: 'complaint-desk:write-backup',
  listBackups: 'complaint-desk:list-backups',
  readBackup: 'complaint-desk:read-backup',
  listBackupAttachments: 'complaint-desk:list-backup-attachments',
  writeBackupAttachment: 'complaint-desk:write-backup-attachment',
  readBackupAttachment: 'complaint-desk:read-backup-attachment',
} as const satisfies Record<DesktopInvokeMethod, string>;
export type DesktopChannels = typeof desktopChannels;

/** Main → renderer notifications; the preload turns each into a subscribe method returning its unsubscribe. */
export const desktopEventChannels = {
  onSyncFolderChanged: 'complaint-desk:sync-folder-changed',
} as const satisfies Record<keyof DesktopEvents, string>;
export type DesktopEventChannels = typeof desktopEventChannels;

/** The global name the preload bridge is exposed under (`window.complaintDesk`). */
export const DESKTOP_API_GLOBAL = 'complaintDesk';
export type DesktopApiGlobal = typeof DESKTOP_API_GLOBAL;

export const MAX_TRANSFER_BYTES = 200 * 1024 * 1024;

// z.custom rather than z.instanceof: the latter narrows to Uint8Array<ArrayBuffer>,
// which Node Buffers and views over shared memory do not satisfy.
const uint8Array = () => z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'expected a Uint8Array' });

const bytes = uint8Array()
  .refine((data) => data.byteLength <= MAX_TRANSFER_BYTES, { message: 'data is larger than 200 MB' });

/** A bare file name: the save dialog picks the folder, never the renderer. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name), { message: 'file name must not contain path separators' })
  .refine((name) => name !== '.' && name !== '..', { message: 'file name must not be . or ..' });

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/)).min(1).max(30),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

const filters = z.array(fileFilterSchema).max(20).optional();

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  data: bytes,
  filters,
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.strictObject({
  saved: z.boolean(),
  path: z.string().optional(),
});
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

export const openFilesRequestSchema = z.strictObject({
  filters,
  multiple: z.boolean().optional(),
  maxBytes: z.number().int().positive().max(MAX_TRANSFER_BYTES),
});
export type OpenFilesRequest = z.infer<typeof openFilesRequestSchema>;

export const openedFileSchema = z.strictObject({
  name: z.string(),
  data: uint8Array(),
  size: z.number().int().nonnegative(),
});
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const openFilesResultSchema = z.strictObject({
  files: z.array(openedFileSchema),
  /** Names of chosen files over maxBytes: refused unread. */
  tooLarge: z.array(z.string()),
});
export type OpenFilesResult = z.infer<typeof openFilesResultSchema>;

export const printRequestSchema = z.strictObject({});
export type PrintRequest = z.infer<typeof printRequestSchema>;

export const printResultSchema = z.strictObject({ ok: z.boolean() });
export type PrintResult = z.infer<typeof printResultSchema>;

export const pageSizeSchema = z.enum(['A4', 'A5']);
export type PageSize = z.infer<typeof pageSizeSchema>;

export const printToPdfRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  pageSize: pageSizeSchema,
  landscape: z.boolean(),
});
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

/** A backup's file name: station code, local time, an optional counter; nothing else is ever read from the folder. */
export const BACKUP_NAME = /^[A-Z][A-Z0-9]{1,5}-\d{8}-\d{6}(?:-\d{1,3})?\.ckb$/;

export const backupReasonSchema = z.enum(['scheduled', 'manual', 'beforeImport']);
export type BackupReason = z.infer<typeof backupReasonSchema>;

export const writeBackupRequestSchema = z.strictObject({
  stationCode: z.string().regex(/^[A-Z][A-Z0-9]{1,5}$/),
  data: bytes,
  reason: backupReasonSchema,
  /** The attachments (SHA-256) this backup needs from the store beside it: the store keeps them while the backup is kept. */
  attachments: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1_000_000).optional(),
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

export interface BackupInfo {
  name: string;
  size: number;
  /** ISO time the file was written. */
  createdAt: string;
}

/** A full disk is an answer, not an exception: the renderer shows the figures. */
export type WriteBackupResult =
  | { ok: true; backup: BackupInfo }
  | { ok: false; reason: 'diskFull'; freeBytes: number; requiredBytes: number };

export const listBackupsRequestSchema = z.strictObject({});
export type ListBackupsRequest = z.infer<typeof listBackupsRequestSchema>;
export interface ListBackupsResult {
  folder: string;
  backups: BackupInfo[];
}

export const readBackupRequestSchema = z.strictObject({ name: z.string().regex(BACKUP_NAME) });
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>;
export interface ReadBackupResult {
  data: Uint8Array;
}

// Attachments of backups live once each, by their SHA-256, beside the backups
// (backups/attachments/<sha256>): a backup file holds the tables only, so the
// 4-hourly backups of a database full of videos neither rewrite every video
// nor outgrow what one IPC call may carry. Photos and videos never change, so
// a file of a given hash, once written and checked, serves every backup.
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export const listBackupAttachmentsRequestSchema = z.strictObject({});
export type ListBackupAttachmentsRequest = z.infer<typeof listBackupAttachmentsRequestSchema>;
export interface ListBackupAttachmentsResult {
  sha256: string[];
}

/** Main hashes `data` itself and refuses it unless it is the file `sha256` names. */
export const writeBackupAttachmentRequestSchema = z.strictObject({ sha256: z.string().regex(SHA256_PATTERN), data: bytes });
export type WriteBackupAttachmentRequest = z.infer<typeof writeBackupAttachmentRequestSchema>;
export type WriteBackupAttachmentResult =
  | { ok: true }
  | { ok: false; reason: 'diskFull'; freeBytes: number; requiredBytes: number };

export const readBackupAttachmentRequestSchema = z.strictObject({ sha256: z.string().regex(SHA256_PATTERN) });
export type ReadBackupAttachmentRequest = z.infer<typeof readBackupAttachmentRequestSchema>;

// The sync folder. The main process remembers the folder the user picked in its
// dialog; the renderer never names a folder, only paths relative to it, and
// those only in the shapes the sync folder holds (see src/sync/sync-folder.ts).
/** A station's own subfolder: "<station code>-<station id>". */
export const SYNC_SUBFOLDER_PATTERN = /^[A-Z][A-Z0-9]{1,5}-[A-Za-z0-9_-]{10,64}$/;
/** A bundle file name: "<code>-<yyyymmdd>-<hhmmss>-<seq>.ckd", or "…-<seq>-<k>of<n>.ckd" for a part of a large push. */
export const SYNC_BUNDLE_NAME_PATTERN = /^[A-Z][A-Z0-9]{1,5}-\d{8}-\d{6}-\d{1,12}(?:-\d{1,4}of\d{1,4})?\.ckd$/;
/** The largest bundle the folder hands over (the import refuses larger ones before reading anyway). */
export const MAX_SYNC_FOLDER_FILE_BYTES = MAX_TRANSFER_BYTES;

export function isSyncBundlePath(path: string): boolean {
  const [subfolder, name, ...rest] = path.split('/');
  return rest.length === 0 && subfolder !== undefined && name !== undefined && SYNC_SUBFOLDER_PATTERN.test(subfolder) && SYNC_BUNDLE_NAME_PATTERN.test(name);
}

export const syncBundlePathSchema = z.string().max(200).refine(isSyncBundlePath, { message: 'not a sync bundle path' });
export const syncSubfolderSchema = z.string().regex(SYNC_SUBFOLDER_PATTERN);
export const syncBundleNameSchema = z.string().regex(SYNC_BUNDLE_NAME_PATTERN);

export const syncFolderInfoRequestSchema = z.strictObject({});
export type SyncFolderInfoRequest = z.infer<typeof syncFolderInfoRequestSchema>;
export const syncFolderChooseRequestSchema = z.strictObject({});
export type SyncFolderChooseRequest = z.infer<typeof syncFolderChooseRequestSchema>;
/** The chosen folder, for display only (null: none chosen yet). */
export interface SyncFolderInfo {
  path: string | null;
}

export const syncFolderListRequestSchema = z.strictObject({});
export type SyncFolderListRequest = z.infer<typeof syncFolderListRequestSchema>;
export interface SyncFolderListing {
  files: { path: string; size: number }[];
}

export const syncFolderReadRequestSchema = z.strictObject({ path: syncBundlePathSchema });
export type SyncFolderReadRequest = z.infer<typeof syncFolderReadRequestSchema>;
export interface SyncFolderReadResult {
  data: Uint8Array;
}

export const syncFolderWriteOwnRequestSchema = z.strictObject({
  subfolder: syncSubfolderSchema,
  name: syncBundleNameSchema,
  data: bytes,
});
export type SyncFolderWriteOwnRequest = z.infer<typeof syncFolderWriteOwnRequestSchema>;
export interface SyncFolderWriteResult {
  written: boolean;
}

/** Start (true) or stop (false) watching the chosen folder for the calling window. */
export const syncFolderWatchRequestSchema = z.strictObject({ enabled: z.boolean() });
export type SyncFolderWatchRequest = z.infer<typeof syncFolderWatchRequestSchema>;
export interface SyncFolderWatchResult {
  watching: boolean;
}

/** Subscriptions to main → renderer events, each returning its unsubscribe. The listener gets no arguments: no IPC event object crosses the bridge. */
export interface DesktopEvents {
  onSyncFolderChanged(listener: () => void): () => void;
}

/** The request/response methods: everything but the event subscriptions. */
export type DesktopInvokeMethod = Exclude<keyof DesktopApi, keyof DesktopEvents>;

/** What the preload exposes as `window.complaintDesk`. */
export interface DesktopApi extends DesktopEvents {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(request: OpenFilesRequest): Promise<OpenFilesResult>;
  print(request: PrintRequest): Promise<PrintResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  syncFolderInfo(request: SyncFolderInfoRequest): Promise<SyncFolderInfo>;
  syncFolderChoose(request: SyncFolderChooseRequest): Promise<SyncFolderInfo>;
  syncFolderList(request: SyncFolderListRequest): Promise<SyncFolderListing>;
  syncFolderRead(request: SyncFolderReadRequest): Promise<SyncFolderReadResult>;
  syncFolderWriteOwn(request: SyncFolderWriteOwnRequest): Promise<SyncFolderWriteResult>;
  syncFolderWatch(request: SyncFolderWatchRequest): Promise<SyncFolderWatchResult>;
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  listBackups(request: ListBackupsRequest): Promise<ListBackupsResult>;
  readBackup(request: ReadBackupRequest): Promise<ReadBackupResult>;
  listBackupAttachments(request: ListBackupAttachmentsRequest): Promise<ListBackupAttachmentsResult>;
  writeBackupAttachment(request: WriteBackupAttachmentRequest): Promise<WriteBackupAttachmentResult>;
  readBackupAttachment(request: ReadBackupAttachmentRequest): Promise<ReadBackupResult>;
}

/** Request schema per channel, so main cannot register a handler without one. */
export const desktopRequestSchemas = {
  saveFile: saveFileRequestSchema,
  openFiles: openFilesRequestSchema,
  print: printRequestSchema,
  printToPdf: printToPdfRequestSchema,
  syncFolderInfo: syncFolderInfoRequestSchema,
  syncFolderChoose: syncFolderChooseRequestSchema,
  syncFolderList: syncFolderListRequestSchema,
  syncFolderRead: syncFolderReadRequestSchema,
  syncFolderWriteOwn: syncFolderWriteOwnRequestSchema,
  syncFolderWatch: syncFolderWatchRequestSchema,
  writeBackup: writeBackupRequestSchema,
  listBackups: listBackupsRequestSchema,
  readBackup: readBackupRequestSchema,
  listBackupAttachments: listBackupAttachmentsRequestSchema,
  writeBackupAttachment: writeBackupAttachmentRequestSchema,
  readBackupAttachment: readBackupAttachmentRequestSchema,
} as const satisfies Record<DesktopInvokeMethod, z.ZodType>;
