//! Why a file could not be turned into grids, told in Swedish and always
//! naming the file, so the person who dropped five files knows which one to
//! fix and how.
//!
//! [`ImportError`] is the file name plus an inspectable [`ImportErrorKind`];
//! the message is "Filen <namn> <vad som är fel>". Text that did not come
//! from a file (a pasted range) has an empty file name and reads "Texten …".

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A file (or pasted text) that could not be read into grids.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
#[error("{} {kind}", subject(file))]
pub struct ImportError {
    /// The file name as the user gave it; empty for pasted text.
    pub file: String,
    pub kind: ImportErrorKind,
}

impl ImportError {
    pub fn new(file: &str, kind: ImportErrorKind) -> Self {
        ImportError {
            file: file.to_string(),
            kind,
        }
    }

    /// The same error told about `file` (for errors found before the file
    /// name was known, such as in [`super::text::decode`]).
    pub fn in_file(self, file: &str) -> Self {
        ImportError::new(file, self.kind)
    }
}

fn subject(file: &str) -> String {
    if file.is_empty() {
        "Texten".to_string()
    } else {
        format!("Filen {file}")
    }
}

/// What was wrong; each message continues "Filen <namn> …".
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ImportErrorKind {
    #[error("är tom.")]
    Empty,

    #[error("är för stor ({}); högst {}.", megabytes(*size), megabytes(*max))]
    TooLarge { size: usize, max: usize },

    #[error(
        "har ett format som inte känns igen (väntade .xlsx, .xls, .ods, .csv, .tsv eller .txt)."
    )]
    UnknownFormat,

    #[error(
        "är lösenordsskyddad/krypterad och kan inte läsas; spara en kopia utan lösenord och \
         läs in den i stället."
    )]
    Encrypted,

    /// The bytes claim to be `format` but the reader failed; `detail` is
    /// the reader's own (often English) explanation.
    #[error("kunde inte läsas som {format}: {detail}")]
    Unreadable {
        format: SpreadsheetFormat,
        detail: String,
    },

    /// The spreadsheet reader stopped inside the file (a bug in the reader
    /// that the file triggers; the app's worker is restarted).
    #[error(
        "kunde inte läsas som {format}: läsaren stannade mitt i filen, som troligen är skadad. \
         Öppna den i Excel och spara den som .xlsx (eller exportera den som CSV) och läs in den igen."
    )]
    ReaderStopped { format: SpreadsheetFormat },

    #[error("innehåller inga kalkylblad.")]
    NoSheets,

    /// The zip entries of an xlsx/ods would unpack to more than `max` bytes.
    #[error(
        "packas upp till {} men högst {} tillåts; den läses inte.",
        megabytes_u64(*total),
        megabytes_u64(*max)
    )]
    UnpacksTooLarge { total: u64, max: u64 },

    /// One zip entry compresses suspiciously well (a zip bomb).
    #[error(
        "innehåller delen {entry} som är komprimerad {ratio} gånger (högst {max} tillåts); \
         filen ser ut som en zip-bomb och läses inte."
    )]
    CompressionRatio { entry: String, ratio: u64, max: u64 },

    /// Text that contains NUL bytes: a binary file with a text extension.
    #[error(
        "innehåller binära data och kan inte läsas som text (väntade CSV- eller textexport; \
         spara den som .csv eller .xlsx)."
    )]
    NotText,
}

/// The spreadsheet format a reader tried, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SpreadsheetFormat {
    /// xlsx, xlsm and xlsb.
    Excel,
    /// The binary Excel 97–2003 format.
    ExcelLegacy,
    Ods,
}

impl fmt::Display for SpreadsheetFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SpreadsheetFormat::Excel => "Excel-arbetsbok",
            SpreadsheetFormat::ExcelLegacy => "Excel 97–2003-arbetsbok (.xls)",
            SpreadsheetFormat::Ods => "OpenDocument-kalkylblad (.ods)",
        })
    }
}

const MEGABYTE: u64 = 1024 * 1024;

/// Whole megabytes, rounded up so a file just over the limit never reads
/// as being at it.
fn megabytes_u64(bytes: u64) -> String {
    format!("{} MB", bytes.div_ceil(MEGABYTE))
}

fn megabytes(bytes: usize) -> String {
    megabytes_u64(u64::try_from(bytes).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_file_in_swedish() {
        let e = ImportError::new(
            "X.xlsx",
            ImportErrorKind::TooLarge {
                size: 25 * 1024 * 1024,
                max: 20 * 1024 * 1024,
            },
        );
        assert_eq!(
            e.to_string(),
            "Filen X.xlsx är för stor (25 MB); högst 20 MB."
        );

        let e = ImportError::new(
            "FR1.xlsx",
            ImportErrorKind::Unreadable {
                format: SpreadsheetFormat::Excel,
                detail: "trasig zip".into(),
            },
        );
        assert_eq!(
            e.to_string(),
            "Filen FR1.xlsx kunde inte läsas som Excel-arbetsbok: trasig zip"
        );

        let e = ImportError::new(
            "FR1.xls",
            ImportErrorKind::ReaderStopped {
                format: SpreadsheetFormat::ExcelLegacy,
            },
        );
        assert_eq!(
            e.to_string(),
            "Filen FR1.xls kunde inte läsas som Excel 97–2003-arbetsbok (.xls): läsaren stannade mitt i filen, som troligen är skadad. Öppna den i Excel och spara den som .xlsx (eller exportera den som CSV) och läs in den igen."
        );
    }

    #[test]
    fn a_byte_over_the_limit_is_shown_as_the_next_megabyte() {
        assert_eq!(megabytes(20 * 1024 * 1024 + 1), "21 MB");
        assert_eq!(megabytes(0), "0 MB");
    }

    #[test]
    fn pasted_text_has_no_file_name_until_given_one() {
        let e = ImportError::new("", ImportErrorKind::NotText);
        assert!(e.to_string().starts_with("Texten innehåller binära data"));
        assert!(e
            .in_file("a.csv")
            .to_string()
            .starts_with("Filen a.csv innehåller binära data"));
    }
}
