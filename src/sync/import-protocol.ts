/**
 * The messages between the page and the import worker (import.worker.ts,
 * import-client.ts). Errors cross as data: a SyncError keeps its code and
 * params, so the page shows the same localised message as an in-process import.
 */
import type { ImportPreview } from './import';
import type { ApplyRequest, OpenRequest } from './import-session';
import { SYNC_ERROR_CODES, SyncError, type SyncErrorCode } from './errors';
import type { SyncProgress } from './progress';

export type ToWorker =
  | { kind: 'open'; id: number; dbName: string; request: OpenRequest }
  | { kind: 'apply'; id: number; request: ApplyRequest }
  | { kind: 'cancel'; id: number };

export type SerializedError = { sync: true; code: SyncErrorCode; params: Record<string, string | number> } | { sync: false; name: string; message: string };

export type FromWorker =
  | { kind: 'progress'; id: number; progress: SyncProgress }
  | { kind: 'done'; id: number; preview: ImportPreview }
  | { kind: 'error'; id: number; error: SerializedError };

export function serializeError(e: unknown): SerializedError {
  if (e instanceof SyncError) return { sync: true, code: e.code, params: e.params };
  if (e instanceof Error) return { sync: false, name: e.name, message: e.message };
  return { sync: false, name: 'Error', message: String(e) };
}

export function deserializeError(e: SerializedError): Error {
  if (e.sync && (SYNC_ERROR_CODES as readonly string[]).includes(e.code)) return new SyncError(e.code, e.params);
  const error = new Error(e.sync ? e.code : e.message);
  error.name = e.sync ? 'Error' : e.name;
  return error;
}
