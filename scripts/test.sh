#!/usr/bin/env bash
# Every test: install what is missing, run the engine's host tests, the lint
# checks, build the release app and drive it in headless Chromium, then print
# the size and speed figures.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PATH"

echo "== host tests (engine, importer, property tests)"
cargo test --all-targets
cargo test --doc

echo "== lint"
cargo fmt --check
cargo clippy --all-targets --features app -- -D warnings
# As Trunk builds them: the app without the spreadsheet readers, and the
# spreadsheet worker.
cargo clippy --all-targets --no-default-features --features app -- -D warnings
cargo clippy --all-targets --no-default-features --features worker -- -D warnings

echo "== fuzz (60 s per target; scripts/fuzz.sh 1800 for a longer run)"
scripts/fuzz.sh 60

echo "== Debian toolchain route (std's crates fetched; resolves offline from a fresh cache)"
scripts/check-debian-route.sh

echo "== release build"
scripts/build.sh

echo "== browser tests (Playwright + Debian Chromium)"
node --test --test-concurrency=1 tests/browser/

echo "== benchmark"
node scripts/bench.mjs
