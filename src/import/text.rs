//! Text exports (csv, tsv, txt) and ranges pasted from Excel as grids.
//!
//! Swedish exports come in whatever encoding the exporting system had
//! (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode-text", or
//! Windows-1252 from older systems), and usually separated by `;` because
//! `,` is the decimal comma. [`decode`] settles the encoding,
//! [`sniff_delimiter`] the separator, and the record parser follows RFC 4180
//! quoting (`""` escapes, line breaks inside quotes). Every field stays
//! text: numbers are parsed later, by the locator that knows which cells are
//! amounts.

use super::error::{ImportError, ImportErrorKind};
use super::grid::{Cell, Grid};
use super::limits;

/// Sheet name of a pasted range.
pub const PASTED_SHEET: &str = "Inklistrat";

/// How many records the delimiter sniffer looks at.
const SNIFF_RECORDS: usize = 30;

/// A text file's bytes as text: UTF-8 (with or without BOM), UTF-16 LE/BE
/// with BOM, otherwise Windows-1252. Refuses bytes with NUL characters,
/// which are a binary file, not text. Decoded here rather than with
/// encoding_rs, whose tables for every encoding would otherwise weigh
/// ~100 KB in the app's first download; the results are the WHATWG
/// decoders' (a browser's `TextDecoder`), tested against encoding_rs.
pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => windows_1252(bytes),
        }
    };
    if text.contains('\0') {
        return Err(ImportError::new("", ImportErrorKind::NotText));
    }
    Ok(text)
}

/// UTF-16 code units read by `unit` from byte pairs; an unpaired surrogate
/// becomes U+FFFD, and so does a lone last byte unless it follows a lead
/// surrogate (one broken character at the end, one U+FFFD).
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    let mut text: String = char::decode_utf16(units.clone())
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    let ends_in_lead = units
        .clone()
        .next_back()
        .is_some_and(|u| (0xD800..0xDC00).contains(&u));
    if bytes.len() % 2 == 1 && !ends_in_lead {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

/// Windows-1252 is Latin-1 except for 0x80–0x9F, which hold these
/// (the five bytes Windows leaves undefined stay the C1 controls, as in
/// the WHATWG Encoding Standard).
const WINDOWS_1252_80_9F: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}', '\u{178}',
];

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_80_9F[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// A text file as one grid named after the file. `.tsv` files are always
/// tab-separated; others are sniffed. Only whitespace counts as empty.
pub fn read_text(file_name: &str, bytes: &[u8]) -> Result<Grid, ImportError> {
    let text = decode(bytes).map_err(|e| e.in_file(file_name))?;
    if text.trim().is_empty() {
        return Err(ImportError::new(file_name, ImportErrorKind::Empty));
    }
    let is_tsv = file_name.to_ascii_lowercase().ends_with(".tsv");
    let delimiter = if is_tsv { '\t' } else { sniff_delimiter(&text) };
    Ok(Grid::new(file_name, parse(&text, delimiter)))
}

/// A range copied from Excel and pasted as text: tab-separated, cells with
/// tabs, line breaks or quotes quoted, a line break after the last row.
pub fn read_pasted(text: &str) -> Grid {
    Grid::new(PASTED_SHEET, parse(text, '\t'))
}

/// The delimiter that splits the first records into the most rows of one
/// consistent width. `;` and tab win over `,` unless `,` is clearly better,
/// since in Swedish files `,` is usually a decimal comma inside a field.
pub fn sniff_delimiter(text: &str) -> char {
    let score = |d: char| consistent_records(text, d);
    let preferred = [';', '\t']
        .into_iter()
        .map(|d| (d, score(d)))
        .fold(
            (';', 0),
            |best, cur| if cur.1 > best.1 { cur } else { best },
        );
    let comma = score(',');
    if preferred.1 > 0 && preferred.1 * 2 >= comma {
        preferred.0
    } else if comma > 0 {
        ','
    } else {
        preferred.0
    }
}

/// How many of the first records split by `delimiter` into the most common
/// width greater than one.
fn consistent_records(text: &str, delimiter: char) -> usize {
    let widths: Vec<usize> = Records::new(text, delimiter)
        .take(SNIFF_RECORDS)
        .map(|r| r.len())
        .filter(|&w| w > 1)
        .collect();
    widths
        .iter()
        .map(|w| widths.iter().filter(|x| *x == w).count())
        .max()
        .unwrap_or(0)
}

/// All records as rows of cells, cut to [`limits::MAX_ROWS`] ×
/// [`limits::MAX_COLS`]. An empty line is a row without cells, so row
/// numbers match the lines a person sees when the file has no quoted line
/// breaks.
fn parse(text: &str, delimiter: char) -> Vec<Vec<Cell>> {
    Records::new(text, delimiter)
        .take(limits::MAX_ROWS)
        .map(|fields| {
            let fields = match fields.as_slice() {
                [only] if only.is_empty() => Vec::new(),
                _ => fields,
            };
            fields
                .into_iter()
                .take(limits::MAX_COLS)
                .map(|f| {
                    if f.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(f)
                    }
                })
                .collect()
        })
        .collect()
}

/// An RFC 4180 record iterator: fields split by `delimiter`, records by
/// CRLF, LF or CR; a field starting with `"` runs to the next lone `"`,
/// with `""` for a quote. Lenient like Excel: text after a closing quote is
/// kept, and an unclosed quote runs to the end of the text.
struct Records<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    delimiter: char,
}

impl<'a> Records<'a> {
    fn new(text: &'a str, delimiter: char) -> Self {
        Records {
            chars: text.chars().peekable(),
            delimiter,
        }
    }

    /// Consumes a line break whose first character `c` was just read.
    fn finish_line_break(&mut self, c: char) {
        if c == '\r' && self.chars.peek() == Some(&'\n') {
            self.chars.next();
        }
    }
}

impl Iterator for Records<'_> {
    type Item = Vec<String>;

    fn next(&mut self) -> Option<Vec<String>> {
        self.chars.peek()?;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut at_field_start = true;
        let mut quoted = false;
        while let Some(c) = self.chars.next() {
            if quoted {
                if c == '"' {
                    if self.chars.peek() == Some(&'"') {
                        self.chars.next();
                        field.push('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.push(c);
                }
            } else if c == '"' && at_field_start {
                quoted = true;
                at_field_start = false;
            } else if c == self.delimiter {
                fields.push(std::mem::take(&mut field));
                at_field_start = true;
            } else if c == '\n' || c == '\r' {
                self.finish_line_break(c);
                fields.push(field);
                return Some(fields);
            } else {
                field.push(c);
                at_field_start = false;
            }
        }
        fields.push(field);
        Some(fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    fn records(text: &str, d: char) -> Vec<Vec<String>> {
        Records::new(text, d).collect()
    }

    #[test]
    fn quoted_fields_keep_delimiters_quotes_and_line_breaks() {
        let got = records("a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"two\nlines\";x\n", ';');
        assert_eq!(
            got,
            vec![vec!["a", "b;c", "say \"hi\""], vec!["two\nlines", "x"],]
        );
    }

    #[test]
    fn line_endings_crlf_lf_and_cr_all_end_a_record() {
        assert_eq!(
            records("a\r\nb\nc\rd", ';'),
            vec![vec!["a"], vec!["b"], vec!["c"], vec!["d"]]
        );
    }

    #[test]
    fn a_quote_inside_a_field_is_literal_and_an_unclosed_quote_runs_to_the_end() {
        assert_eq!(records("5\" rör;x", ';'), vec![vec!["5\" rör", "x"]]);
        assert_eq!(records("\"open;a\nb", ';'), vec![vec!["open;a\nb"]]);
    }

    #[test]
    fn semicolon_wins_over_decimal_commas() {
        // Every line also splits consistently into 3 on the comma.
        let text = "Intäkter;-3 662,5;1,0\nPersonal;45 995,2;2,0\n";
        assert_eq!(sniff_delimiter(text), ';');
    }

    #[test]
    fn comma_wins_when_nothing_else_splits() {
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n"), ',');
        assert_eq!(sniff_delimiter("a\tb\n1\t2\n"), '\t');
        // Nothing splits: one column, whatever the delimiter.
        assert_eq!(sniff_delimiter("bara en kolumn\n"), ';');
    }

    #[test]
    fn comma_wins_when_semicolons_are_rare_text() {
        let text = "a,b,c\n1,2,3\n4,5,6\n7,8,9\n\"x;y\",\"z;w\",1\n";
        assert_eq!(sniff_delimiter(text), ',');
    }

    #[test]
    fn empty_fields_are_empty_cells_and_empty_lines_empty_rows() {
        let rows = parse("a;;b\n\n;c\n", ';');
        assert_eq!(
            rows,
            vec![
                vec![t("a"), Cell::Empty, t("b")],
                vec![],
                vec![Cell::Empty, t("c")],
            ]
        );
    }

    #[test]
    fn rows_and_columns_are_cut_at_the_limits() {
        let wide = vec!["x"; limits::MAX_COLS + 5].join(";");
        let tall = "y\n".repeat(limits::MAX_ROWS + 5);
        assert_eq!(parse(&wide, ';')[0].len(), limits::MAX_COLS);
        assert_eq!(parse(&tall, ';').len(), limits::MAX_ROWS);
    }

    #[test]
    fn encodings_are_recognised() {
        assert_eq!(decode(b"\xEF\xBB\xBF\xC3\x85r").unwrap(), "År");
        assert_eq!(decode(b"\xC3\x85r").unwrap(), "År");
        assert_eq!(decode(b"\xFF\xFE\xC5\x00r\x00").unwrap(), "År");
        assert_eq!(decode(b"\xFE\xFF\x00\xC5\x00r").unwrap(), "År");
        // Windows-1252: Å Ä Ö å ä ö and the euro sign.
        assert_eq!(decode(b"\xC5\xC4\xD6\xE5\xE4\xF6\x80").unwrap(), "ÅÄÖåäö€");
    }

    /// Every byte, alone and inside text that is not UTF-8, decodes as
    /// encoding_rs (the WHATWG decoder browsers use) decodes it.
    #[test]
    fn windows_1252_is_whatwg_windows_1252_for_every_byte() {
        for b in 0..=255u8 {
            let bytes = [b'x', b];
            let want = encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(&bytes)
                .0;
            assert_eq!(windows_1252(&bytes), want, "byte {b:#04x}");
        }
    }

    /// Every code unit in both byte orders, surrogate pairs, unpaired
    /// surrogates and an odd last byte, as encoding_rs decodes them.
    #[test]
    fn utf16_is_whatwg_utf16_including_broken_input() {
        let mut cases: Vec<Vec<u16>> = (0..=u16::MAX).map(|u| vec![u, 0x41]).collect();
        cases.extend([
            vec![0xD83D, 0xDE00],
            vec![0xD83D],
            vec![0xDE00, 0x41],
            vec![0xD83D, 0xD83D, 0xDE00],
            vec![0x41, 0xDBFF],
        ]);
        for units in cases {
            for (enc, unit, bytes_of) in [
                (
                    encoding_rs::UTF_16LE,
                    u16::from_le_bytes as fn([u8; 2]) -> u16,
                    u16::to_le_bytes as fn(u16) -> [u8; 2],
                ),
                (encoding_rs::UTF_16BE, u16::from_be_bytes, u16::to_be_bytes),
            ] {
                let mut bytes: Vec<u8> = units.iter().copied().flat_map(bytes_of).collect();
                for _ in 0..2 {
                    let want = enc.decode_without_bom_handling(&bytes).0;
                    assert_eq!(utf16(&bytes, unit), want, "{} {units:04x?}", enc.name());
                    bytes.push(0x42); // then with an odd last byte
                }
            }
        }
    }

    #[test]
    fn nul_bytes_are_not_text() {
        let e = decode(b"PK\x00\x01").unwrap_err();
        assert_eq!(e.kind, ImportErrorKind::NotText);
    }

    #[test]
    fn pasted_excel_range_is_tab_separated_with_quoted_line_breaks() {
        let g = read_pasted("Kontoslag\tUtfall\r\n\"Drift\ntotalt\"\t17 032\r\n");
        assert_eq!(g.sheet, "Inklistrat");
        assert_eq!(
            g.rows,
            vec![
                vec![t("Kontoslag"), t("Utfall")],
                vec![t("Drift\ntotalt"), t("17 032")],
            ]
        );
    }
}
