//! The same tables as Excel workbooks: figures as numbers with a Swedish
//! number format (so sums and charts work in Excel), the title on the first
//! row, headers in bold, the label column wide enough to read.

use super::ExportTable;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The table as the bytes of an `.xlsx` file with one sheet.
///
/// Excel stores numbers as binary doubles, so an amount is converted at
/// this boundary only; figures are whole or one-decimal amounts, which a
/// double holds exactly.
pub fn to_xlsx(t: &ExportTable, sheet: &str) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(sheet))?;
    let bold = Format::new().set_bold();
    let number = Format::new().set_num_format("#,##0.#;-#,##0.#;0");
    ws.write_string_with_format(0, 0, &t.title, &bold)?;
    for (c, h) in t.headers.iter().enumerate() {
        ws.write_string_with_format(2, col(c)?, h, &bold)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let line = u32::try_from(r + 3).map_err(|_| XlsxError::RowColumnLimitError)?;
        ws.write_string(line, 0, &row.label)?;
        for (c, v) in row.values.iter().enumerate() {
            if let Some(v) = v.and_then(|v| v.to_f64()) {
                ws.write_number_with_format(line, col(c + 1)?, v, &number)?;
            }
        }
    }
    ws.set_column_width(0, 34)?;
    book.save_to_buffer()
}

fn col(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    if cleaned.trim().is_empty() {
        "Budgetkoll".to_string()
    } else {
        cleaned
    }
}
