//! CSV as Swedish Excel opens it with a double-click: UTF-8 with a byte-order
//! mark (or å, ä, ö come out garbled), `;` between fields (the comma is the
//! decimal separator), decimal comma, no thousands separator and a plain `-`
//! for minus, so every figure lands in a cell as a number, not as text.
//!
//! This is deliberately not [`crate::format::amount`]: that writes figures for
//! people (no-break-space groups, `−`), which Excel would read as text.
//!
//! Text fields are quoted per RFC 4180 when they hold `;`, `"` or a line
//! break, and text that Excel would run as a formula (starting with `=`, `+`,
//! `-`, `@`, tab or carriage return) gets a leading `'`: labels can come from
//! a shared link or an imported file, so they are not trusted.

use super::ExportTable;
use rust_decimal::Decimal;

const BOM: &str = "\u{feff}";
const DELIMITER: char = ';';
const LINE_END: &str = "\r\n";

/// The table as a Swedish Excel CSV file: title line, header line, one line
/// per row.
pub fn to_csv_sv(t: &ExportTable) -> String {
    let mut out = String::from(BOM);
    out.push_str(&text_field(&t.title));
    out.push_str(LINE_END);
    let headers: Vec<String> = t.headers.iter().map(|h| text_field(h)).collect();
    out.push_str(&headers.join(&DELIMITER.to_string()));
    out.push_str(LINE_END);
    for row in &t.rows {
        out.push_str(&text_field(&row.label));
        for value in &row.values {
            out.push(DELIMITER);
            if let Some(v) = value {
                out.push_str(&number_field(*v));
            }
        }
        out.push_str(LINE_END);
    }
    out
}

/// `-1234,5`: every digit the figure has, decimal comma, no grouping.
fn number_field(v: Decimal) -> String {
    // A negative zero would print as "-0".
    let v = if v.is_zero() { v.abs() } else { v };
    v.to_string().replace('.', ",")
}

/// Guards against formula injection, then quotes if needed.
fn text_field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([DELIMITER, '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn numbers_keep_every_digit_with_a_decimal_comma() {
        assert_eq!(number_field(dec!(-11340.50)), "-11340,50");
        assert_eq!(number_field(dec!(1234567)), "1234567");
        assert_eq!(number_field(-dec!(0.0)), "0,0");
    }

    #[test]
    fn text_is_guarded_then_quoted() {
        assert_eq!(text_field("Drift"), "Drift");
        assert_eq!(text_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text_field("- övrigt"), "'- övrigt");
        assert_eq!(text_field("a;b"), "\"a;b\"");
        assert_eq!(text_field("Säg \"hej\""), "\"Säg \"\"hej\"\"\"");
        assert_eq!(text_field("@x;y"), "\"'@x;y\"");
    }
}
