// Reads the step log and the Vitest and Playwright JSON reports and prints the
// one line CI reads: "N passed, N failed, N skipped". A step that failed without
// a test failing (typecheck, lint, build, a crashed runner) counts as a failure.
import { existsSync, readFileSync } from 'node:fs';

const read = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);
const steps = existsSync('reports/steps.txt')
  ? readFileSync('reports/steps.txt', 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(' '))
  : [];

let passed = 0;
let failed = 0;
let skipped = 0;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}

// Say why each skipped spec was skipped (e.g. no Electron binary on this machine).
function* specs(suite) {
  for (const spec of suite.specs ?? []) yield spec;
  for (const child of suite.suites ?? []) yield* specs(child);
}
for (const suite of e2e?.suites ?? []) {
  for (const spec of specs(suite)) {
    for (const t of spec.tests ?? []) {
      if (t.status !== 'skipped') continue;
      const reason = (t.annotations ?? []).find((a) => a.type === 'skip' || a.type === 'fixme')?.description ?? 'no reason given';
      console.log(`skipped: ${spec.title} — ${reason}`);
    }
  }
}

for (const [result, name] of steps) {
  const counted = (name === 'unit' && unit) || (name === 'e2e' && e2e);
  if (result === 'pass') passed += counted ? 0 : 1;
  else if (!counted || (name === 'unit' && unit.numFailedTests === 0) || (name === 'e2e' && e2e.stats.unexpected === 0)) {
    failed += 1;
    console.log(`step failed: ${name}`);
  }
}
if (steps.length === 0) failed += 1;

console.log(`unit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed` : 'no report'}; e2e: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.flaky} flaky, ${e2e.stats.skipped} skipped` : 'no report'}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
