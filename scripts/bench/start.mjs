// The start-up figures of `npm run bench` (start.*), measured with the page's own
// moments (performance marks the app sets, src/db/hooks/start-marks.ts) and
// broken down with Chromium's own tracing and sampling profiler (CDP):
//   start.interactive_ms   navigation → login form shown, plus submit → first rows on screen,
//                          less the password check (PBKDF2, slow on purpose: start.password_check_ms)
//   start.interactive_from_header_ms   the earlier measure, taken by Playwright from outside:
//                          login form seen, plus header seen → a row seen
//   start.parse_ms / start.eval_ms     V8 compiling and evaluating the page's scripts (trace)
//   start.db_open_ms, start.first_query_ms, start.first_render_ms   from the marks
// BENCH_START_RUNS: more starts for a steadier median on a busy machine (the last one is traced).
const RUNS = Number(process.env.BENCH_START_RUNS ?? 3);
// Categories whose events say where script time goes: compile (parse), module evaluation, tasks.
const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing'];

/** One start in a new page of `context`: the marks read back, and the trace and profile of it when `profile` is set. */
async function oneStart(context, base, profile) {
  const page = await context.newPage();
  const cdp = profile ? await context.newCDPSession(page) : null;
  const events = [];
  if (cdp) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${base}/index.html#/`, { waitUntil: 'commit' });
  await page.waitForSelector('#login', { timeout: 60_000 });
  const loginSeen = await page.evaluate(() => performance.now());
  await page.fill('#login', 'bench');
  await page.fill('#password', 'bench-pass-1');
  await page.click('[data-testid="login-form"] button[type="submit"]');
  await page.waitForSelector('[data-testid="logged-in-person"]', { timeout: 60_000 });
  const headerSeen = await page.evaluate(() => performance.now());
  await page.waitForSelector('.vt-row[data-number]', { timeout: 120_000 });
  const rowSeen = await page.evaluate(() => performance.now());
  // The deferred work's own start, for the order it ran in (the gate opens at the browser's next idle moment).
  await page.waitForFunction(() => performance.getEntriesByName('cd:first-screen-idle').length > 0, null, { timeout: 10_000 }).catch(() => undefined);
  const marks = await page.evaluate(() => {
    const out = {};
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('cd:') && !(m.name in out)) out[m.name] = m.startTime;
    const scripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') && r.startTime < (out['cd:main-evaluated'] ?? Infinity));
    out.scriptsLoaded = Math.max(...scripts.map((r) => r.responseEnd));
    out.scriptBytes = scripts.reduce((n, r) => n + (r.decodedBodySize || 0), 0);
    return out;
  });
  let traced = {};
  if (cdp) {
    const profiled = (await cdp.send('Profiler.stop')).profile;
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    // BENCH_START_CPUPROFILE=<dir>: the traced start's CPU profile and marks, for a closer look in DevTools.
    if (process.env.BENCH_START_CPUPROFILE) {
      const { writeFileSync } = await import('node:fs');
      const stem = `${process.env.BENCH_START_CPUPROFILE}/start-${Date.now()}`;
      writeFileSync(`${stem}.cpuprofile`, JSON.stringify(profiled));
      // The profile's clock is the trace's: the main-evaluated mark in the trace ties it to performance.now().
      const anchor = events.find((e) => e.name === 'cd:main-evaluated' && e.cat.includes('blink.user_timing'));
      writeFileSync(`${stem}.marks.json`, JSON.stringify({ ...marks, traceOffsetMs: anchor ? anchor.ts / 1000 - marks['cd:main-evaluated'] : null }));
    }
    traced = { ...traceSummary(events, marks), ...profileSummary(profiled, marks) };
    // The heap once the first screen and what it deferred have run.
    await cdp.send('HeapProfiler.collectGarbage');
    traced['heap.mb'] = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
  }
  await page.close();
  return { marks, loginSeen, headerSeen, rowSeen, traced };
}

/** The figures of one start from its marks (NaN where the app under test sets no such mark). */
function figures({ marks: m, loginSeen, headerSeen, rowSeen }) {
  const at = (k) => m[k] ?? NaN;
  const password = at('cd:password-check-end') - at('cd:password-check-start');
  return {
    'start.interactive_ms': at('cd:login-shown') + (at('cd:first-rows') - at('cd:login-submit')) - password,
    'start.interactive_from_header_ms': loginSeen + (rowSeen - headerSeen),
    'start.password_check_ms': password,
    'start.login_shown_at_ms': at('cd:login-shown'),
    'start.submit_to_rows_ms': at('cd:first-rows') - at('cd:login-submit') - password,
    'start.login_rest_ms': at('cd:logged-in') - at('cd:login-submit') - password,
    'start.logged_in_to_query_ms': at('cd:first-query-start') - at('cd:logged-in'),
    'start.logged_in_to_table_ms': at('cd:table-mounted') - at('cd:logged-in'),
    'start.query_to_rows_ms': at('cd:first-rows') - at('cd:first-query-start'),
    'start.shown_after_db_open_ms': at('cd:login-shown') - at('cd:db-open'),
    'start.script_bytes': m.scriptBytes,
    'start.main_evaluated_at_ms': at('cd:main-evaluated'),
    'start.script_until_main_ms': at('cd:main-evaluated') - m.scriptsLoaded,
    'start.db_open_ms': at('cd:db-open') - at('cd:main-evaluated'),
    'start.first_query_ms': at('cd:first-query-end') - at('cd:first-query-start'),
    'start.first_render_ms': at('cd:first-rows') - at('cd:first-query-end'),
    'start.deferred_after_rows_ms': at('cd:first-screen-idle') - at('cd:first-rows'),
  };
}

/** Main-thread trace events, as [start, end] in the page's performance.now() milliseconds. */
function traceSummary(events, marks) {
  // The trace clock is microseconds on another origin: the user-timing mark ties it to performance.now().
  const anchor = events.find((e) => e.name === 'cd:main-evaluated' && e.cat.includes('blink.user_timing'));
  const offset = anchor ? anchor.ts / 1000 - marks['cd:main-evaluated'] : NaN;
  const mainPid = anchor?.pid;
  const main = events.filter((e) => e.ph === 'X' && e.pid === mainPid);
  const thread = anchor?.tid;
  const sum = (pred, until = Infinity) =>
    main.filter((e) => pred(e) && e.ts / 1000 - offset < until).reduce((n, e) => n + (e.dur ?? 0) / 1000, 0);
  const compile = (e) => /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|V8\.ParseProgram|V8\.ParseFunction|V8\.CompileLazy)$/.test(e.name);
  const evaluate = (e) => e.tid === thread && /^(v8\.evaluateModule|EvaluateScript)$/.test(e.name);
  const rows = marks['cd:first-rows'] ?? Infinity;
  return {
    'start.parse_ms': sum((e) => e.tid === thread && compile(e), marks['cd:main-evaluated'] ?? Infinity),
    'start.parse_background_ms': sum((e) => e.tid !== thread && compile(e), marks['cd:main-evaluated'] ?? Infinity),
    'start.eval_ms': sum(evaluate, (marks['cd:main-evaluated'] ?? Infinity) + 1),
    'start.parse_until_rows_ms': sum((e) => e.tid === thread && compile(e), rows),
    'start.layout_paint_until_rows_ms': sum((e) => e.tid === thread && /^(Layout|UpdateLayoutTree|Paint|PrePaint|Layerize)$/.test(e.name), rows),
  };
}

/** Self time of a CDP CPU profile up to the first rows, by where it ran: the app's scripts, garbage collection, the rest. */
function profileSummary(profile, marks) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const sums = { script: 0, gc: 0, other: 0 };
  const byFile = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (f?.functionName === '(garbage collector)') sums.gc += dt;
    else if (f?.url.endsWith('.js')) {
      sums.script += dt;
      const file = f.url.split('/').pop();
      byFile.set(file, (byFile.get(file) ?? 0) + dt);
    } else if (f?.functionName !== '(idle)') sums.other += dt;
  });
  const top = [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, ms]) => `${f}:${Math.round(ms)}`).join(' ');
  void marks;
  return { 'start.profile_script_ms': sums.script, 'start.profile_gc_ms': sums.gc, 'start.profile_other_ms': sums.other, 'start.profile_top_files': top };
}

/**
 * RUNS starts in `context` (the last one traced and profiled); the figures of the
 * median start by start.interactive_ms, with `suffix` on every key (e.g. "_5k").
 */
export async function measureStart(context, base, suffix = '') {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await oneStart(context, base, i === RUNS - 1));
  const all = runs.map(figures);
  const order = all.map((f, i) => [f['start.interactive_ms'], i]).sort((a, b) => a[0] - b[0]);
  const median = all[order[Math.floor(RUNS / 2)]?.[1] ?? 0];
  const fromHeader = all.map((f) => f['start.interactive_from_header_ms']).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  const out = { ...median, 'start.interactive_from_header_ms': fromHeader, ...runs[RUNS - 1].traced };
  out['start.interactive_runs'] = all.map((f) => Math.round(f['start.interactive_ms'])).join(' ');
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [suffix ? k.replace(/_ms$|$/, (m) => `${suffix}${m}`) : k, v]));
}
