/**
 * The first-screen gate: work the first screen does not show (the total count,
 * the overdue badge, the needs-my-attention list and escalations, the
 * attachment clean-up, the scheduled backup) waits until the first rows are on
 * screen and the browser is idle. At 100,000 complaints each of these reads a
 * large part of the store, and IndexedDB served them ahead of the first page.
 *
 * The gate opens once per page load and stays open. Whatever page shows first
 * opens it (the tracking table when its first page is on screen, any other page
 * when it mounts), so nothing waits for a table that is not shown.
 */
import { useEffect, useState } from 'react';
import { markStart } from './start-marks';

/** How long the browser may stay busy before deferred work starts anyway (requestIdleCallback's timeout). */
const IDLE_TIMEOUT_MS = 500;

type Idle = (run: () => void) => void;

const defaultIdle: Idle = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
};

let shown = false;
let open = false;
let idle: Idle = defaultIdle;
let waiters: (() => void)[] = [];

/** Called when the first screen is on screen; the gate opens at the browser's next idle moment. */
export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  markStart('cd:first-rows');
  idle(() => {
    open = true;
    markStart('cd:first-screen-idle');
    const run = waiters;
    waiters = [];
    for (const w of run) w();
  });
}

export function isFirstScreenDone(): boolean {
  return open;
}

/**
 * Resolves once the gate is open. `orAfterMs` resolves this one wait anyway after
 * that long (the backup schedule also runs on a station left at its login screen);
 * it does not open the gate for anyone else.
 */
export function whenFirstScreenDone(orAfterMs?: number): Promise<void> {
  if (open) return Promise.resolve();
  return new Promise((resolve) => {
    waiters.push(resolve);
    if (orAfterMs !== undefined) setTimeout(resolve, orAfterMs);
  });
}

/** False until the first screen is up and the browser idle, then true for good. */
export function useFirstScreenDone(): boolean {
  const [done, setDone] = useState(open);
  useEffect(() => {
    if (done) return;
    let live = true;
    void whenFirstScreenDone().then(() => {
      if (live) setDone(true);
    });
    return () => {
      live = false;
    };
  }, [done]);
  return done;
}

/** Tests: a closed gate again, and an idle scheduler they control. */
export function resetFirstScreenForTests(scheduler: Idle = defaultIdle): void {
  shown = false;
  open = false;
  idle = scheduler;
  waiters = [];
}
