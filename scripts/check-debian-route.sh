#!/usr/bin/env bash
# Checks, in seconds, that the Debian route (README: "Routes to a wasm32
# toolchain") still works for a new user: with a cargo cache that has never
# built std (a throwaway CARGO_HOME), what setup fetches is enough for the
# offline build of both wasm modules to resolve — std's own dependencies
# included. It plans the builds (cargo's unit graph) and compiles nothing;
# the full build is `CARGO_HOME=$(mktemp -d) sh -c
# 'BUDGETKOLL_WASM_ROUTE=debian scripts/setup.sh && scripts/build.sh'`.
#
# Skipped, with a note, where Debian's rustc-web and rust-web-src are not
# installed. Run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x /usr/bin/rustc || ! -f /usr/lib/rustlib/src/rust/library/Cargo.lock ]]; then
  echo "Debian route: skipped (rustc-web and rust-web-src are not installed)"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CARGO_HOME="$tmp/cargo"
(
  # The route's environment as build.sh gets it.
  ROOT=$PWD BUDGETKOLL_WASM_ROUTE=debian
  source scripts/wasm-env.sh
  export CARGO_TARGET_DIR="$tmp/target"
  wasm_fetch >/dev/null 2>&1 || wasm_fetch
  for bin in "budgetkoll app" "budgetkoll-sheets worker"; do
    set -- $bin
    cargo build --release --offline --locked --target=wasm32-unknown-unknown \
      --bin "$1" --no-default-features --features "$2" \
      -Zunstable-options --unit-graph >"$tmp/$1.json"
    grep -q '"name":"dlmalloc"' "$tmp/$1.json" || {
      echo "Debian route: $1 is not planned with std built from source" >&2
      exit 1
    }
  done
  echo "Debian route: $(rustc --version), both wasm modules resolve offline from a fresh cargo cache"
)
