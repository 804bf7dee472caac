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
} as const satisfies Record<keyof DesktopApi, string>;
export type DesktopChannels = typeof desktopChannels;

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

/** What the preload exposes as `window.complaintDesk`. */
export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(request: OpenFilesRequest): Promise<OpenFilesResult>;
  print(request: PrintRequest): Promise<PrintResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
}

/** Request schema per channel, so main cannot register a handler without one. */
export const desktopRequestSchemas = {
  saveFile: saveFileRequestSchema,
  openFiles: openFilesRequestSchema,
  print: printRequestSchema,
  printToPdf: printToPdfRequestSchema,
} as const satisfies Record<keyof DesktopApi, z.ZodType>;
