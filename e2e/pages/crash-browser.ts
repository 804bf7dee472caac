/**
 * For the crash test: Debian's Chromium started by us (not by Playwright) on a
 * given profile directory, so it can be killed for real — SIGKILL to its whole
 * process group, no shutdown, no flush — and started again on the same profile.
 * Playwright attaches over CDP. Also: a fingerprint of the app's IndexedDB read
 * with the raw API from a blank page of the app's origin (no app code runs, so
 * reading cannot write anything).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN',
  '--window-size=1280,800', '--remote-debugging-port=0',
  // As Playwright's own launches: timers of a page nobody looks at are not throttled.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
];
/** Served by a route, not by the app: a page of the origin with no script. */
export const BLANK_PATH = 'crash-test-blank.html';

export interface RunningBrowser {
  browser: Browser;
  context: BrowserContext;
  /** A real crash: SIGKILL to Chromium and all its children; resolves once it is gone. */
  kill: () => Promise<void>;
  /** An orderly shutdown (SIGTERM: Chromium closes its profile cleanly). */
  close: () => Promise<void>;
}

function exited(proc: ChildProcess): Promise<void> {
  return proc.exitCode !== null || proc.signalCode !== null ? Promise.resolve() : new Promise((r) => proc.once('exit', () => r()));
}

export async function launchOnProfile(profile: string, baseURL: string): Promise<RunningBrowser> {
  // A killed (or copied) profile keeps Chromium's singleton lock; its process is gone, so it is stale.
  for (const f of ['SingletonLock', 'SingletonCookie', 'SingletonSocket']) rmSync(join(profile, f), { force: true });
  // Its own process group (detached), so one signal reaches the renderer and the other children too.
  const proc = spawn(CHROMIUM, [...ARGS, `--user-data-dir=${profile}`, 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const ws = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${log.slice(-2000)}`)), 60_000);
    // Keep reading stderr for the whole life of the process: a full pipe would block Chromium.
    proc.stderr?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-20_000);
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${log.slice(-2000)}`)));
  });
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0] as BrowserContext;
  // A context reached over CDP has no action or navigation timeout: a stall must fail with a message, not hang.
  context.setDefaultTimeout(120_000);
  context.setDefaultNavigationTimeout(120_000);
  await context.route(`${baseURL}${BLANK_PATH}`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  const signal = async (sig: NodeJS.Signals) => {
    try {
      process.kill(-(proc.pid as number), sig);
    } catch {
      /* already gone */
    }
    await exited(proc);
  };
  return {
    browser,
    context,
    kill: () => signal('SIGKILL'),
    close: async () => {
      await Promise.race([signal('SIGTERM'), new Promise((r) => setTimeout(r, 15_000))]);
      await signal('SIGKILL');
    },
  };
}

export interface DbFingerprint {
  hash: string;
  counts: Record<string, number>;
}

/** Every store of the app's database, canonical JSON (sorted keys, blobs as size/type), SHA-256. */
export async function fingerprintDb(page: Page, baseURL: string, dbName = 'complaint-desk'): Promise<DbFingerprint> {
  await page.goto(`${baseURL}${BLANK_PATH}`);
  return page.evaluate(async (name) => {
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === name)) return { hash: 'no-database', counts: {} };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const canonical = (v: unknown): unknown => {
      if (v instanceof Blob) return { blob: v.size, type: v.type };
      if (v instanceof Date) return { date: v.toISOString() };
      if (Array.isArray(v)) return v.map(canonical);
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        return Object.fromEntries(Object.keys(o).sort().map((k) => [k, canonical(o[k])]));
      }
      return v;
    };
    const parts: string[] = [];
    const counts: Record<string, number> = {};
    for (const store of [...db.objectStoreNames].sort()) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store, 'readonly').objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
      // Every run logs in, which the audit trail records (and the chain head and its signed copy follow): not what an import changes.
      const rows = all.filter((r) => {
        const row = r as { entity?: string; key?: string };
        if (store === 'audit') return row.entity !== 'session';
        if (store === 'settings') return row.key !== 'auditHead' && row.key !== 'audit.signedHead' && !String(row.key).startsWith('lockout:');
        return true;
      });
      counts[store] = rows.length;
      parts.push(`${store}:${JSON.stringify(rows.map(canonical))}`);
    }
    db.close();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
    return { hash: Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''), counts };
  }, dbName);
}

/**
 * Logs the import's write transaction (the only readwrite one that covers
 * bundleReceipts) to the console, so the test knows on which side of it a kill landed.
 */
export function traceImportTransaction(): void {
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) {
    const tx = original.call(this, stores, mode, options);
    const names = typeof stores === 'string' ? [stores] : [...stores];
    if (mode === 'readwrite' && names.includes('bundleReceipts')) {
      console.log('crash-test:tx-start');
      tx.addEventListener('complete', () => console.log('crash-test:tx-complete'));
      tx.addEventListener('abort', () => console.error(`crash-test:tx-abort ${tx.error?.name ?? ''} ${tx.error?.message ?? ''}`));
    }
    return tx;
  } as typeof original;
}
