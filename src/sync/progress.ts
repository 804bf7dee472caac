/**
 * Progress of a long export or import, for a progress bar. A run declares its
 * phases with weights up front, so `total` is fixed for the whole run and
 * `done` only grows: the bar never jumps back when a phase starts.
 *
 * Reporting yields to the event loop (a macrotask) so the browser can repaint
 * between chunks of work. This is only possible outside a Dexie transaction
 * (awaiting a timer inside one would let it commit), so a transaction is always
 * a single step. Without a callback nothing is reported and nothing yields.
 */
export type SyncPhase =
  | 'reading' | 'attachments' | 'zipping' | 'encrypting'
  | 'decrypting' | 'unzipping' | 'hashing' | 'validating' | 'planning' | 'writing';

export interface SyncProgress {
  phase: SyncPhase;
  done: number;
  total: number;
}

export type OnSyncProgress = (progress: SyncProgress) => void;

const YIELD_EVERY_MS = 50;
const now = (): number => globalThis.performance?.now() ?? Date.now();

/** Lets the page repaint: a timer task, not a microtask. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class ProgressReporter {
  private readonly starts = new Map<SyncPhase, number>();
  private readonly weights: Partial<Record<SyncPhase, number>>;
  readonly total: number;
  private done = 0;
  private lastYield = now();
  private sinceYield = 0;

  constructor(
    private readonly onProgress: OnSyncProgress | undefined,
    phases: readonly (readonly [SyncPhase, number])[],
  ) {
    let at = 0;
    this.weights = {};
    for (const [phase, weight] of phases) {
      this.starts.set(phase, at);
      this.weights[phase] = weight;
      at += weight;
    }
    this.total = at;
  }

  /** `fraction` of `phase` is done (0…1). Phases missing from the plan are ignored. */
  async report(phase: SyncPhase, fraction: number): Promise<void> {
    if (!this.onProgress) return;
    const start = this.starts.get(phase);
    if (start === undefined) return;
    const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 1));
    this.done = Math.max(this.done, Math.round(start + f * (this.weights[phase] ?? 0)));
    this.onProgress({ phase, done: this.done, total: this.total });
    // A timer task per chunk is slow where timers are throttled (a hidden or minimised
    // window: about one a second), so yield only after ~50 ms of work or 20 reports.
    this.sinceYield += 1;
    if (now() - this.lastYield >= YIELD_EVERY_MS || this.sinceYield >= 20) {
      await yieldToUi();
      this.lastYield = now();
      this.sinceYield = 0;
    }
  }

  /** Like report, but never yields: for progress inside a transaction (see db/chunked-write). */
  note(phase: SyncPhase, fraction: number): void {
    if (!this.onProgress) return;
    const start = this.starts.get(phase);
    if (start === undefined) return;
    const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 1));
    this.done = Math.max(this.done, Math.round(start + f * (this.weights[phase] ?? 0)));
    this.onProgress({ phase, done: this.done, total: this.total });
  }

  /** Runs `work` over `items` in chunks, reporting `phase` after each chunk. */
  async chunked<T>(phase: SyncPhase, items: readonly T[], chunk: number, work: (item: T, index: number) => void | Promise<void>): Promise<void> {
    for (let i = 0; i < items.length; i++) {
      await work(items[i] as T, i);
      if ((i + 1) % chunk === 0 && i + 1 < items.length) await this.report(phase, (i + 1) / items.length);
    }
    await this.report(phase, 1);
  }

  /** The whole run is over: done = total, whatever phases were skipped. */
  finish(last: SyncPhase): void {
    if (!this.onProgress) return;
    this.done = this.total;
    this.onProgress({ phase: last, done: this.total, total: this.total });
  }
}
