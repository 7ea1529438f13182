#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) Budgetkoll needs, and
# skips whatever is already there. Safe to run again: a second run only checks.
#
#   scripts/setup.sh            toolchain for the wasm build
#   scripts/setup.sh --browser  plus Debian's Chromium for the browser tests and
#                               poppler-utils (pdftotext, pdftoppm) for the print test
#
# Pinned versions: trunk 0.22.1, wasm-bindgen-cli = the wasm-bindgen in
# Cargo.lock, wasm-split-cli (wasm_split_cli_support 0.2.4), npm binaryen 132
# (wasm-opt), playwright-core and axe-core (package-lock).
#
# The wasm32 standard library is built from source for size with rustup's
# nightly and its rust-src where rustup has a nightly; else it comes with
# rustup's stable (a normal laptop). Where neither can, the fallback is
# Debian's rustc-web, cargo-web and rust-web-src with lld-22, building std
# from source (RUSTC_BOOTSTRAP=1, -Zbuild-std). scripts/wasm-env.sh sets up
# the route that setup wrote to .tools/wasm-route, for the fetch here and
# the build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TRUNK_VERSION=0.22.1
mkdir -p .tools
export PATH="$HOME/.cargo/bin:$PATH"

want_browser=0
[[ "${1:-}" == "--browser" ]] && want_browser=1

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  if ((apt_updated == 0)); then
    say "apt-get update"
    $sudo apt-get update -qq
    apt_updated=1
  fi
  say "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- Rust for the host (tests) ---------------------------------------------
if ! command -v cargo >/dev/null; then
  echo "cargo not found: install Rust with rustup (https://rustup.rs) first" >&2
  exit 1
fi

# --- wasm32 route -----------------------------------------------------------
# A nightly with rust-src builds std for size (scripts/wasm-env.sh).
nightly_with_src() {
  rustup toolchain list 2>/dev/null | grep -q '^nightly' || return 1
  rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^rust-src' ||
    timeout 300 rustup component add rust-src --toolchain nightly >/dev/null 2>&1
}
route=${BUDGETKOLL_WASM_ROUTE:-}
if [[ -z "$route" ]]; then
  if nightly_with_src; then
    route=nightly
  elif rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    route=rustup
  elif [[ -f .tools/wasm-route && $(cat .tools/wasm-route) == debian ]]; then
    route=debian
  elif command -v rustup >/dev/null &&
    timeout 300 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
    route=rustup
  else
    route=debian
  fi
fi
if [[ "$route" == debian ]]; then
  apt_install rustc-web cargo-web rust-web-src lld-22
elif [[ "$route" == nightly ]] && ! nightly_with_src; then
  echo "route nightly needs rustup's nightly toolchain with rust-src" >&2
  exit 1
fi
echo "$route" >.tools/wasm-route
say "wasm32 route: $route"

# --- trunk --------------------------------------------------------------------
if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  # trunk 0.22.1 needs rustc >= 1.96.1: use nightly where rustup has it.
  toolchain=()
  rustup toolchain list 2>/dev/null | grep -q '^nightly' && toolchain=(+nightly)
  say "installing trunk $TRUNK_VERSION (takes ~15 min)"
  cargo "${toolchain[@]}" install --locked trunk --version "$TRUNK_VERSION"
fi

# --- wasm-bindgen-cli, the exact version in Cargo.lock --------------------------
wbg=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]]; then
  say "installing wasm-bindgen-cli $wbg (~4 min)"
  # Not --locked: its lockfile wants a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$wbg" --force
fi
grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml || {
  echo "Trunk.toml [tools] wasm_bindgen must be \"$wbg\" (the version in Cargo.lock)" >&2
  exit 1
}

# --- wasm-split-cli: cuts the app's wasm at its split points ------------------
# (the `#[wasm_split]` functions; run by scripts/split/wasm-bindgen in Trunk's build)
SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "installing wasm-split-cli (wasm_split_cli_support $SPLIT_VERSION, ~3 min)"
  cargo install --locked wasm_split_cli_support --version "$SPLIT_VERSION"
fi

# --- npm tools: wasm-opt (binaryen 132), playwright-core, axe-core -----------------
if [[ ! -x node_modules/.bin/wasm-opt || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "npm ci (binaryen, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# --- every crate the wasm build needs, std's own under -Zbuild-std -----------
# The build runs with --offline (Trunk must never download tools), so the
# crates are fetched here; a second run finds them and stays offline.
(source scripts/wasm-env.sh && wasm_fetch)

# --- Chromium for the browser tests, poppler to read the printed report ---------
if ((want_browser)); then
  apt_install chromium chromium-driver poppler-utils
fi
say "ready"
