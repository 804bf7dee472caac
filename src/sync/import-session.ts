/**
 * One import from a file's bytes to its committed transaction: decode and
 * validate, preview, then (once the user confirmed) apply. The decoded bundle
 * stays here between preview and apply, so a large bundle is never copied back
 * and forth. This is the logic the import worker runs (import.worker.ts); where
 * there are no workers (Node, the unit tests) import-client.ts runs it in-process,
 * the same code either way.
 *
 * Cancelling aborts whatever step runs: decoding and planning stop at their next
 * progress report, the write transaction throws before it commits (import.ts),
 * so nothing is written; the error is SyncError('cancelled').
 */
import type { AppDB } from '../db/app-db';
import type { Actor } from '../db/repositories/write-record';
import { decodeBundle, type DecodedBundle } from './decode';
import { SyncError } from './errors';
import { applyImport, prepareImport, type ImportPreview, type PreparedImport } from './import';
import type { BundleLimits } from './limits';
import type { OnSyncProgress, SyncProgress } from './progress';

export interface OpenRequest {
  bytes: Uint8Array;
  passphrase?: string;
  /** The station protects its bundles with a passphrase: a plaintext bundle is refused. */
  requireEncrypted?: boolean;
  limits?: BundleLimits;
  /** The preview's time (ISO): the page's clock, not the worker's; now when absent. */
  now?: string;
}

export interface ApplyRequest {
  /** The administrator who confirmed the preview's deletions and closures, if it needed one. */
  confirmedBy?: Actor;
  /** The administrator who knowingly accepts a broken or rewritten audit chain (applyImport's acceptBrokenChainBy). */
  acceptBrokenChainBy?: Actor;
  /** The import's time (ISO); now when absent. */
  now?: string;
}

/** Of the preview's bar, the share decoding takes; planning the rest. */
const DECODE_SHARE = 0.9;
const BAR = 1000;

/** Progress that throws SyncError('cancelled') at the first report after the signal aborted. */
function guarded(onProgress: OnSyncProgress | undefined, signal: AbortSignal | undefined, map: (p: SyncProgress) => SyncProgress = (p) => p): OnSyncProgress {
  return (p) => {
    if (signal?.aborted) throw new SyncError('cancelled');
    onProgress?.(map(p));
  };
}

export class ImportSession {
  private bundle: DecodedBundle | null = null;
  private prepared: PreparedImport | null = null;

  /** `verifyAfter`: whether an apply checks the audit chains itself (in-process) or leaves it to the page (the worker). */
  constructor(private readonly db: AppDB, private readonly verifyAfter = true) {}

  /** Decodes and validates the bytes, then previews: phases unzipping…validating, then planning, on one bar. */
  async open(req: OpenRequest, onProgress?: OnSyncProgress, signal?: AbortSignal): Promise<ImportPreview> {
    this.close();
    const progress = guarded(onProgress, signal, (p) => ({ phase: p.phase, done: Math.round((p.done / Math.max(1, p.total)) * DECODE_SHARE * BAR), total: BAR }));
    const bundle = await decodeBundle(req.bytes, { passphrase: req.passphrase, requireEncrypted: req.requireEncrypted, limits: req.limits, onProgress: progress });
    if (signal?.aborted) throw new SyncError('cancelled');
    onProgress?.({ phase: 'planning', done: Math.round(DECODE_SHARE * BAR), total: BAR });
    const prepared = await prepareImport(this.db, bundle, req.now ? new Date(req.now) : new Date());
    if (signal?.aborted) throw new SyncError('cancelled');
    onProgress?.({ phase: 'planning', done: BAR, total: BAR });
    this.bundle = bundle;
    this.prepared = prepared;
    return prepared.preview;
  }

  /** Applies the bundle the last open decoded, in one transaction; cancelling before it commits writes nothing. */
  async apply(req: ApplyRequest, onProgress?: OnSyncProgress, signal?: AbortSignal): Promise<ImportPreview> {
    if (!this.bundle) throw new Error('import session: apply before open');
    const now = req.now ? new Date(req.now) : new Date();
    return await applyImport(this.db, this.bundle, now, {
      onProgress: guarded(onProgress, signal), confirmedBy: req.confirmedBy, acceptBrokenChainBy: req.acceptBrokenChainBy, signal, verifyAfter: this.verifyAfter, prepared: this.prepared ?? undefined,
    });
  }

  /** Drops the decoded bundle and its plan. */
  close(): void {
    this.bundle = null;
    this.prepared = null;
  }
}
