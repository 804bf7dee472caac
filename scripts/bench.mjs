/* global window, document -- page.evaluate callbacks run in the browser */
// npm run bench: performance figures, printed and written to bench-results.json.
// Fills a fresh profile's IndexedDB with 100,000 complaints in headless Chromium
// (Debian's), then times the tracking table's reads, the app's start to rows on
// screen, and the heap. Figures, not assertions: tests never time anything.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { execSync } from 'node:child_process';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { measureStart } from './bench/start.mjs';

/** Thrown to skip the table figures (BENCH_ONLY=sync) and still close the browser. */
class Done extends Error {}

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SYNC_ROWS = Number(process.env.BENCH_SYNC_ROWS ?? 10_000);
// BENCH_ONLY=sync: only the sync figures (Chromium, then Node), no 100,000-row table.
const ONLY_SYNC = process.env.BENCH_ONLY === 'sync';
// BENCH_ONLY=writes: only the per-index write breakdown (BENCH_WRITE_ROWS rows, default 5,000).
const ONLY_WRITES = process.env.BENCH_ONLY === 'writes';
const WRITE_ROWS = Number(process.env.BENCH_WRITE_ROWS ?? 5_000);
// BENCH_ONLY=start: only the start-up figures (scripts/bench/start.mjs), at ROWS and at START_SMALL_ROWS complaints.
const ONLY_START = process.env.BENCH_ONLY === 'start';
// BENCH_ONLY=review: only the review and Excel figures (review.*, excel.*) on the ROWS table (BENCH_PROFILE keeps it filled).
const ONLY_REVIEW = process.env.BENCH_ONLY === 'review';
const START_SMALL_ROWS = Number(process.env.BENCH_START_SMALL_ROWS ?? 5_000);
// BENCH_RENDERER_DIR: the built app to start (default out/renderer), e.g. a build of another commit to compare with.
const rendererDir = process.env.BENCH_RENDERER_DIR ?? 'out/renderer';
const root = process.cwd();

// BENCH_BUILD_DIR: where the bench page is built (several people on one machine each use their own).
const benchDir = process.env.BENCH_BUILD_DIR ?? 'out/bench';
if (!ONLY_SYNC && !ONLY_WRITES && !process.env.BENCH_RENDERER_DIR && !existsSync('out/renderer/index.html')) execSync('npx electron-vite build', { stdio: 'inherit' });
await build({
  configFile: false,
  root: join(root, 'scripts/bench'),
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: { outDir: benchDir.startsWith('/') ? benchDir : join(root, benchDir), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const [dir, rel] = url.pathname.startsWith('/bench/') ? [benchDir, url.pathname.slice(7)] : [rendererDir, url.pathname.slice(1)];
  const top = dir.startsWith('/') ? dir : join(root, dir);
  const file = normalize(join(top, decodeURIComponent(rel) || 'index.html'));
  if (!file.startsWith(top) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
// A fixed port: IndexedDB belongs to the origin, and a kept profile must find its data again.
await new Promise((r) => server.listen(Number(process.env.BENCH_PORT ?? 4190), '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// BENCH_PROFILE keeps a filled profile between runs (generation dominates the run time).
const keepProfile = process.env.BENCH_PROFILE;
const profile = keepProfile ?? mkdtempSync(join(tmpdir(), 'cd-bench-'));
const launch = (dir) => chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
});
const context = await launch(profile);
/** The bench page in `ctx`, its database filled to n complaints (kept from an earlier run when it has them) with the bench's login. */
async function filledBenchPage(ctx, n) {
  const page = await ctx.newPage();
  await page.goto(`${base}/bench/index.html`);
  await page.waitForFunction(() => document.title === 'bench ready');
  const existing = await page.evaluate(() => window.bench.count());
  const made = existing === n ? null : (await page.evaluate((k) => window.bench.generate(k), n)).ms;
  await page.evaluate(() => window.bench.ensureLogin());
  return { page, generateMs: made };
}
/** The start figures at START_SMALL_ROWS complaints, in a profile of their own (IndexedDB is per profile). */
async function smallStart() {
  const keep = process.env.BENCH_PROFILE_5K;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'cd-bench-5k-'));
  const ctx = await launch(dir);
  try {
    const { page } = await filledBenchPage(ctx, START_SMALL_ROWS);
    await page.close();
    return await measureStart(ctx, base, '_5k');
  } finally {
    await ctx.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
const results = ONLY_SYNC || ONLY_WRITES || ONLY_REVIEW ? {} : { rows: ROWS };
try {
  if (ONLY_START) {
    const { page, generateMs } = await filledBenchPage(context, ROWS);
    if (generateMs !== null) results['generate.bulkput_ms'] = generateMs;
    await page.close();
    Object.assign(results, await measureStart(context, base));
    Object.assign(results, await smallStart());
    throw new Done();
  }
  const benchPage = await context.newPage();
  await benchPage.goto(`${base}/bench/index.html`);
  await benchPage.waitForFunction(() => document.title === 'bench ready');
  if (ONLY_REVIEW) {
    if ((await benchPage.evaluate(() => window.bench.count())) !== ROWS) results['generate.bulkput_ms'] = (await benchPage.evaluate((n) => window.bench.generate(n), ROWS)).ms;
    await benchPage.evaluate(() => window.bench.ensureLogin());
    // BENCH_REVIEW_PARTS=review or =import: only the review (and export) figures, or only the Excel import (a minute).
    const parts = process.env.BENCH_REVIEW_PARTS ?? 'review,import';
    if (parts.includes('review')) Object.assign(results, await benchPage.evaluate(() => window.bench.review()));
    if (parts.includes('review')) Object.assign(results, await benchPage.evaluate(() => window.bench.plantUpdate()));
    if (parts.includes('import')) Object.assign(results, await benchPage.evaluate(() => window.bench.trackingImport()));
    throw new Done();
  }
  // Where a complaint write's time goes, index group by index group (write.*); not in a sync-only run.
  if (!ONLY_SYNC) {
    Object.assign(results, await benchPage.evaluate((n) => window.bench.writes(n), WRITE_ROWS));
    Object.assign(results, await benchPage.evaluate(() => window.bench.demo()));
  }
  if (ONLY_WRITES) throw new Done();
  // Sync on Chromium's IndexedDB: the figures with targets (the Node ones get a _node suffix below).
  // BENCH_SYNC_PARTS=small,big,verify (the default: all three) picks the sync figures to measure.
  Object.assign(results, { 'sync.engine': 'chromium' }, await benchPage.evaluate(([n, parts]) => window.bench.sync(n, parts), [SYNC_ROWS, process.env.BENCH_SYNC_PARTS ?? 'small,big,verify,raw']));
  if (ONLY_SYNC) throw new Done();
  const existing = await benchPage.evaluate(() => window.bench.count());
  if (existing !== ROWS) {
    const gen = await benchPage.evaluate((n) => window.bench.generate(n), ROWS);
    results['generate.bulkput_ms'] = gen.ms;
  }
  Object.assign(results, await benchPage.evaluate(() => window.bench.measureTable()));
  // Accounts: the login's password check and verifying 1,000 signatures (also creates the login the start figure uses).
  Object.assign(results, await benchPage.evaluate(() => window.bench.auth()));
  // Master data (#15): one type-ahead keystroke over 20,000 products and 5,000 customers; a customer page with 2,000 complaints.
  Object.assign(results, await benchPage.evaluate(() => window.bench.master()));
  // The monthly review (a month, a year) and the tracking table's 10,000 rows to .xlsx.
  Object.assign(results, await benchPage.evaluate(() => window.bench.review()));
  // One open complaint changed at plant scale (its month's review pack rewritten with it).
  Object.assign(results, await benchPage.evaluate(() => window.bench.plantUpdate()));
  // An old tracking sheet of 10,000 rows imported into an empty database.
  Object.assign(results, await benchPage.evaluate(() => window.bench.trackingImport()));
  await benchPage.close();

  // Start to first rows, with its breakdown (scripts/bench/start.mjs); then the same at 5,000 complaints.
  Object.assign(results, await measureStart(context, base));
  Object.assign(results, await smallStart());
} catch (e) {
  if (!(e instanceof Done)) throw e;
} finally {
  await context.close();
  server.close();
  if (!keepProfile) rmSync(profile, { recursive: true, force: true });
}

// The Word figure and the Node sync figures (fake-indexeddb, suffix _node) come from their own scripts.
function runJson(command) {
  const out = execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  const start = out.indexOf('{');
  return JSON.parse(out.slice(start));
}
// A failing sub-script is reported and the figures measured so far are still printed and kept.
function runSub(name, command, take) {
  try {
    take(runJson(command));
  } catch (e) {
    console.error(`bench: ${name} failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    results[`${name}.failed`] = 1;
  }
}
// The bundle runs as ESM: CommonJS dependencies (qrcode) that require Node built-ins need a real require.
const ESM_REQUIRE = `"--banner:js=import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"`;
if (!process.env.BENCH_SKIP_SUBS && !ONLY_SYNC && !ONLY_WRITES && !ONLY_START && !ONLY_REVIEW) {
  runSub('docx', `npx esbuild scripts/bench-docx.ts --bundle --platform=node --format=esm ${ESM_REQUIRE} --outfile=node_modules/.cache/bench-docx.mjs --log-level=warning && node node_modules/.cache/bench-docx.mjs`, (docx) => {
    results[docx.metric] = docx.value;
  });
}
if (!process.env.BENCH_SKIP_SUBS && !ONLY_WRITES && !ONLY_START && !ONLY_REVIEW) {
  runSub('sync_node', 'node scripts/bench-sync.mjs', (sync) => {
    for (const [k, v] of Object.entries(sync)) if (typeof v === 'number') results[`${k}_node`] = v;
  });
}

const rounded = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 10) / 10 : v]));
const targets = {
  'table.first_page_ms': `≤ 50 and ≤ 3× raw (${Math.round(3 * rounded['table.raw_indexed_read_ms'] * 10) / 10})`,
  'table.search_ms': '≤ 150',
  'start.interactive_ms': '≤ 1500',
  'start.interactive_5k_ms': '≤ 800',
  'complaint.write_ms': '≤ 50',
  'complaint.update_plant_ms': '≤ 50',
  'demo.load_ms': '≤ 2000',
  'heap.mb': '≤ 200',
  'auth.login_ms': '150–600',
  'auth.verify_1k_ms': '≤ 500',
  'master.pick_ms': '≤ 30',
  'customer.page_ms': '≤ 200',
  'docx.8d_ms': '≤ 300 (median)',
  'sync.export_10k_ms': '≤ 2000',
  'review.month_ms': '≤ 300',
  'review.year_ms': '≤ 1500',
  'excel.export_10k_ms': '≤ 4000',
  'excel.import_10k_ms': '≤ 8000',
  'sync.import_50k_changes_ms': '≤ 10000',
  'sync.import_max_frame_ms': '≤ 200',
  'sync.verify_chain_100k_ms': '≤ 2000',
  'sync.import_10k_ms': `≤ 10000 and ≤ 1.5× raw bulk-put (${Math.round(1.5 * (rounded['sync.raw_bulkput_10k_ms'] ?? NaN))})`,
};
// A partial run (sync, writes, start) updates its figures in those of the last full run.
const previous = (ONLY_SYNC || ONLY_WRITES || ONLY_START || ONLY_REVIEW) && existsSync('bench-results.json') ? JSON.parse(readFileSync('bench-results.json', 'utf8')) : {};
writeFileSync('bench-results.json', JSON.stringify({ ...previous, ...rounded }, null, 2) + '\n');
for (const [k, v] of Object.entries(rounded)) console.log(`${k.padEnd(28)} ${String(v).padStart(10)}${targets[k] ? `   target ${targets[k]}` : ''}`);
