#!/usr/bin/env bash
# Every test: install what is missing, run the engine's host tests, the lint
# checks, build the release app and drive it in headless Chromium, then print
# the size and speed figures. Each step's time is printed as a `[time]` line
# when it ends (scripts/rehearse-fresh.sh collects them).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step_name="" step_start=0
step() {
  local now
  now=$(date +%s)
  [[ -n "$step_name" ]] && echo "[time] $step_name: $((now - step_start)) s"
  step_name=$1 step_start=$now
  [[ -n "$step_name" ]] && echo "== $step_name"
  return 0
}

step "setup (installs and proves every tool)"
scripts/setup.sh --browser

step "host tests (engine, importer, property tests)"
cargo test --all-targets
cargo test --doc

step "lint"
cargo fmt --check
cargo clippy --all-targets --features app -- -D warnings
# As Trunk builds them: the app without the spreadsheet readers, and the
# spreadsheet worker.
cargo clippy --all-targets --no-default-features --features app -- -D warnings
cargo clippy --all-targets --no-default-features --features worker -- -D warnings

step "scripts (the static server's path check)"
node --test scripts/serve-dist.test.mjs

step "fuzz (60 s per target; scripts/fuzz.sh 1800 for a longer run)"
scripts/fuzz.sh 60

step "Debian toolchain route (std's crates fetched; resolves offline from a fresh cache)"
scripts/check-debian-route.sh

step "release build"
scripts/build.sh

step "browser tests (Playwright + Debian Chromium)"
node --test --test-concurrency=1 tests/browser/

step "benchmark"
node scripts/bench.mjs
step ""
