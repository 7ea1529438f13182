#!/usr/bin/env bash
# Rehearses a fresh machine: clones this repository (its committed HEAD) into
# a temporary folder and runs the README's test command there, with an empty
# CARGO_HOME (its own bin/ first on PATH; rustup's toolchains kept) and none
# of the pinned tools that are already installed here on PATH, so that
# setup must install and prove every one of them as on a new machine. Prints
# how long each step took.
#
#   scripts/rehearse-fresh.sh          rehearse, then delete the folder
#   scripts/rehearse-fresh.sh --keep   keep it (its cargo/bin holds the tools built)
#
# Debian's packages (Chromium, poppler-utils) stay as the machine has them:
# setup installs them when missing. Takes ~45 min on 2 cores (trunk alone
# ~15 min).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
keep=0
[[ "${1:-}" == "--keep" ]] && keep=1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/budgetkoll-fresh.XXXXXX")
((keep)) || trap 'rm -rf "$tmp"' EXIT
echo "rehearsal in $tmp"

# rustup's proxies (cargo, rustc, …) alone, from a folder of their own: the
# folder they live in normally holds every tool cargo ever installed.
rustup_bin=$(command -v rustup) || {
  echo "rehearse-fresh: rustup not found; the rehearsal keeps rustup's toolchains" >&2
  exit 1
}
mkdir -p "$tmp/rustup-bin" "$tmp/cargo/bin"
for proxy in cargo rustc rustup rustdoc rustfmt cargo-fmt cargo-clippy clippy-driver; do
  ln -s "$rustup_bin" "$tmp/rustup-bin/$proxy"
done

# The system's folders, less any that holds a pinned tool.
pinned=(trunk wasm-bindgen wasm-split-cli wasm-opt cargo-fuzz)
path="$tmp/cargo/bin:$tmp/rustup-bin"
for dir in /usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin; do
  clean=1
  for tool in "${pinned[@]}"; do [[ -e "$dir/$tool" ]] && clean=0; done
  if ((clean)); then path="$path:$dir"; else echo "rehearse-fresh: $dir left off PATH (holds a pinned tool)"; fi
done

git clone --quiet "$ROOT" "$tmp/repo"
start=$(date +%s)
status=0
(
  cd "$tmp/repo"
  env -i HOME="$HOME" USER="${USER:-root}" TERM="${TERM:-dumb}" LANG=C.UTF-8 \
    PATH="$path" CARGO_HOME="$tmp/cargo" RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" \
    bash scripts/test.sh
) 2>&1 | tee "$tmp/rehearsal.log" || status=$?
echo
echo "== rehearsal of a fresh machine: step times"
grep -E '^\[time\]' "$tmp/rehearsal.log" || true
echo "total $(($(date +%s) - start)) s, exit $status ($tmp/rehearsal.log)"
exit "$status"
