//! A check of an `.xls` workbook stream's BIFF records before calamine
//! parses them. calamine 0.38 trusts a few fields that a damaged or crafted
//! file can set to anything, and then panics or reserves gigabytes (which
//! aborts the spreadsheet worker). This guard walks the records as
//! calamine's record iterator does — the workbook globals up to their EOF,
//! then each sheet from the position its BoundSheet8 record gives — and
//! refuses:
//!
//! - a BOF, FilePass, CodePage or DateMode record shorter than the 2 bytes
//!   calamine reads from it, a BoundSheet8 shorter than 6;
//! - a sheet that starts past the end of the stream (calamine slices the
//!   stream from there);
//! - a DIMENSIONS record whose first row or column is past its last, or
//!   that reaches past the BIFF8 grid of 65 536 rows × 256 columns
//!   (calamine reserves room for every cell of it: tens of gigabytes);
//! - a cell past column IV (256), which calamine would build a dense range
//!   out to, and a MulRk whose last column is before its first;
//! - a MergeCells record that declares more ranges than it holds.
//!
//! A sound workbook passes unchanged: Excel and LibreOffice write none of
//! these. What the records mean is left to calamine.

use super::broken::Broken;
use super::le_bytes::{u16_at, u32_at};

/// Rows and columns of the BIFF8 grid.
const MAX_ROWS: u32 = 65_536;
const MAX_COLS: u32 = 256;

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const CONTINUE: u16 = 0x003C;

/// Ok when calamine can parse `stream`'s records without panicking or
/// reserving more than a full BIFF8 sheet.
pub fn check(stream: &[u8]) -> Result<(), Broken> {
    let mut sheets = Vec::new();
    for (typ, data) in Records(stream) {
        match typ {
            // FilePass, CodePage, DateMode and BOF: a u16 is read.
            0x002F | 0x0042 | 0x0022 | BOF if data.len() < 2 => {
                return Err(Broken::BiffRecordShort);
            }
            // BoundSheet8: the sheet's position, state and type.
            0x0085 => {
                let pos = u32_at(data, 0)
                    .filter(|_| data.len() >= 6)
                    .ok_or(Broken::BiffSheetRecordShort)?;
                let pos = usize::try_from(pos).unwrap_or(usize::MAX);
                if pos > stream.len() {
                    return Err(Broken::BiffSheetPastStream);
                }
                sheets.push(pos);
            }
            EOF => break,
            _ => {}
        }
    }
    for pos in sheets {
        sheet(stream.get(pos..).unwrap_or_default())?;
    }
    Ok(())
}

/// The records of one sheet's substream, skipping nested substreams
/// (embedded charts) as calamine does.
fn sheet(stream: &[u8]) -> Result<(), Broken> {
    let mut seen_bof = false;
    let mut depth = 0usize;
    for (typ, data) in Records(stream) {
        if depth > 0 {
            match typ {
                BOF => depth += 1,
                EOF => depth -= 1,
                _ => {}
            }
            continue;
        }
        match typ {
            BOF if seen_bof => depth += 1,
            BOF => seen_bof = true,
            EOF => break,
            0x0200 => dimensions(data)?,
            // Number, Label, RString, BoolErr, Rk, LabelSst, Formula: row
            // and column first (records too short for their fields are
            // calamine's errors, not its panics).
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006
                if u16_at(data, 2).is_some_and(|col| u32::from(col) >= MAX_COLS) =>
            {
                return Err(Broken::BiffCellPastColumn);
            }
            // MulRk: row, first column, values, last column.
            0x00BD if data.len() >= 6 => {
                let first = u16_at(data, 2).unwrap_or_default();
                let last = u16_at(data, data.len() - 2).unwrap_or_default();
                if last < first || u32::from(last) >= MAX_COLS {
                    return Err(Broken::BiffRowOrder);
                }
            }
            // MergeCells: a count, then eight bytes per range.
            0x00E5 => {
                let count = usize::from(u16_at(data, 0).ok_or(Broken::BiffMergedTruncated)?);
                if data.len() < 2 + 8 * count {
                    return Err(Broken::BiffMergedTruncated);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// DIMENSIONS as calamine reads it (BIFF5: u16 rows, BIFF8: u32 rows; then
/// columns), held to what its arithmetic survives: `last − first + 1` of
/// rows and columns, each within the grid.
fn dimensions(data: &[u8]) -> Result<(), Broken> {
    let u16_as_u32 = |at| u16_at(data, at).map(u32::from);
    let fields = match data.len() {
        10 => (u16_as_u32(0), u16_as_u32(2), u16_as_u32(4), u16_as_u32(6)),
        14 | 16 => (
            u32_at(data, 0),
            u32_at(data, 4),
            u16_as_u32(8),
            u16_as_u32(10),
        ),
        // calamine refuses other lengths itself.
        _ => return Ok(()),
    };
    let (Some(first_row), Some(row_end), Some(mut first_col), Some(col_end)) = fields else {
        return Ok(());
    };
    // calamine starts the columns at 0 when the first is out of range.
    if first_col > 0xFF || col_end < first_col {
        first_col = 0;
    }
    if row_end == 0 || col_end == 0 {
        // calamine takes this as one cell at the first row and column.
        return Ok(());
    }
    if first_row >= row_end || first_col >= col_end {
        return Err(Broken::BiffDimensionsInverted);
    }
    if row_end > MAX_ROWS || col_end > MAX_COLS {
        return Err(Broken::BiffDimensionsTooLarge);
    }
    Ok(())
}

/// BIFF records as calamine's `RecordIter` splits them: a type and a
/// length, then the data; CONTINUE records that follow belong to the
/// record (calamine keeps them apart, so only the first part is `data`).
/// Stops where a record runs past the stream, as calamine does with an
/// error.
struct Records<'a>(&'a [u8]);

impl<'a> Iterator for Records<'a> {
    type Item = (u16, &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let (typ, data) = split_record(self.0)?;
        self.0 = &self.0[4 + data.len()..];
        while self.0.len() > 4 && u16_at(self.0, 0) == Some(CONTINUE) {
            let (_, cont) = split_record(self.0)?;
            self.0 = &self.0[4 + cont.len()..];
        }
        Some((typ, data))
    }
}

/// The type and data of the record at the start of `bytes`.
fn split_record(bytes: &[u8]) -> Option<(u16, &[u8])> {
    let typ = u16_at(bytes, 0)?;
    let len = usize::from(u16_at(bytes, 2)?);
    Some((typ, bytes.get(4..4 + len)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    /// Globals naming one sheet, then that sheet's records.
    fn workbook(sheet: &[Vec<u8>]) -> Vec<u8> {
        let bof = record(BOF, &[0, 6, 5, 0]);
        let eof = record(EOF, &[]);
        // Position, visible worksheet, then the name "A".
        let mut bound = vec![0, 0, 0, 0, 0, 0, 1, 0, b'A'];
        let globals_len = bof.len() + 4 + bound.len() + eof.len();
        bound[..4].copy_from_slice(&(globals_len as u32).to_le_bytes());
        let mut s = [bof.clone(), record(0x0085, &bound), eof.clone()].concat();
        assert_eq!(s.len(), globals_len);
        s.extend(bof);
        for r in sheet {
            s.extend(r);
        }
        s.extend(eof);
        s
    }

    fn dims(rf: u32, rl: u32, cf: u16, cl: u16) -> Vec<u8> {
        let mut d = rf.to_le_bytes().to_vec();
        d.extend(rl.to_le_bytes());
        d.extend(cf.to_le_bytes());
        d.extend(cl.to_le_bytes());
        d.extend([0, 0]);
        record(0x0200, &d)
    }

    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut d = row.to_le_bytes().to_vec();
        d.extend(col.to_le_bytes());
        d.extend([0; 10]);
        record(0x0203, &d)
    }

    #[test]
    fn a_sound_sheet_passes() {
        // A1:C10, with a number at C10.
        assert_eq!(check(&workbook(&[dims(0, 10, 0, 3), number(9, 2)])), Ok(()));
        // An empty sheet: all zeros.
        assert_eq!(check(&workbook(&[dims(0, 0, 0, 0)])), Ok(()));
        // The whole BIFF8 grid.
        assert_eq!(check(&workbook(&[dims(0, 65_536, 0, 256)])), Ok(()));
    }

    #[test]
    fn dimensions_calamine_cannot_count_are_refused() {
        // First row past the last: `last − first + 1` wraps to ~4 · 10⁹.
        assert!(check(&workbook(&[dims(9, 3, 0, 3)])).is_err());
        // Past the grid: a reservation of gigabytes.
        assert!(check(&workbook(&[dims(0, 1_000_000, 0, 3)])).is_err());
        // First column at the last (after calamine's own correction).
        assert!(check(&workbook(&[dims(0, 3, 2, 2)])).is_err());
    }

    #[test]
    fn a_cell_past_column_iv_is_refused() {
        assert_eq!(check(&workbook(&[number(0, 255)])), Ok(()));
        assert!(check(&workbook(&[number(0, 256)])).is_err());
    }

    #[test]
    fn a_sheet_past_the_stream_and_short_records_are_refused() {
        let mut s = workbook(&[]);
        // BoundSheet8's position: past the end.
        let at = record(BOF, &[0, 6, 5, 0]).len() + 4;
        s[at..at + 4].copy_from_slice(&10_000u32.to_le_bytes());
        assert_eq!(check(&s), Err(Broken::BiffSheetPastStream));
        let short = [record(BOF, &[0, 6]), record(0x0042, &[1]), record(EOF, &[])].concat();
        assert!(check(&short).is_err());
        let merged = workbook(&[record(0x00E5, &[2, 0, 0, 0, 0, 0, 0, 0, 1, 0])]);
        assert_eq!(check(&merged), Err(Broken::BiffMergedTruncated));
    }

    #[test]
    fn nested_substreams_are_skipped_like_calamine() {
        // A chart inside the sheet: its records are not the sheet's.
        let chart = [
            record(BOF, &[0, 6, 0x20, 0]),
            number(0, 300),
            record(EOF, &[]),
        ]
        .concat();
        assert_eq!(check(&workbook(&[chart])), Ok(()));
    }
}
