# The environment of the release wasm build for the route scripts/setup.sh
# chose (.tools/wasm-route, or BUDGETKOLL_WASM_ROUTE when set). Sourced — by
# setup.sh, to fetch what the build will need, and by build.sh — never
# exported to the caller's shell: host `cargo test` under rustup's stable
# must not see RUSTUP_TOOLCHAIN, RUSTC_BOOTSTRAP or -Zbuild-std. Needs ROOT
# (the repository) set.
#
#   nightly  rustup's nightly with its rust-src: std built from source and
#            optimised for size (-Zbuild-std), in target/nightly. The
#            smallest app; setup's choice where rustup has a nightly.
#   rustup   rustup's stable and its prebuilt wasm32-unknown-unknown std.
#   debian   Debian's rustc-web/cargo-web (/usr/bin, rustc 1.96) and
#            rust-web-src: std built from source and optimised for size
#            (-Zbuild-std, allowed on a stable compiler by
#            RUSTC_BOOTSTRAP=1), in target/debian.
#
# wasm_fetch downloads every crate the build needs — the app's and the
# worker's for both the host (build scripts, macros) and wasm32 and, with
# -Zbuild-std, std's own dependencies (addr2line, dlmalloc, …), which come
# from the registry like any crate — so that Trunk's `--offline` build finds
# them even on a machine whose cargo cache never built std.

WASM_ROUTE=${BUDGETKOLL_WASM_ROUTE:-$(cat "$ROOT/.tools/wasm-route" 2>/dev/null || echo rustup)}
# std from source, with its size-over-speed choices (smaller sort, fmt
# and collection code); panics still print their message.
build_std_for_size() {
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
}

case "$WASM_ROUTE" in
nightly)
  export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  export RUSTUP_TOOLCHAIN=nightly
  build_std_for_size
  # No file/line/column in panic locations, and a panic is the wasm trap
  # itself (no message formatting, no hook): 17 KB brotli less first paint
  # (issue 15: 402 -> 395 -> 385 KB for the app's wasm before the split).
  # A panic stops the app (or the spreadsheet worker, which the app then
  # replaces) exactly as panic=abort does; only the console message is
  # gone, "RuntimeError: unreachable" instead. Merged with
  # .cargo/config.toml's rustflags; std is built with them too.
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zunstable-options -Cpanic=immediate-abort"
  export CARGO_TARGET_DIR="$ROOT/target/nightly"
  ;;
debian)
  export PATH="$ROOT/node_modules/.bin:/usr/bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  build_std_for_size
  export CARGO_TARGET_DIR="$ROOT/target/debian"
  ;;
*)
  export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
  ;;
esac

# Trunk runs scripts/split/wasm-bindgen in place of wasm-bindgen: it cuts
# the app's wasm at its split points first (the `#[wasm_split]` functions) and leaves the
# modules it cut off here for scripts/postbuild.mjs.
export PATH="$ROOT/scripts/split:$PATH"
export BUDGETKOLL_SPLIT_OUT="${CARGO_TARGET_DIR:-$ROOT/target}/wasm-split"

wasm_fetch() {
  (
    cd "$ROOT"
    # Host and every target of the lock file, then wasm32 (with std's
    # dependencies under -Zbuild-std). Quietly offline when all is there.
    for target in "" --target=wasm32-unknown-unknown; do
      cargo fetch --locked --offline $target >/dev/null 2>&1 || cargo fetch --locked $target
    done
  )
}
