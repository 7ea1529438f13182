//! Links the app's wasm with its relocations kept (`--emit-relocs`), which
//! is what lets the build cut the parts of the page the first screen does
//! not need into modules of their own (the `#[wasm_split]` functions,
//! scripts/split/wasm-bindgen). Only the app's bin on wasm32: the
//! spreadsheet worker and host builds link as before. A link argument
//! rather than a rustflag, so that no other crate is rebuilt for it.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo::rustc-link-arg-bin=budgetkoll=--emit-relocs");
    }
}
