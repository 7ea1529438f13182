//! Reading files into [`grid::Grid`]s: spreadsheets (xlsx, xls, ods) and text
//! exports (csv, tsv, txt, pasted ranges), with the size and decompression
//! limits in [`limits`]. Nothing here knows what an FR1 is.
//!
//! [`read_grids`] is the one entry point for a file: it looks at the bytes
//! first (a zip is xlsx/xlsb/ods, a compound file is xls) and at the name
//! only for text, so a workbook saved with the wrong extension still reads.
//! [`classify`] is that first look alone: the app uses it to read text on
//! the spot and to send workbooks to its spreadsheet worker, which holds the
//! workbook readers (feature `sheets`).

#[cfg(feature = "sheets")]
mod biff_guard;
pub mod broken;
#[cfg(feature = "sheets")]
mod compound_guard;
pub mod error;
pub mod grid;
#[cfg(feature = "sheets")]
mod le_bytes;
pub mod limits;
pub mod number;
pub mod text;
#[cfg(feature = "sheets")]
pub mod workbook;
#[cfg(feature = "sheets")]
mod zip_guard;

use error::{ImportError, ImportErrorKind, SpreadsheetFormat};
use grid::Grid;

/// Magic bytes of a zip archive (xlsx, xlsm, xlsb, ods): a local file
/// header, or the end record of an empty archive.
const ZIP_MAGIC: [&[u8]; 2] = [b"PK\x03\x04", b"PK\x05\x06"];

/// Magic bytes of a Compound File (xls, or a password-encrypted xlsx).
const COMPOUND_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// What reading a file takes, found from its first bytes (and, for text,
/// its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A zip archive: xlsx, xlsm, xlsb or ods (needs the workbook readers).
    Zip,
    /// A Compound File: xls, or an encrypted xlsx (needs the workbook readers).
    Compound,
    /// csv, tsv or txt.
    Text,
}

impl FileKind {
    /// True for the kinds only the workbook readers (feature `sheets`) read.
    pub fn is_workbook(self) -> bool {
        matches!(self, FileKind::Zip | FileKind::Compound)
    }
}

/// What kind of file `bytes` named `file_name` is, or why it cannot be read
/// at all (too large, empty, an unknown format). Never panics.
pub fn classify(file_name: &str, bytes: &[u8]) -> Result<FileKind, ImportError> {
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
        return Ok(FileKind::Zip);
    }
    if bytes.starts_with(COMPOUND_MAGIC) {
        return Ok(FileKind::Compound);
    }
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" | "tsv" | "txt" => Ok(FileKind::Text),
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => fail(ImportErrorKind::NotAWorkbook {
            format: format_by_name(file_name),
        }),
        _ => fail(ImportErrorKind::UnknownFormat),
    }
}

/// The format a file claims by its extension, for messages about files
/// whose content could not be read at all.
pub fn format_by_name(file_name: &str) -> SpreadsheetFormat {
    let lower = file_name.to_ascii_lowercase();
    if lower.ends_with(".ods") {
        SpreadsheetFormat::Ods
    } else if lower.ends_with(".xls") {
        SpreadsheetFormat::ExcelLegacy
    } else {
        SpreadsheetFormat::Excel
    }
}

/// A text file (`FileKind::Text`) as its one grid, named after the file.
pub fn read_text_grids(file_name: &str, bytes: &[u8]) -> Result<Vec<Grid>, ImportError> {
    text::read_text(file_name, bytes).map(|g| vec![g])
}

/// Every sheet of the file `file_name` as a grid (one grid for text files,
/// named after the file). Never panics, whatever the bytes.
#[cfg(feature = "sheets")]
pub fn read_grids(file_name: &str, bytes: &[u8]) -> Result<Vec<Grid>, ImportError> {
    match classify(file_name, bytes)? {
        FileKind::Zip => workbook::read_zip(file_name, bytes),
        FileKind::Compound => workbook::read_compound(file_name, bytes),
        FileKind::Text => read_text_grids(file_name, bytes),
    }
}
