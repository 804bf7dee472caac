/**
 * The page's side of an import: the same steps as ImportSession (open → preview,
 * apply → result, cancel), run in the import worker where the platform has
 * workers, in-process where it has not (Node, the unit tests). One client is one
 * import; `close` ends its worker.
 *
 * After a worker import the page checks the audit chains (db/audit-verify.ts):
 * the administrators' banner listens for that report here, not in the worker.
 */
import type { AppDB } from '../db/app-db';
import { verifyAuditAfterImport } from '../db/audit-verify';
import type { Station } from '../db/repositories/station';
import type { ImportPreview } from './import';
import { ImportSession, type ApplyRequest, type OpenRequest } from './import-session';
import { deserializeError, type FromWorker, type ToWorker } from './import-protocol';
import type { OnSyncProgress } from './progress';

export interface ImportClient {
  /** Where it runs: 'worker' or 'in-process'. */
  readonly mode: 'worker' | 'in-process';
  open(request: OpenRequest, onProgress?: OnSyncProgress): Promise<ImportPreview>;
  apply(request: ApplyRequest, onProgress?: OnSyncProgress): Promise<ImportPreview>;
  /** Cancels the running step: it fails with SyncError('cancelled') and writes nothing. */
  cancel(): void;
  close(): void;
}

function inProcess(db: AppDB): ImportClient {
  const session = new ImportSession(db);
  let controller: AbortController | null = null;
  const step = <T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const c = new AbortController();
    controller = c;
    return work(c.signal).finally(() => {
      if (controller === c) controller = null;
    });
  };
  return {
    mode: 'in-process',
    open: (request, onProgress) => step((signal) => session.open(request, onProgress, signal)),
    apply: (request, onProgress) => step((signal) => session.apply(request, onProgress, signal)),
    cancel: () => controller?.abort(),
    close: () => session.close(),
  };
}

function inWorker(db: AppDB, station: Station | undefined): ImportClient {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  let next = 0;
  let current: number | null = null;
  const pending = new Map<number, { resolve: (p: ImportPreview) => void; reject: (e: Error) => void; onProgress?: OnSyncProgress }>();
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.kind === 'progress') return p.onProgress?.(msg.progress);
    pending.delete(msg.id);
    if (current === msg.id) current = null;
    if (msg.kind === 'done') p.resolve(msg.preview);
    else p.reject(deserializeError(msg.error));
  };
  // A worker that fails to load or dies rejects whatever waits on it.
  worker.onerror = (event) => {
    event.preventDefault();
    for (const p of pending.values()) p.reject(new Error(`import worker failed: ${event.message}`));
    pending.clear();
  };
  const send = (message: { kind: 'open'; dbName: string; request: OpenRequest } | { kind: 'apply'; request: ApplyRequest }, onProgress?: OnSyncProgress) =>
    new Promise<ImportPreview>((resolve, reject) => {
      const id = ++next;
      current = id;
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...message, id } as ToWorker);
    });
  return {
    mode: 'worker',
    open: (request, onProgress) => send({ kind: 'open', dbName: db.name, request }, onProgress),
    apply: async (request, onProgress) => {
      const done = await send({ kind: 'apply', request }, onProgress);
      if (station && done.newChanges > 0) void verifyAuditAfterImport(db, station, request.now ? new Date(request.now) : new Date()).catch((e: unknown) => console.warn('audit chain check after import failed', e));
      return done;
    },
    cancel: () => {
      if (current !== null) worker.postMessage({ kind: 'cancel', id: current } satisfies ToWorker);
    },
    close: () => worker.terminate(),
  };
}

/**
 * An import client over `db`: in the worker when the platform has module workers
 * (`inWorker: false` forces in-process), the station for the audit check after it.
 */
export function createImportClient(db: AppDB, opts: { station?: Station; inWorker?: boolean } = {}): ImportClient {
  const canWork = typeof Worker === 'function' && typeof window !== 'undefined';
  const client = canWork && opts.inWorker !== false ? inWorker(db, opts.station) : inProcess(db);
  // The times an import stamps (its plan's clock, its receipt) are the page's: a worker has its own clock.
  const stamped = <T extends { now?: string }>(request: T): T => ({ ...request, now: request.now ?? new Date().toISOString() });
  return {
    mode: client.mode,
    open: (request, onProgress) => client.open(stamped(request), onProgress),
    apply: (request, onProgress) => client.apply(stamped(request), onProgress),
    cancel: () => client.cancel(),
    close: () => client.close(),
  };
}
