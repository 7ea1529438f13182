//! Reading files into [`grid::Grid`]s: spreadsheets (xlsx, xls, ods) and text
//! exports (csv, tsv, txt, pasted ranges), with the size and decompression
//! limits in [`limits`]. Nothing here knows what an FR1 is.
//!
//! [`read_grids`] is the one entry point for a file: it looks at the bytes
//! first (a zip is xlsx/xlsb/ods, a compound file is xls) and at the name
//! only for text, so a workbook saved with the wrong extension still reads.

mod compound_guard;
pub mod error;
pub mod grid;
pub mod limits;
pub mod number;
pub mod text;
pub mod workbook;
mod zip_guard;

use error::{ImportError, ImportErrorKind};
use grid::Grid;

/// Magic bytes of a zip archive (xlsx, xlsm, xlsb, ods): a local file
/// header, or the end record of an empty archive.
const ZIP_MAGIC: [&[u8]; 2] = [b"PK\x03\x04", b"PK\x05\x06"];

/// Magic bytes of a Compound File (xls, or a password-encrypted xlsx).
const COMPOUND_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Every sheet of the file `file_name` as a grid (one grid for text files,
/// named after the file). Never panics, whatever the bytes.
pub fn read_grids(file_name: &str, bytes: &[u8]) -> Result<Vec<Grid>, ImportError> {
    let fail = |kind| Err(ImportError::new(file_name, kind));
    if bytes.len() > limits::MAX_FILE_BYTES {
        return fail(ImportErrorKind::TooLarge {
            size: bytes.len(),
            max: limits::MAX_FILE_BYTES,
        });
    }
    if bytes.is_empty() {
        return fail(ImportErrorKind::Empty);
    }
    if ZIP_MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return workbook::read_zip(file_name, bytes);
    }
    if bytes.starts_with(COMPOUND_MAGIC) {
        return workbook::read_compound(file_name, bytes);
    }
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" | "tsv" | "txt" => text::read_text(file_name, bytes).map(|g| vec![g]),
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => fail(ImportErrorKind::Unreadable {
            format: workbook::format_by_name(file_name),
            detail: "innehållet är ingen arbetsbok (det kan vara en textfil eller webbsida \
                     med fel filändelse); spara om den som .xlsx eller .csv."
                .to_string(),
        }),
        _ => fail(ImportErrorKind::UnknownFormat),
    }
}
