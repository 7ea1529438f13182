#!/usr/bin/env bash
# Builds the release app into dist/ with Trunk (offline: tools come from
# scripts/setup.sh). Run setup first; scripts/serve.sh and scripts/test.sh do.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# PATH, and for the Debian route RUSTC_BOOTSTRAP/-Zbuild-std, for this
# build only (scripts/wasm-env.sh).
source scripts/wasm-env.sh
trunk build --release --offline "$@"
# CSP hashes and the service worker's asset list into dist/, and the
# single-file offline build dist/budgetkoll.html.
node scripts/postbuild.mjs dist
