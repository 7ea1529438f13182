//! Tables leaving the app as files people open elsewhere (Excel first).
//!
//! Pages build an [`ExportTable`] of exact figures — the same rows they show,
//! but unrounded and without display formatting — and a writer such as
//! [`csv::to_csv_sv`] or `xlsx::to_xlsx` turns it into a file.

pub mod csv;
#[cfg(feature = "sheets")]
pub mod xlsx;

pub use csv::to_csv_sv;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A titled table of labelled rows of figures.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ExportTable {
    /// Written as the first line (e.g. `42 Exempelförvaltningen – Utfall juni 2024`).
    pub title: String,
    /// One per column, the label column first.
    pub headers: Vec<String>,
    pub rows: Vec<ExportRow>,
}

/// A row: its label, then one figure per remaining column (`None`: empty cell).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ExportRow {
    pub label: String,
    pub values: Vec<Option<Decimal>>,
}

/// A file name from a title: words of letters and digits joined by `_`.
pub fn file_stem(title: &str) -> String {
    let stem = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    if stem.is_empty() {
        "budgetkoll".to_string()
    } else {
        stem
    }
}
