/**
 * Crash during a large import: the database is afterwards either exactly as it
 * was or fully imported, never partial.
 *
 * A bundle of CRASH_COMPLAINTS complaints (each with an 8D and a return) is built
 * with the app's own export (scripts/bench-sync-bundle.mjs). A base profile is
 * made once (the app started, station created, the bundle's station enrolled). Then, CRASH_POINTS times: copy
 * the base profile, start Chromium on it, import the bundle through the sync page,
 * SIGKILL Chromium's process group at a random delay after "confirm", start it
 * again on the same profile and fingerprint every store of the database. The
 * clock is fixed, so a complete import always gives the same fingerprint; it is
 * taken once from an import left to finish. The delays come from a seeded RNG:
 * CRASH_SEED=<printed seed> replays a run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { logIn, seededLogin } from '../fixtures/seed';
import { SyncFilesPage } from '../pages/sync-files-page';
import { seededRandom } from '../../src/domain/demo/demo-data';
import { fingerprintDb, launchOnProfile, traceImportTransaction, type DbFingerprint, type RunningBrowser } from '../pages/crash-browser';

// A CI run kills 5 times (about 11 s each on an idle machine); CRASH_POINTS=100 for a long run.
const POINTS = Number(process.env.CRASH_POINTS ?? 5);
const COMPLAINTS = Number(process.env.CRASH_COMPLAINTS ?? 1000);
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const FIXED_NOW = new Date('2026-11-25T02:00:00.000Z');

type Landed = 'before' | 'during' | 'after';

interface Attempt {
  landed: Landed;
  /** ms from the click on "confirm" to the kill. */
  delay: number;
  /** ms from the click to the transaction's complete event, when it was seen. */
  completedAfter: number | null;
}

/** Opens the sync page, picks the bundle, waits for the preview; returns a function that confirms. */
interface Seen {
  started: boolean;
  completedAt: number | null;
  /** The page's console errors, for the failure message. */
  errors: string[];
}

async function preparedImport(page: Page, baseURL: string, bundle: string): Promise<{ confirm: () => Promise<() => Seen> }> {
  const seen: Seen = { started: false, completedAt: null, errors: [] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error') seen.errors.push(m.text());
    if (m.text() === 'crash-test:tx-start') seen.started = true;
    if (m.text() === 'crash-test:tx-complete') seen.completedAt ??= Date.now();
  };
  page.on('console', onConsole);
  // The import's transaction runs in the import worker (src/sync/import.worker.ts): the trace goes there too.
  // Init scripts do not reach workers; the worker starts when the file is picked, long before "confirm".
  const traced: Promise<void>[] = [];
  page.on('worker', (worker) => {
    worker.on('console', onConsole);
    traced.push(worker.evaluate(traceImportTransaction).catch((e: unknown) => void seen.errors.push(`trace: ${String(e)}`)));
  });
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`${baseURL}index.html#/sync`);
  await logIn(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose').click();
  await (await chooser).setFiles(bundle);
  await expect(page.getByTestId('import-confirm'), seen.errors.join('\n')).toBeEnabled({ timeout: 180_000 });
  await Promise.all(traced);
  return {
    confirm: async () => {
      await page.getByTestId('import-confirm').click();
      return () => seen;
    },
  };
}

/** In the page: the station and at least one department are stored. */
async function startupWritten(): Promise<boolean> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('complaint-desk');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const tx = db.transaction(['settings', 'departments'], 'readonly');
    const get = <T,>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const [station, departments] = await Promise.all([get(tx.objectStore('settings').get('station')), get(tx.objectStore('departments').count())]);
    return Boolean(station) && departments > 0;
  } finally {
    db.close();
  }
}

// The browsers here are started and killed by the test itself: Playwright's trace and
// failure screenshot would reach for contexts that no longer exist.
test.use({ trace: 'off', screenshot: 'off' });

// Every Chromium started here is killed afterwards, also after a timeout (a hook runs then; a finally block does not).
const launched: RunningBrowser[] = [];
test.afterEach(async () => {
  for (const b of launched.splice(0)) await b.kill();
});

test('a crash at any point of a large import leaves the database unchanged or fully imported', async ({ baseURL }, testInfo) => {
  // Generous: on a loaded shared machine one start of Chromium with the app can take many seconds.
  test.setTimeout(240_000 + POINTS * 60_000);
  const t00 = Date.now();
  const step = (what: string) => console.log(`sync-crash: ${what} (${Math.round((Date.now() - t00) / 1000)} s)`);
  const origin = baseURL as string;
  console.log(`sync-crash: seed ${SEED} (CRASH_SEED=${SEED} replays), ${POINTS} kill points, ${COMPLAINTS} complaints`);
  const rnd = seededRandom(SEED);
  const work = mkdtempSync(join(tmpdir(), 'cd-crash-'));
  const launch = async (dir: string) => {
    const b = await launchOnProfile(dir, origin);
    launched.push(b);
    return b;
  };
  try {
    const bundle = join(work, 'large.ckd');
    execFileSync('node', ['scripts/bench-sync-bundle.mjs', String(COMPLAINTS), bundle], { stdio: 'pipe' });
    step('bundle built');

    // The base profile: the app started once (station, departments), the demo offer declined.
    const base = join(work, 'base');
    {
      const b = await launch(base);
      const page = b.context.pages()[0] ?? (await b.context.newPage());
      await page.clock.setFixedTime(FIXED_NOW);
      await seededLogin(page, 'qam', { origin });
      await page.goto(`${origin}index.html#/sync`);
      await expect(page.getByTestId('import-choose')).toBeVisible({ timeout: 60_000 });
      // The app's first start writes the station and its departments: wait for both.
      await expect.poll(() => page.evaluate(startupWritten), { timeout: 60_000 }).toBe(true);
      // The administrator enrols the generated station (GEN) here, once: every run starts from a profile that trusts it.
      const sync = new SyncFilesPage(page);
      await sync.chooseBundle(bundle);
      expect(await sync.enrolIfAsked(180_000)).toBe(true);
      await b.close();
      step('base profile made');
    }

    const run = async (name: string, delay: number | 'finish'): Promise<{ fp: DbFingerprint; attempt: Attempt }> => {
      const profile = join(work, name);
      cpSync(base, profile, { recursive: true });
      const b = await launch(profile);
      const page = b.context.pages()[0] ?? (await b.context.newPage());
      await page.addInitScript(traceImportTransaction);
      const { confirm } = await preparedImport(page, origin, bundle);
      step(`${name}: preview shown`);
      const t0 = Date.now();
      const seen = await confirm();
      if (delay === 'finish') {
        // Done, or refused: then say why (the refusal's text and the page's errors).
        await expect.poll(async () => seen().completedAt !== null || (await page.getByTestId('sync-error').count()) > 0, { timeout: 120_000 }).toBe(true);
        const refusal = await page.getByTestId('sync-error').allTextContents();
        expect(refusal, seen().errors.join('\n')).toEqual([]);
        await expect(page.getByTestId('import-progress')).toHaveCount(0);
      } else {
        await new Promise((r) => setTimeout(r, Math.max(0, delay - (Date.now() - t0))));
      }
      const killedAt = Date.now();
      const s = seen();
      await b.kill();
      const landed: Landed = s.completedAt !== null ? 'after' : s.started ? 'during' : 'before';
      const attempt: Attempt = { landed, delay: killedAt - t0, completedAfter: s.completedAt === null ? null : s.completedAt - t0 };

      const again = await launch(profile);
      const fp = await fingerprintDb(again.context.pages()[0] ?? (await again.context.newPage()), origin);
      await again.close();
      step(`${name}: fingerprinted`);
      rmSync(profile, { recursive: true, force: true });
      return { fp, attempt };
    };

    const baseFp = await (async () => {
      const b = await launch(base);
      const fp = await fingerprintDb(b.context.pages()[0] ?? (await b.context.newPage()), origin);
      await b.close();
      return fp;
    })();
    const refStart = Date.now();
    const full = await run('reference', 'finish');
    // Now the cost of one round is known (it varies a lot with the machine's load): budget the kills by it.
    const round = Date.now() - refStart;
    test.setTimeout(Date.now() - t00 + POINTS * 2 * round + 60_000);
    console.log(`sync-crash: base ${JSON.stringify(baseFp.counts)}; imported ${JSON.stringify(full.fp.counts)}; import committed ${full.attempt.completedAfter} ms after confirm`);
    expect(full.fp.counts.complaints).toBe((baseFp.counts.complaints ?? 0) + COMPLAINTS);
    expect(full.fp.hash).not.toBe(baseFp.hash);

    // Spread the kills over the whole import, a little past its end.
    const span = 1.3 * (full.attempt.completedAfter ?? 2000);
    const tally: Record<Landed, number> = { before: 0, during: 0, after: 0 };
    const outcome = { unchanged: 0, imported: 0 };
    for (let i = 0; i < POINTS; i++) {
      const delay = Math.round(rnd() * span);
      const { fp, attempt } = await run(`kill-${i}`, delay);
      const state = fp.hash === baseFp.hash ? 'unchanged' : fp.hash === full.fp.hash ? 'imported' : 'PARTIAL';
      console.log(`sync-crash: #${i} kill at ${attempt.delay} ms (${attempt.landed} the write transaction) → ${state} ${JSON.stringify(fp.counts)}`);
      expect(state, `kill #${i} at ${attempt.delay} ms, seed ${SEED}: the database is neither the base nor the imported one`).not.toBe('PARTIAL');
      // A transaction that reported complete is on disk.
      if (attempt.landed === 'after') expect(state, `kill #${i}, seed ${SEED}: a committed import was lost`).toBe('imported');
      tally[attempt.landed] += 1;
      outcome[state as 'unchanged' | 'imported'] += 1;
    }
    const summary = `sync-crash: seed ${SEED}: ${POINTS} kills — before ${tally.before}, during ${tally.during}, after ${tally.after} the write transaction; ${outcome.unchanged} unchanged, ${outcome.imported} imported, 0 partial`;
    console.log(summary);
    testInfo.annotations.push({ type: 'crash points', description: summary });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
