#!/usr/bin/env bash
# Installs what building (and, with --browser, testing) Budgetkoll needs, and
# skips whatever is already there. Safe to run again: a second run only checks.
#
#   scripts/setup.sh            toolchain for the wasm build
#   scripts/setup.sh --browser  plus Debian's Chromium for the browser tests and
#                               poppler-utils (pdftotext, pdftoppm) for the print test
#
# Pinned versions: trunk 0.22.1, wasm-bindgen-cli = the wasm-bindgen in
# Cargo.lock, wasm-split-cli (wasm_split_cli_support 0.2.4, built with its
# `build-binary` feature), npm binaryen 132 (wasm-opt), playwright-core and
# axe-core (package-lock).
#
# A tool is installed when it runs: after installing or finding each tool,
# setup runs it and reads its version (`prove` below). A tool that is
# missing or answers with another version stops setup at once, naming the
# tool and the command that installs it — never later inside the build.
# A package list (`cargo install --list`, dpkg) is never taken as proof.
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
SPLIT_VERSION=0.2.4
mkdir -p .tools
# cargo installs into $CARGO_HOME/bin (a fresh machine's rehearsal sets
# CARGO_HOME to an empty folder: scripts/rehearse-fresh.sh).
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

want_browser=0
[[ "${1:-}" == "--browser" ]] && want_browser=1

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# prove NAME WANT INSTALL CMD...: runs CMD and checks that a line of what
# it prints (stdout or stderr: pdftotext -v answers on stderr, and Debian's
# chromium wrapper may print a shell warning first) contains WANT;
# otherwise stops, naming the tool, what it answered and the command that
# installs it.
prove() {
  local name=$1 want=$2 install=$3
  shift 3
  local out line
  out=$("$@" 2>&1) || true
  line=$(grep -F -m 1 -- "$want" <<<"$out") || {
    echo "setup: $name is not usable: \`$*\` answered \"$(head -n 1 <<<"$out")\", expected \"$want\"." >&2
    echo "setup: install it with: $install" >&2
    exit 1
  }
  say "$name: $line"
}

# Debian packages: installed only when missing, and sudo is never asked
# for when they are all there. Not root: the apt-get line is printed.
apt_updated=0
apt_install() {
  local missing=()
  for p in "$@"; do
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == "install ok installed" ]] || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  local line="apt-get install ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: missing Debian packages; install them with: sudo $line" >&2
    exit 1
  fi
  if ((apt_updated == 0)); then
    say "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  say "$line"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- Rust for the host (tests) ---------------------------------------------
prove cargo "cargo " "rustup (https://rustup.rs)" cargo --version

# --- wasm32 route -----------------------------------------------------------
# A nightly with rust-src builds std for size (scripts/wasm-env.sh). Command
# output goes to grep through a here-string: under pipefail, `cmd | grep -q`
# fails when grep stops reading early and cmd gets SIGPIPE.
has_nightly() { grep -q '^nightly' <<<"$(rustup toolchain list 2>/dev/null)"; }
nightly_with_src() {
  has_nightly || return 1
  grep -q '^rust-src' <<<"$(rustup component list --toolchain nightly --installed 2>/dev/null)" ||
    timeout 300 rustup component add rust-src --toolchain nightly >/dev/null 2>&1
}
route=${BUDGETKOLL_WASM_ROUTE:-}
if [[ -z "$route" ]]; then
  if nightly_with_src; then
    route=nightly
  elif grep -qx wasm32-unknown-unknown <<<"$(rustup target list --installed 2>/dev/null)"; then
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
  prove "Debian's rustc-web" "rustc 1." "apt-get install rustc-web cargo-web rust-web-src lld-22" /usr/bin/rustc --version
elif [[ "$route" == nightly ]] && ! nightly_with_src; then
  echo "setup: route nightly needs rustup's nightly toolchain with rust-src: rustup toolchain install nightly --component rust-src" >&2
  exit 1
fi
echo "$route" >.tools/wasm-route
say "wasm32 route: $route"

# --- trunk --------------------------------------------------------------------
# trunk 0.22.1 needs rustc >= 1.96.1: use nightly where rustup has it.
toolchain=()
has_nightly && toolchain=(+nightly)
trunk_install="cargo ${toolchain[*]} install --locked trunk --version $TRUNK_VERSION"
if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (takes ~15 min)"
  cargo "${toolchain[@]}" install --locked trunk --version "$TRUNK_VERSION" --force
fi
prove trunk "trunk $TRUNK_VERSION" "$trunk_install" trunk --version

# --- wasm-bindgen-cli, the exact version in Cargo.lock --------------------------
wbg=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
# Not --locked: its lockfile wants a crate version the registry lacks.
wbg_install="cargo install wasm-bindgen-cli --version $wbg --force"
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg"* ]]; then
  say "installing wasm-bindgen-cli $wbg (~4 min)"
  $wbg_install
fi
prove wasm-bindgen "wasm-bindgen $wbg" "$wbg_install" wasm-bindgen --version
grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml || {
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$wbg\" (the version in Cargo.lock)" >&2
  exit 1
}

# --- wasm-split-cli: cuts the app's wasm at its split points ------------------
# (the `#[wasm_split]` functions; run by scripts/split/wasm-bindgen in Trunk's build). The
# binary is behind the crate's `build-binary` feature: without it cargo
# installs nothing and only warns.
split_install="cargo install --locked wasm_split_cli_support --version $SPLIT_VERSION --features build-binary --force"
# It has no --version: its help proves it runs, and cargo's list of what it
# installed names the version (a list alone proves nothing: cargo lists a
# crate whose binary it never built).
split_runs() { grep -q '^Usage: wasm-split-cli' <<<"$(wasm-split-cli --help 2>&1)"; }
if ! split_runs || ! grep -qx "wasm_split_cli_support v$SPLIT_VERSION:" <<<"$(cargo install --list)"; then
  say "installing wasm-split-cli (wasm_split_cli_support $SPLIT_VERSION, ~2 min)"
  $split_install
fi
prove wasm-split-cli "Usage: wasm-split-cli" "$split_install" wasm-split-cli --help

# --- npm tools: wasm-opt (binaryen 132), playwright-core, axe-core -----------------
prove node "v" "apt-get install nodejs npm (Node.js 20 or later)" node --version
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || {
  echo "setup: Node.js $(node --version) is too old; 20 or later is needed" >&2
  exit 1
}
npm_pin() { node -p "require('./package.json').devDependencies['$1']"; }
npm_has() { node -p "require('./node_modules/$1/package.json').version" 2>/dev/null || true; }
if [[ ! -x node_modules/.bin/wasm-opt || package-lock.json -nt node_modules/.package-lock.json ||
  "$(npm_has playwright-core)" != "$(npm_pin playwright-core)" ||
  "$(npm_has axe-core)" != "$(npm_pin axe-core)" ]]; then
  say "npm ci (binaryen, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
binaryen=$(npm_pin binaryen)
prove wasm-opt "wasm-opt version ${binaryen%%.*}" "npm ci" node_modules/.bin/wasm-opt --version
for pkg in playwright-core axe-core; do
  prove "$pkg" "$(npm_pin "$pkg")" "npm ci" npm_has "$pkg"
done

# --- every crate the wasm build needs, std's own under -Zbuild-std -----------
# The build runs with --offline (Trunk must never download tools), so the
# crates are fetched here; a second run finds them and stays offline.
(source scripts/wasm-env.sh && wasm_fetch)

# --- Chromium for the browser tests, poppler to read the printed report ---------
if ((want_browser)); then
  apt_install chromium chromium-driver poppler-utils
  prove chromium "Chromium " "apt-get install chromium chromium-driver" "${CHROMIUM:-/usr/bin/chromium}" --version
  prove pdftotext "pdftotext version" "apt-get install poppler-utils" pdftotext -v
  prove pdftoppm "pdftoppm version" "apt-get install poppler-utils" pdftoppm -v
fi
say "ready"
