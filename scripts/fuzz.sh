#!/usr/bin/env bash
# Runs each fuzz target for a while with the committed seeds.
#
#   scripts/fuzz.sh            60 s per target (what scripts/test.sh runs)
#   scripts/fuzz.sh 1800       30 min per target
#   scripts/fuzz.sh 600 state_views
#
# Needs rustup's nightly toolchain (with rust-src); cargo-fuzz is installed
# from crates.io when missing (pinned, ~3 min once). Without nightly the run
# is skipped with a note, so scripts/test.sh passes on a machine without it.
# What a run learns goes to
# fuzz/corpus/<target>/ (not committed); a crash stops the run and is saved
# in fuzz/artifacts/<target>/ — rerun it with
# `cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>`.
#
# Targets are built with overflow checks (cargo-fuzz's default), so an
# overflow that release builds would wrap silently is found too; read_grids
# contains panics inside calamine (see fuzz_targets/read_grids.rs).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
CARGO_FUZZ_VERSION=0.13.2
if ! grep -q '^nightly' <<<"$(rustup toolchain list 2>/dev/null)"; then
  echo "== fuzz: skipped (no nightly toolchain: rustup toolchain install nightly --component rust-src)"
  exit 0
fi
if [[ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]]; then
  echo "== installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION" --force
fi
# Proved by running it, as setup proves its tools.
if [[ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]]; then
  echo "fuzz: cargo-fuzz $CARGO_FUZZ_VERSION does not run; install it with: cargo install --locked cargo-fuzz --version $CARGO_FUZZ_VERSION" >&2
  exit 1
fi
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(state_views share_decode read_grids)
for t in "${targets[@]}"; do
  # calamine allocates what a damaged .xls declares (gigabytes for one far
  # cell or a reversed DIMENSIONS record; see the README): in the app that
  # stops only the worker. Here the run goes on past such a crash (-fork),
  # and afterwards every crash is replayed: one whose innermost frame of ours
  # or calamine's is not in calamine fails the run.
  extra=()
  [[ "$t" == read_grids ]] && extra=(-fork=1 -ignore_ooms=1 -ignore_crashes=1)
  mkdir -p "corpus/$t"
  echo "== fuzz $t for ${seconds}s"
  # -timeout: one input may take at most 10 s under the sanitizer (a page
  # would take a fraction of that); -rss_limit_mb: 2 GB, far above any state
  # the bounds let through.
  cargo +nightly fuzz run "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "${extra[@]}"
  if [[ "$t" == read_grids ]]; then
    for crash in artifacts/read_grids/crash-*; do
      [[ -e "$crash" ]] || continue
      if replay=$(cargo +nightly fuzz run read_grids "$crash" 2>&1); then
        echo "fuzz read_grids: $crash no longer crashes (a guard refuses it now)"
        continue
      fi
      where=$(grep -oE '/calamine-[0-9.]+/src/[^ ]+|/src/(import|intake|fr1)/[^ ]+' <<<"$replay" | head -1 || true)
      if [[ "$where" != /calamine-* ]]; then
        echo "fuzz read_grids: $crash crashes outside calamine (${where:-no frame found})" >&2
        exit 1
      fi
      echo "fuzz read_grids: $crash is a known calamine crash ($where)"
    done
  fi
done
