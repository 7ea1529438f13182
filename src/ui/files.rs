//! Getting bytes out of the browser: dropped or picked `File`s.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
