#!/usr/bin/env bash
# Builds the release app into dist/ with Trunk (offline: tools come from
# scripts/setup.sh). Run setup first; scripts/serve.sh and scripts/test.sh do.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
route=$(cat .tools/wasm-route 2>/dev/null || echo rustup)

if [[ "$route" == debian ]]; then
  # Debian's cargo/rustc first (they carry the wasm32 target), std built from
  # source. RUSTC_BOOTSTRAP stays local to this build: host `cargo test` with
  # rustup's stable must not see it.
  export PATH="$ROOT/node_modules/.bin:/usr/bin:$HOME/.cargo/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_DIR="$ROOT/target/debian"
else
  export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
fi
trunk build --release --offline "$@"
# CSP hashes and the service worker's asset list into dist/, and the
# single-file offline build dist/budgetkoll.html.
node scripts/postbuild.mjs dist
