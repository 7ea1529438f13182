//! Why a file could not be turned into grids, told in the page's language
//! and always naming the file, so the person who dropped five files knows
//! which one to fix and how.
//!
//! [`ImportError`] is the file name plus an inspectable [`ImportErrorKind`];
//! the message is "Filen <namn> <vad som är fel>". Text that did not come
//! from a file (a pasted range) has an empty file name and reads "Texten …".

use std::fmt;

use super::broken::Broken;
use crate::i18n::{Lang, Msg};
use serde::{Deserialize, Serialize};

/// Why the app's spreadsheet worker (`src/ui/sheets.rs`) gave no answer to
/// a request; the browser's own words, when there are any, go to the console.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkerFault {
    /// The worker (or its wasm module) could not be started.
    NotStarted,
    /// The worker stopped with an error while it worked.
    Stopped,
    /// The worker went away before it answered.
    NoAnswer,
    /// The worker could not read the request.
    Misunderstood,
    /// The worker answered with another kind of answer.
    Unexpected,
}

impl WorkerFault {
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            WorkerFault::NotStarted => Msg::WorkerNotStarted,
            WorkerFault::Stopped => Msg::WorkerStopped,
            WorkerFault::NoAnswer => Msg::WorkerNoAnswer,
            WorkerFault::Misunderstood => Msg::WorkerMisunderstood,
            WorkerFault::Unexpected => Msg::WorkerUnexpected,
        }
        .text(lang)
    }
}

/// A file (or pasted text) that could not be read into grids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

    /// "Filen <namn> <vad som är fel>" in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.kind.text(&self.file, lang)
    }
}

/// In Swedish, for logs and tests; the page uses [`ImportError::text`].
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for ImportError {}

/// What was wrong; each message continues "Filen <namn> …".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ImportErrorKind {
    Empty,

    TooLarge {
        size: usize,
        max: usize,
    },

    UnknownFormat,

    Encrypted,

    /// The bytes are no workbook at all although the name says so (a text
    /// file or web page saved as `.xlsx`).
    NotAWorkbook {
        format: SpreadsheetFormat,
    },

    /// The bytes claim to be `format` but the reader (or a guard before
    /// it) found them damaged; `detail` is the reader's own explanation,
    /// quoted as it gave it, and `sheet` the sheet it was reading.
    Unreadable {
        format: SpreadsheetFormat,
        sheet: Option<String>,
        detail: String,
    },

    /// The bytes claim to be `format` but a guard before the reader found
    /// its container broken.
    Broken {
        format: SpreadsheetFormat,
        broken: Broken,
    },

    /// The app's spreadsheet worker gave no answer (`fault` says why).
    NoAnswer {
        format: SpreadsheetFormat,
        fault: WorkerFault,
    },

    /// The spreadsheet reader stopped inside the file (a bug in the reader
    /// that the file triggers; the app's worker is restarted).
    ReaderStopped {
        format: SpreadsheetFormat,
    },

    NoSheets,

    /// The zip entries of an xlsx/ods would unpack to more than `max` bytes.
    UnpacksTooLarge {
        total: u64,
        max: u64,
    },

    /// One zip entry compresses suspiciously well (a zip bomb).
    CompressionRatio {
        entry: String,
        ratio: u64,
        max: u64,
    },

    /// Text that contains NUL bytes: a binary file with a text extension.
    NotText,
}

impl ImportErrorKind {
    /// The whole sentence about `file` (empty: pasted text) in `lang`.
    pub fn text(&self, file: &str, lang: Lang) -> String {
        let subject = if file.is_empty() {
            Msg::ImpSubjectText.text(lang).to_string()
        } else {
            Msg::ImpSubjectFile.fill(lang, &[("file", file)])
        };
        let format = |f: &SpreadsheetFormat| f.text(lang);
        let rest = match self {
            ImportErrorKind::Empty => Msg::ImpEmpty.text(lang).to_string(),
            ImportErrorKind::TooLarge { size, max } => Msg::ImpTooLarge.fill(
                lang,
                &[("size", &megabytes(*size)), ("max", &megabytes(*max))],
            ),
            ImportErrorKind::UnknownFormat => Msg::ImpUnknownFormat.text(lang).to_string(),
            ImportErrorKind::Encrypted => Msg::ImpEncrypted.text(lang).to_string(),
            ImportErrorKind::NotAWorkbook { format: f } => {
                Msg::ImpNotAWorkbook.fill(lang, &[("format", format(f))])
            }
            ImportErrorKind::Unreadable {
                format: f,
                sheet,
                detail,
            } => {
                let detail = match sheet {
                    Some(sheet) => {
                        Msg::ImpOnSheet.fill(lang, &[("sheet", sheet), ("detail", detail)])
                    }
                    None => detail.clone(),
                };
                Msg::ImpUnreadable.fill(lang, &[("format", format(f)), ("detail", &detail)])
            }
            ImportErrorKind::Broken { format: f, broken } => Msg::ImpUnreadable.fill(
                lang,
                &[("format", format(f)), ("detail", broken.text(lang))],
            ),
            ImportErrorKind::NoAnswer { format: f, fault } => {
                Msg::ImpNoAnswer.fill(lang, &[("format", format(f)), ("fault", fault.text(lang))])
            }
            ImportErrorKind::ReaderStopped { format: f } => {
                Msg::ImpReaderStopped.fill(lang, &[("format", format(f))])
            }
            ImportErrorKind::NoSheets => Msg::ImpNoSheets.text(lang).to_string(),
            ImportErrorKind::UnpacksTooLarge { total, max } => Msg::ImpUnpacksTooLarge.fill(
                lang,
                &[
                    ("total", &megabytes_u64(*total)),
                    ("max", &megabytes_u64(*max)),
                ],
            ),
            ImportErrorKind::CompressionRatio { entry, ratio, max } => Msg::ImpCompressionRatio
                .fill(
                    lang,
                    &[
                        ("entry", entry),
                        ("ratio", &ratio.to_string()),
                        ("max", &max.to_string()),
                    ],
                ),
            ImportErrorKind::NotText => Msg::ImpNotText.text(lang).to_string(),
        };
        format!("{subject} {rest}")
    }
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

impl SpreadsheetFormat {
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            SpreadsheetFormat::Excel => Msg::ImpFormatExcel,
            SpreadsheetFormat::ExcelLegacy => Msg::ImpFormatExcelLegacy,
            SpreadsheetFormat::Ods => Msg::ImpFormatOds,
        }
        .text(lang)
    }
}

impl fmt::Display for SpreadsheetFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text(Lang::Sv))
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
                sheet: Some("Utfall".into()),
                detail: "trasig zip".into(),
            },
        );
        assert_eq!(
            e.to_string(),
            "Filen FR1.xlsx kunde inte läsas som Excel-arbetsbok: filen verkar skadad (bladet Utfall: trasig zip)."
        );
        assert_eq!(
            e.text(Lang::En),
            "The file FR1.xlsx could not be read as an Excel workbook: the file seems damaged (sheet Utfall: trasig zip)."
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
