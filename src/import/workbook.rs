//! Spreadsheet files (xlsx, xlsm, xlsb, xls, ods) as one grid per sheet,
//! read with calamine from bytes, so the browser never needs a file system.
//!
//! What each cell becomes:
//! - numbers: exactly as the file wrote them. Excel stores a double; its
//!   shortest round-trip text (`-3662`, `0.1`) is what Excel shows and what
//!   becomes the `Decimal`, never the double's binary expansion;
//! - dates: `YYYY-MM-DD` (1900 system with Excel's phantom 1900-02-29, or
//!   the workbook's 1904 system);
//! - booleans: `TRUE`/`FALSE` text; errors: `#REF!` and friends;
//! - merged cells: only the top-left cell holds the value, the rest stay
//!   empty (that is how the files store them; locators read labels from the
//!   origin cell);
//! - hidden sheets are kept; chart sheets, which hold no cells, are skipped.
//!
//! Sheets are cut to [`limits::MAX_ROWS`] × [`limits::MAX_COLS`]: an FR1 fits
//! many times over, and a sheet with a cell at `XFD1048576` must not make us
//! allocate the whole rectangle. xlsx and xlsb are therefore streamed cell by
//! cell; xls and ods are bounded by calamine itself (65 536 × 256 cells for
//! xls, a cell-count limit for ods). Zip-based files pass
//! [`super::zip_guard`], compound files [`super::compound_guard`] and the
//! xls workbook stream inside them [`super::biff_guard`] before calamine
//! sees them.

use std::io::Cursor;

use calamine::{
    Data, DataRef, Ods, OdsError, Reader, Xls, XlsError, Xlsb, XlsbError, Xlsx, XlsxError,
};
use rust_decimal::Decimal;

use super::error::{ImportError, ImportErrorKind, SpreadsheetFormat};
use super::format_by_name;
use super::grid::{Cell, Grid};
use super::limits;
use super::zip_guard::{self, ZipProblem};
use super::{biff_guard, compound_guard};

/// Which reader a file's content calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Xlsx,
    Xlsb,
    Ods,
}

/// A zip file (magic `PK`): the zip guard, then xlsx/xlsm, xlsb or ods by the
/// parts the archive holds.
pub fn read_zip(file_name: &str, bytes: &[u8]) -> Result<Vec<Grid>, ImportError> {
    let fail = |kind| ImportError::new(file_name, kind);
    let entries = zip_guard::check(bytes).map_err(|problem| {
        fail(match problem {
            ZipProblem::Broken(broken) => ImportErrorKind::Broken {
                format: format_by_name(file_name),
                broken,
            },
            ZipProblem::TooLarge { total } => ImportErrorKind::UnpacksTooLarge {
                total,
                max: limits::MAX_UNCOMPRESSED_BYTES,
            },
            ZipProblem::Ratio { entry, ratio } => ImportErrorKind::CompressionRatio {
                entry,
                ratio,
                max: limits::MAX_COMPRESSION_RATIO,
            },
        })
    })?;
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    let kind = if names
        .iter()
        .any(|n| n.starts_with("xl/") && n.ends_with(".bin"))
    {
        Kind::Xlsb
    } else if names.iter().any(|n| n.starts_with("xl/")) {
        Kind::Xlsx
    } else if names.contains(&"content.xml") {
        Kind::Ods
    } else {
        return Err(fail(ImportErrorKind::UnknownFormat));
    };
    let grids = match kind {
        Kind::Xlsx => read_xlsx(bytes),
        Kind::Xlsb => read_xlsb(bytes),
        Kind::Ods => read_ods(bytes),
    }
    .map_err(fail)?;
    non_empty(file_name, grids)
}

/// A Compound File (magic `D0 CF 11 E0`): an xls workbook, or an xlsx that
/// Excel encrypted with a password (which is stored the same way).
pub fn read_compound(file_name: &str, bytes: &[u8]) -> Result<Vec<Grid>, ImportError> {
    let fail = |kind| ImportError::new(file_name, kind);
    let format = SpreadsheetFormat::ExcelLegacy;
    let broken = |broken| fail(ImportErrorKind::Broken { format, broken });
    if let Some(stream) = compound_guard::check(bytes).map_err(broken)? {
        biff_guard::check(&stream).map_err(broken)?;
    }
    let mut book = match Xls::new(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(XlsError::Password) => return Err(fail(ImportErrorKind::Encrypted)),
        Err(e) => {
            // An encrypted xlsx is a compound file holding an
            // `EncryptedPackage`; the xlsx reader recognises it.
            if let Err(XlsxError::Password) = Xlsx::new(Cursor::new(bytes)) {
                return Err(fail(ImportErrorKind::Encrypted));
            }
            return Err(fail(unreadable(format, e)));
        }
    };
    let mut grids = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| fail(unreadable_sheet(format, &name, e)))?;
        grids.push(grid_from_range(name, &range));
    }
    non_empty(file_name, grids)
}

/// Every sheet of an xlsx or xlsb `$book`, streamed cell by cell through
/// its `worksheet_cells_reader`; sheets for which `$is_chart` holds on the
/// reader's error are skipped. (A macro because the two readers share the
/// method names but no trait.)
macro_rules! streamed_sheets {
    ($book:expr, $is_chart:expr) => {{
        let format = SpreadsheetFormat::Excel;
        let mut book = $book;
        let mut grids = Vec::new();
        for name in book.sheet_names() {
            let mut reader = match book.worksheet_cells_reader(&name) {
                Ok(reader) => reader,
                Err(e) if $is_chart(&e) => continue,
                Err(e) => return Err(unreadable_sheet(format, &name, e)),
            };
            let cells = stream_cells(|| reader.next_cell())
                .map_err(|e| unreadable_sheet(format, &name, e))?;
            grids.push(Grid::new(name, cells.into_rows()));
        }
        Ok(grids)
    }};
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<Grid>, ImportErrorKind> {
    let book = match Xlsx::new(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(XlsxError::Password) => return Err(ImportErrorKind::Encrypted),
        Err(e) => return Err(unreadable(SpreadsheetFormat::Excel, e)),
    };
    streamed_sheets!(book, |e: &XlsxError| matches!(
        e,
        XlsxError::NotAWorksheet(_)
    ))
}

fn read_xlsb(bytes: &[u8]) -> Result<Vec<Grid>, ImportErrorKind> {
    let book = match Xlsb::new(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(XlsbError::Password) => return Err(ImportErrorKind::Encrypted),
        Err(e) => return Err(unreadable(SpreadsheetFormat::Excel, e)),
    };
    streamed_sheets!(book, |_: &XlsbError| false)
}

fn read_ods(bytes: &[u8]) -> Result<Vec<Grid>, ImportErrorKind> {
    let format = SpreadsheetFormat::Ods;
    let mut book = match Ods::new(Cursor::new(bytes)) {
        Ok(book) => book,
        Err(OdsError::Password) => return Err(ImportErrorKind::Encrypted),
        Err(e) => return Err(unreadable(format, e)),
    };
    let mut grids = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| unreadable_sheet(format, &name, e))?;
        grids.push(grid_from_range(name, &range));
    }
    Ok(grids)
}

fn non_empty(file_name: &str, grids: Vec<Grid>) -> Result<Vec<Grid>, ImportError> {
    if grids.is_empty() {
        Err(ImportError::new(file_name, ImportErrorKind::NoSheets))
    } else {
        Ok(grids)
    }
}

fn unreadable(format: SpreadsheetFormat, detail: impl std::fmt::Display) -> ImportErrorKind {
    ImportErrorKind::Unreadable {
        format,
        sheet: None,
        detail: detail.to_string(),
    }
}

fn unreadable_sheet(
    format: SpreadsheetFormat,
    sheet: &str,
    detail: impl std::fmt::Display,
) -> ImportErrorKind {
    ImportErrorKind::Unreadable {
        format,
        sheet: Some(sheet.to_string()),
        detail: detail.to_string(),
    }
}

/// Cells read one at a time from `next` into a bounded grid.
fn stream_cells<'a, E>(
    mut next: impl FnMut() -> Result<Option<calamine::Cell<DataRef<'a>>>, E>,
) -> Result<BoundedGrid, E> {
    let mut grid = BoundedGrid::default();
    while let Some(cell) = next()? {
        let (row, col) = cell.get_position();
        grid.put(row, col, || cell_value(cell.get_value().clone().into()));
    }
    Ok(grid)
}

/// A calamine range (whose positions are relative to its start) as a grid
/// with absolute positions.
fn grid_from_range(sheet: String, range: &calamine::Range<Data>) -> Grid {
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut grid = BoundedGrid::default();
    for (row, col, value) in range.used_cells() {
        let (Ok(row), Ok(col)) = (u32::try_from(row), u32::try_from(col)) else {
            continue;
        };
        grid.put(row0.saturating_add(row), col0.saturating_add(col), || {
            cell_value(value.clone())
        });
    }
    Grid::new(sheet, grid.into_rows())
}

/// Rows of cells grown as cells arrive, ignoring everything outside
/// [`limits::MAX_ROWS`] × [`limits::MAX_COLS`] and every empty cell.
#[derive(Default)]
struct BoundedGrid {
    rows: Vec<Vec<Cell>>,
}

impl BoundedGrid {
    fn put(&mut self, row: u32, col: u32, value: impl FnOnce() -> Cell) {
        let (Ok(row), Ok(col)) = (usize::try_from(row), usize::try_from(col)) else {
            return;
        };
        if row >= limits::MAX_ROWS || col >= limits::MAX_COLS {
            return;
        }
        let value = value();
        if value == Cell::Empty {
            return;
        }
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        if let Some(cells) = self.rows.get_mut(row) {
            if cells.len() <= col {
                cells.resize(col + 1, Cell::Empty);
            }
            if let Some(slot) = cells.get_mut(col) {
                *slot = value;
            }
        }
    }

    fn into_rows(self) -> Vec<Vec<Cell>> {
        self.rows
    }
}

/// One calamine value as a [`Cell`].
fn cell_value(value: Data) -> Cell {
    match value {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s),
        Data::Int(i) => Cell::Number(Decimal::from(i)),
        Data::Float(f) => number(f),
        Data::Bool(b) => Cell::Text(if b { "TRUE" } else { "FALSE" }.to_string()),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (year, month, day, ..) = dt.to_ymd_hms_milli();
            Cell::Date(format!("{year:04}-{month:02}-{day:02}"))
        }
        // A duration is no calendar date; keep its day count as written.
        Data::DateTime(dt) => Cell::Text(dt.as_f64().to_string()),
        Data::DateTimeIso(s) => match s.get(..10).filter(|d| is_iso_date(d)) {
            Some(date) => Cell::Date(date.to_string()),
            None => Cell::Text(s),
        },
        Data::DurationIso(s) => Cell::Text(s),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

/// The number Excel shows for a stored double: its shortest round-trip
/// decimal text, parsed as a `Decimal`. Doubles beyond `Decimal`'s range
/// (or not finite) stay text for the number parser to refuse with a cell
/// reference; more than 28 decimals (float noise such as `1e-30`) round.
fn number(f: f64) -> Cell {
    if !f.is_finite() {
        return Cell::Text(f.to_string());
    }
    let text = f.to_string();
    match Decimal::from_str_exact(&text) {
        Ok(d) => Cell::Number(d),
        Err(_) => match text.parse::<Decimal>() {
            Ok(d) => Cell::Number(d),
            Err(_) => Cell::Text(text),
        },
    }
}

/// `YYYY-MM-DD` with digits where digits belong.
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};
    use rust_decimal_macros::dec;

    fn date(serial: f64) -> Cell {
        cell_value(Data::DateTime(ExcelDateTime::new(
            serial,
            ExcelDateTimeType::DateTime,
            false,
        )))
    }

    #[test]
    fn floats_become_the_decimal_excel_shows() {
        assert_eq!(number(0.1), Cell::Number(dec!(0.1)));
        assert_eq!(number(-3662.0), Cell::Number(dec!(-3662)));
        assert_eq!(number(1234.56), Cell::Number(dec!(1234.56)));
        // 0.1 + 0.2 is stored as 0.30000000000000004; that is what it is.
        assert_eq!(number(0.1 + 0.2), Cell::Number(dec!(0.30000000000000004)));
        assert_eq!(number(1e20), Cell::Number(dec!(100000000000000000000)));
    }

    #[test]
    fn floats_beyond_decimal_stay_text_and_noise_rounds() {
        assert_eq!(number(1e30), Cell::Text("1".to_string() + &"0".repeat(30)));
        assert_eq!(number(f64::NAN), Cell::Text("NaN".into()));
        assert_eq!(number(1e-30), Cell::Number(dec!(0)));
    }

    #[test]
    fn serial_dates_follow_excel_including_the_phantom_leap_day() {
        assert_eq!(date(45485.0), Cell::Date("2024-07-12".into()));
        assert_eq!(date(60.0), Cell::Date("1900-02-29".into()));
        assert_eq!(date(61.0), Cell::Date("1900-03-01".into()));
        assert_eq!(date(1.0), Cell::Date("1900-01-01".into()));
        assert_eq!(date(45485.75), Cell::Date("2024-07-12".into()));
    }

    #[test]
    fn the_1904_date_system_is_respected() {
        let dt = ExcelDateTime::new(0.0, ExcelDateTimeType::DateTime, true);
        assert_eq!(
            cell_value(Data::DateTime(dt)),
            Cell::Date("1904-01-01".into())
        );
    }

    #[test]
    fn other_values() {
        assert_eq!(cell_value(Data::Int(-7)), Cell::Number(dec!(-7)));
        assert_eq!(cell_value(Data::Bool(true)), Cell::Text("TRUE".into()));
        assert_eq!(
            cell_value(Data::Error(CellErrorType::Ref)),
            Cell::Error("#REF!".into())
        );
        assert_eq!(
            cell_value(Data::DateTimeIso("2024-07-12T00:00:00".into())),
            Cell::Date("2024-07-12".into())
        );
        assert_eq!(
            cell_value(Data::DateTimeIso("12:30:00".into())),
            Cell::Text("12:30:00".into())
        );
        assert_eq!(cell_value(Data::Empty), Cell::Empty);
    }

    #[test]
    fn cells_outside_the_limits_are_dropped_without_allocating_the_rectangle() {
        let mut grid = BoundedGrid::default();
        grid.put(1, 2, || Cell::Text("in".into()));
        grid.put(u32::MAX, 3, || Cell::Text("far down".into()));
        grid.put(0, 16_383, || Cell::Text("far right".into()));
        grid.put(0, 0, || Cell::Empty);
        let rows = grid.into_rows();
        assert_eq!(
            rows,
            vec![
                vec![],
                vec![Cell::Empty, Cell::Empty, Cell::Text("in".into())]
            ]
        );
    }
}
