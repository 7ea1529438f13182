//! Getting bytes out of the browser: dropped or picked `File`s, and the demo
//! workbooks embedded at build time.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The built-in demo: two förvaltningar, two periods each, as the finance
/// staff would drop them.
pub const DEMO_FILES: [(&str, &[u8]); 4] = [
    (
        "FR1_42_mars2024.xlsx",
        include_bytes!("../../tests/fixtures/fr1/FR1_42_mars2024.xlsx"),
    ),
    (
        "FR1_42_juni2024.xlsx",
        include_bytes!("../../tests/fixtures/fr1/FR1_42_juni2024.xlsx"),
    ),
    (
        "FR1_43_mars2024.xlsx",
        include_bytes!("../../tests/fixtures/fr1/FR1_43_mars2024.xlsx"),
    ),
    (
        "FR1_43_juni2024.xlsx",
        include_bytes!("../../tests/fixtures/fr1/FR1_43_juni2024.xlsx"),
    ),
];

/// The demo files as owned (name, bytes) pairs.
pub fn demo_files() -> Vec<(String, Vec<u8>)> {
    DEMO_FILES
        .iter()
        .map(|(n, b)| ((*n).to_string(), b.to_vec()))
        .collect()
}

/// Reads every file of a `FileList` into memory. A file the browser cannot
/// read comes back with empty bytes, which the importer reports as empty.
pub async fn read_file_list(list: web_sys::FileList) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for i in 0..list.length() {
        let Some(file) = list.item(i) else { continue };
        let name = file.name();
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buf) => match buf.dyn_into::<js_sys::ArrayBuffer>() {
                Ok(ab) => js_sys::Uint8Array::new(&ab).to_vec(),
                Err(_) => Vec::new(),
            },
            Err(_) => Vec::new(),
        };
        out.push((name, bytes));
    }
    out
}
