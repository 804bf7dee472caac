#!/usr/bin/env bash
# Exactly what CI runs after installing: typecheck, lint, unit tests, build, the
# renderer e2e in Debian's Chromium and the shell specs (skipped, with a reason,
# where the Electron binary is absent). Every step runs even when one fails; the
# last line is the plain "N passed, N failed" summary CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/steps.txt reports/unit.json reports/e2e.json

step() {
  local name=$1; shift
  echo "== $name"
  local start=$SECONDS
  if "$@"; then echo "pass $name" >> reports/steps.txt; else echo "fail $name" >> reports/steps.txt; fi
  echo "== $name took $((SECONDS - start)) s"
}

step typecheck npm run -s typecheck
step lint npm run -s lint
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step build npm run -s build
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  step e2e xvfb-run -a -s "-screen 0 1280x800x24" npx playwright test
else
  step e2e npx playwright test
fi

node scripts/summarize-results.mjs
