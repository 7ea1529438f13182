//! Getting bytes out of the browser: dropped or picked `File`s, read as
//! futures by gloo-file.

use gloo_file::futures::read_as_bytes;
use gloo_file::FileList;

/// Reads every file of a `FileList` into memory. A file the browser cannot
/// read comes back with empty bytes, which the importer reports as empty.
pub async fn read_file_list(list: web_sys::FileList) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for file in FileList::from(list).iter() {
        let bytes = read_as_bytes(file).await.unwrap_or_default();
        out.push((file.name(), bytes));
    }
    out
}
